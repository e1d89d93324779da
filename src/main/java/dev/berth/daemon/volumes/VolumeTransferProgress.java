package dev.berth.daemon.volumes;

/**
 * Reports how far a volume transfer (download, back-up, restore) has come, on the gateway's thread, and lets the
 * caller stop it: the transfer checks {@link #cancelled()} between chunks and then cleans up after itself.
 */
public interface VolumeTransferProgress {
    VolumeTransferProgress NONE = (done, total) -> { };

    /** @param total the bytes expected in all, or -1 while unknown */
    void advanced(long done, long total);

    default boolean cancelled() {
        return false;
    }
}
