package dev.berth.daemon;

import java.util.concurrent.CompletableFuture;

/**
 * A long transfer with the engine (pull, push, save, load): its outcome, and a {@link #close()} that cancels it. A
 * cancelled transfer's {@link #result()} fails with {@link java.util.concurrent.CancellationException}.
 */
public final class Transfer<T> implements Subscription {
    private final CompletableFuture<T> result;
    private final Runnable cancel;

    public Transfer(CompletableFuture<T> result, Runnable cancel) {
        this.result = result;
        this.cancel = cancel;
    }

    public CompletableFuture<T> result() {
        return result;
    }

    /** Cancels the transfer if it is still running; nothing happens once it has ended. */
    @Override
    public void close() {
        if (!result.isDone()) {
            cancel.run();
            result.cancel(false);
        }
    }
}
