package dev.berth.daemon.containers;

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
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@code docker attach CONTAINER}: the console joins the container's main process (one started with {@code -it}),
 * its stdin, stdout and stderr, as {@code docker attach} does. Closing the session only detaches: the process goes
 * on. The engine's detach keys (Ctrl-P Ctrl-Q unless the engine's configuration says otherwise) detach too, and so
 * does the process's end. {@link ExecSession#exitCode()} completes with the container's exit code once it has
 * stopped, or with null when the console detached from a process that still runs.
 */
final class AttachSessions {
    private static final Logger log = LoggerFactory.getLogger(AttachSessions.class);

    private AttachSessions() {
    }

    /** Completes once the engine has attached the streams; fails with a sentence. */
    static CompletableFuture<ExecSession> open(EngineCalls calls, String idOrName, int columns, int rows,
                                               Consumer<byte[]> onOutput, Consumer<Throwable> onEnd) {
        Session session = new Session(calls, idOrName, onOutput, onEnd);
        return session.start().thenApply(started -> {
            session.resize(columns, rows);
            return started;
        });
    }

    private static final class Session extends EngineStreamCallback<Frame> implements ExecSession {
        private final EngineCalls calls;
        private final String container;
        private final String attempt;
        private final Consumer<byte[]> onOutput;
        private final Consumer<Throwable> onEnd;
        private final StdinPipe stdin = new StdinPipe();
        private final CompletableFuture<ExecSession> started = new CompletableFuture<>();
        private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
        private final TtyResizes resizes;

        Session(EngineCalls calls, String container, Consumer<byte[]> onOutput, Consumer<Throwable> onEnd) {
            this.calls = calls;
            this.container = container;
            this.attempt = "attach to container " + container;
            this.onOutput = onOutput;
            this.onEnd = onEnd;
            this.resizes = new TtyResizes(calls, "resize the console of container " + container,
                    (client, columns, rows) -> client.resizeContainerCmd(container).withSize(rows, columns).exec());
        }

        CompletableFuture<ExecSession> start() {
            try {
                calls.streamClient().attachContainerCmd(container).withStdIn(stdin).withStdOut(true)
                        .withStdErr(true).withFollowStream(true).withLogs(false).exec(this);
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
                log.error("The output subscriber of the attach to {} failed", container, bug);
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

        private void ended(DaemonException failure) {
            if (!markEndedToReport()) {
                return;
            }
            stdin.close();
            closeQuietly();
            if (started.isCompletedExceptionally()) {
                exitCode.completeExceptionally(failure);
                return;
            }
            try {
                onEnd.accept(failure);
            } catch (RuntimeException bug) {
                log.error("The end subscriber of the attach to {} failed", container, bug);
            }
            readExitCode();
        }

        /** The container's exit code if it has stopped; null if it runs on (the console detached). */
        private void readExitCode() {
            calls.run("read the exit code of container " + container, client -> {
                var state = client.inspectContainerCmd(container).exec().getState();
                return Boolean.TRUE.equals(state.getRunning()) || state.getExitCodeLong() == null ? null
                        : state.getExitCodeLong().intValue();
            }).whenComplete((code, failure) -> {
                if (failure != null) {
                    exitCode.completeExceptionally(failure);
                } else {
                    exitCode.complete(code);
                }
            });
        }

        @Override
        public void send(byte[] input) {
            stdin.write(input);
        }

        @Override
        public void resize(int columns, int rows) {
            resizes.request(columns, rows);
        }

        @Override
        public CompletableFuture<Integer> exitCode() {
            return exitCode;
        }

        /** Detaches: the process goes on. */
        @Override
        public void close() {
            if (!markClosedByUs()) {
                return;
            }
            stdin.close();
            closeQuietly();
            readExitCode();
        }

        @Override
        public void closeByUs() {
            close();
        }
    }
}
