package dev.berth.daemon.containers;

import dev.berth.daemon.engine.EngineCalls;

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

    private static final class Session extends ProcessStream {
        private final String container;
        private final TtyResizes resizes;

        Session(EngineCalls calls, String container, Consumer<byte[]> onOutput, Consumer<Throwable> onEnd) {
            super(calls, "the attach to " + container, onOutput, onEnd);
            this.container = container;
            this.resizes = new TtyResizes(calls, "resize the console of container " + container,
                    (client, columns, rows) -> client.resizeContainerCmd(container).withSize(rows, columns).exec());
        }

        CompletableFuture<ExecSession> start() {
            return start("attach to container " + container, client -> client.attachContainerCmd(container)
                    .withStdIn(stdin).withStdOut(true).withStdErr(true).withFollowStream(true).withLogs(false)
                    .exec(this));
        }

        /** The container's exit code if it has stopped; null if it runs on (the console detached). */
        @Override
        CompletableFuture<Integer> exitCodeAfterEnd() {
            return calls.run("read the exit code of container " + container, client -> {
                var state = client.inspectContainerCmd(container).exec().getState();
                return Boolean.TRUE.equals(state.getRunning()) || state.getExitCodeLong() == null ? null
                        : state.getExitCodeLong().intValue();
            });
        }

        @Override
        public void resize(int columns, int rows) {
            resizes.request(columns, rows);
        }

        /** Detaches: the process goes on. */
        @Override
        public void close() {
            if (!markClosedByUs()) {
                return;
            }
            stdin.close();
            closeQuietly();
            completeExitCode(exitCodeAfterEnd());
        }
    }
}
