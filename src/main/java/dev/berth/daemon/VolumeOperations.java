package dev.berth.daemon;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Volume calls; each future fails with a {@link DaemonException} that can be shown as it is. */
public interface VolumeOperations {

    /** Every volume, like {@code docker volume ls}. */
    CompletableFuture<List<VolumeSummary>> list();

    /** {@code docker volume rm}; the engine refuses while a container uses the volume. */
    CompletableFuture<Void> remove(String name);
}
