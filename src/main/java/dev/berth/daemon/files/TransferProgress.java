package dev.berth.daemon.files;

/**
 * Reports how far a transfer of files (download, upload, back-up, restore) has come, on the gateway's thread, and
 * lets the caller stop it: the transfer checks {@link #cancelled()} between chunks and then cleans up after itself.
 */
public interface TransferProgress {
    TransferProgress NONE = (done, total) -> { };

    /** @param total the bytes expected in all, or -1 while unknown */
    void advanced(long done, long total);

    default boolean cancelled() {
        return false;
    }

    /** Throws a {@link java.util.concurrent.CancellationException} once the user cancelled. */
    default void stopIfCancelled() {
        if (cancelled()) {
            throw new java.util.concurrent.CancellationException("Cancelled");
        }
    }
}
