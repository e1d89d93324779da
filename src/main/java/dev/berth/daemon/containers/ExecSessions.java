package dev.berth.daemon.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.ExecCreateCmd;
import dev.berth.daemon.engine.EngineCalls;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@code docker exec -i [-t] [--user U] [--workdir DIR] [--env K=V…] CONTAINER COMMAND…}: the exec is created and started on the control client,
 * its output stream runs on the stream client ({@link ProcessStream}). Closing the session ends the process
 * ({@link ExecHangup}).
 */
final class ExecSessions {
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

    private static final class Session extends ProcessStream {
        private final String execId;
        private final ExecHangup ending;
        private final boolean tty;
        private final TtyResizes resizes;

        Session(EngineCalls calls, String container, String execId, String marker, boolean tty,
                Consumer<byte[]> onOutput, Consumer<Throwable> onEnd) {
            super(calls, "exec " + execId, onOutput, onEnd);
            this.execId = execId;
            this.ending = new ExecHangup(calls, container, execId, marker);
            this.tty = tty;
            this.resizes = new TtyResizes(calls, "resize the console of container " + container,
                    (client, columns, rows) -> client.resizeExecCmd(execId).withSize(rows, columns).exec());
        }

        CompletableFuture<ExecSession> start(String attempt) {
            return start(attempt, client -> client.execStartCmd(execId).withDetach(false).withTty(tty)
                    .withStdIn(stdin).exec(this));
        }

        @Override
        CompletableFuture<Integer> exitCodeAfterEnd() {
            return ending.exitCodeOnceEnded();
        }

        @Override
        public void resize(int columns, int rows) {
            if (tty) {
                resizes.request(columns, rows);
            }
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
                return; // the end is reading the exit code
            }
            completeExitCode(ending.endThenExitCode());
        }
    }
}
