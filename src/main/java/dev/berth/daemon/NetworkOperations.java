package dev.berth.daemon;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Network calls; each future fails with a {@link DaemonException} that can be shown as it is. */
public interface NetworkOperations {

    /** Every network, like {@code docker network ls}. */
    CompletableFuture<List<NetworkSummary>> list();

    /** {@code docker network rm}; the engine refuses while containers are connected. */
    CompletableFuture<Void> remove(String idOrName);
}
