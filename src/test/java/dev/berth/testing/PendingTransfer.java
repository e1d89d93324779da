package dev.berth.testing;

import dev.berth.daemon.files.TransferProgress;

import java.util.concurrent.CompletableFuture;

/** The one transfer a fake keeps pending until the test ends it, and the progress callback it was given. */
final class PendingTransfer {
    private volatile TransferProgress lastProgress;
    private volatile CompletableFuture<Object> pending;

    /** A transfer that stays pending until {@link #finish}. */
    @SuppressWarnings("unchecked")
    <T> CompletableFuture<T> start(TransferProgress progress) {
        lastProgress = progress;
        CompletableFuture<T> transfer = new CompletableFuture<>();
        pending = (CompletableFuture<Object>) transfer;
        return transfer;
    }

    TransferProgress lastProgress() {
        return lastProgress;
    }

    /** Ends the pending transfer: successfully when {@code failure} is null. */
    void finish(Throwable failure) {
        if (failure == null) {
            pending.complete(null);
        } else {
            pending.completeExceptionally(failure);
        }
    }
}
