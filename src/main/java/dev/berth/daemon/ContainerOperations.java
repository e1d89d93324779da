package dev.berth.daemon;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Container calls; each future fails with a {@link DaemonException} that can be shown as it is. */
public interface ContainerOperations {

    /** Every container, running or not, like {@code docker ps -a}. */
    CompletableFuture<List<ContainerSummary>> list();

    CompletableFuture<Void> start(String idOrName);

    CompletableFuture<Void> stop(String idOrName);

    CompletableFuture<Void> restart(String idOrName);

    CompletableFuture<Void> remove(String idOrName, boolean force, boolean removeVolumes);
}
