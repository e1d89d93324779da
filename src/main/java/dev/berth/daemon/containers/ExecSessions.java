package dev.berth.daemon.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.ExecCreateCmd;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import dev.berth.daemon.DaemonErrors;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.engine.EngineCalls;
import dev.berth.daemon.engine.EngineStreamCallback;
import dev.berth.daemon.engine.StdinPipe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@code docker exec -i [-t] [--user U] [--workdir DIR] [--env K=V…] CONTAINER COMMAND…}: the exec is created and started on the control client,
 * its output stream runs on the stream client. Keys go through a {@link StdinPipe} that docker-java's hijack thread
 * sends to the engine; output arrives on docker-java's stream thread and is copied before it is handed on.
 * Closing the session ends the process ({@link ExecHangup}).
 */
final class ExecSessions {
    private static final Logger log = LoggerFactory.getLogger(ExecSessions.class);

    private ExecSessions() {
    }

    /** Completes once the engine has attached the streams, so that the first key is not lost; fails with a sentence. */
    static CompletableFuture<ExecSession> open(EngineCalls calls, String idOrName, ExecSpec spec,
                                               Consumer<byte[]> onOutput, Consumer<Throwable> onEnd) {
        String attempt = "run " + String.join(" ", spec.command()) + " in container " + idOrName;
        String marker = ExecHangup.newMarker();
        return calls.run(attempt, client -> create(client, idOrName, spec, marker).exec().getId())
                .thenCompose(execId -> {
                    Session session = new Session(calls, idOrName, execId, marker, spec.tty(), onOutput, onEnd);
                    return session.start(attempt).thenApply(started -> {
                        if (spec.tty()) {
                            session.resize(spec.columns(), spec.rows());
                        }
                        return started;
                    });
                });
    }

    static ExecCreateCmd create(DockerClient client, String idOrName, ExecSpec spec, String marker) {
        ExecCreateCmd create = client.execCreateCmd(idOrName).withAttachStdin(true).withAttachStdout(true)
                .withAttachStderr(true).withTty(spec.tty()).withEnv(environment(spec, marker))
                .withCmd(spec.command().toArray(String[]::new));
        if (!spec.user().isBlank()) {
            create.withUser(spec.user());
        }
        if (!spec.workingDir().isBlank()) {
            create.withWorkingDir(spec.workingDir());
        }
        return create;
    }

    private static List<String> environment(ExecSpec spec, String marker) {
        List<String> environment = new ArrayList<>(spec.env());
        environment.add(marker);
        return environment;
    }

    private static final class Session extends EngineStreamCallback<Frame> implements ExecSession {
        private final EngineCalls calls;
        private final String container;
        private final String execId;
        private final ExecHangup ending;
        private final boolean tty;
        private final Consumer<byte[]> onOutput;
        private final Consumer<Throwable> onEnd;
        private final StdinPipe stdin = new StdinPipe();
        private final CompletableFuture<ExecSession> started = new CompletableFuture<>();
        private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
        private final TtyResizes resizes;
        private String attempt;

        Session(EngineCalls calls, String container, String execId, String marker, boolean tty,
                Consumer<byte[]> onOutput, Consumer<Throwable> onEnd) {
            this.calls = calls;
            this.container = container;
            this.execId = execId;
            this.ending = new ExecHangup(calls, container, execId, marker);
            this.tty = tty;
            this.onOutput = onOutput;
            this.onEnd = onEnd;
            this.resizes = new TtyResizes(calls, "resize the console of container " + container,
                    (client, columns, rows) -> client.resizeExecCmd(execId).withSize(rows, columns).exec());
        }

        CompletableFuture<ExecSession> start(String attempt) {
            this.attempt = attempt;
            try {
                calls.streamClient().execStartCmd(execId).withDetach(false).withTty(tty).withStdIn(stdin).exec(this);
            } catch (RuntimeException failure) {
                stdin.close();
                started.completeExceptionally(DaemonErrors.translate(failure, attempt));
            }
            return started;
        }

        @Override
        public void onStart(Closeable stream) {
            super.onStart(stream);
            started.complete(this);
        }

        @Override
        public void onNext(Frame frame) {
            if (frame.getStreamType() == StreamType.STDIN || isClosedByUs()) {
                return;
            }
            byte[] payload = frame.getPayload();
            try {
                onOutput.accept(Arrays.copyOf(payload, payload.length)); // docker-java reuses the array
            } catch (RuntimeException bug) {
                log.error("The output subscriber of exec {} failed", execId, bug);
            }
        }

        @Override
        public void onError(Throwable failure) {
            DaemonException sentence = DaemonErrors.translate(failure, attempt);
            started.completeExceptionally(sentence);
            ended(sentence);
        }

        @Override
        public void onComplete() {
            ended(null);
        }

        /** The stream ended by itself: the process exited (or the connection broke). */
        private void ended(DaemonException failure) {
            if (!markEndedToReport()) {
                return; // the second end, or close() reads the exit code itself
            }
            stdin.close(); // lets docker-java's hijack thread finish
            closeQuietly();
            if (started.isCompletedExceptionally()) {
                exitCode.completeExceptionally(failure); // never started: open() failed with this
                return;
            }
            try {
                onEnd.accept(failure);
            } catch (RuntimeException bug) {
                log.error("The end subscriber of exec {} failed", execId, bug);
            }
            completeExitCode(ending.exitCodeOnceEnded());
        }

        @Override
        public void send(byte[] input) {
            stdin.write(input);
        }

        @Override
        public void resize(int columns, int rows) {
            if (tty) {
                resizes.request(columns, rows);
            }
        }

        @Override
        public CompletableFuture<Integer> exitCode() {
            return exitCode;
        }

        /**
         * Closes the input and the connection, then (in the background: this never waits for the engine) makes sure
         * the process is gone: a shell without a TTY ends on the closed input; anything still running after half a
         * second is hung up ({@link ExecHangup}). {@link #exitCode()} completes once it is gone.
         */
        @Override
        public void close() {
            boolean alreadyEnded;
            synchronized (this) {
                if (!markClosedByUs()) {
                    return;
                }
                alreadyEnded = hasEnded();
            }
            stdin.close();
            closeQuietly();
            if (alreadyEnded) {
                return; // ended() is reading the exit code
            }
            completeExitCode(ending.endThenExitCode());
        }

        /** Closing an exec also ends its process: there is one way to close it. */
        @Override
        public void closeByUs() {
            close();
        }

        private void completeExitCode(CompletableFuture<Integer> read) {
            read.whenComplete((code, failure) -> {
                if (failure != null) {
                    exitCode.completeExceptionally(failure);
                } else {
                    exitCode.complete(code);
                }
            });
        }
    }
}
