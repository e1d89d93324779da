package dev.berth.daemon.networks;

import dev.berth.daemon.DaemonException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Network calls; each future fails with a {@link DaemonException} that can be shown as it is. */
public interface NetworkOperations {

    /** Every network, like {@code docker network ls}. */
    CompletableFuture<List<NetworkSummary>> list();

    /** {@code docker network rm}; the engine refuses while containers are connected. */
    CompletableFuture<Void> remove(String idOrName);

    /**
     * Every network with its IPAM, options and connected containers (the list answer has no containers: they come
     * from the container list, not from an inspect per network); the containers' aliases are left out.
     */
    CompletableFuture<List<NetworkInfo>> inspectAll();

    /** {@code docker network inspect}, with each connected container's aliases on this network. */
    CompletableFuture<NetworkInfo> inspect(String idOrName);

    /** The engine's inspect answer, pretty-printed JSON. */
    CompletableFuture<String> inspectJson(String idOrName);

    /** {@code docker network create}; answers the new network's id. */
    CompletableFuture<String> create(NetworkSpec spec);

    /** {@code docker network connect}. */
    CompletableFuture<Void> connect(NetworkConnectSpec spec);

    /** {@code docker network disconnect [-f]}. */
    CompletableFuture<Void> disconnect(String network, String container, boolean force);
}
