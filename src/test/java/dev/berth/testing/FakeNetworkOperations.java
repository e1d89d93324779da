package dev.berth.testing;

import dev.berth.daemon.NetworkOperations;
import dev.berth.daemon.NetworkSummary;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** The network calls of {@link FakeEngineGateway}: answers from settable data, at once, on the caller's thread. */
public final class FakeNetworkOperations implements NetworkOperations {
    private final List<String> actions = new CopyOnWriteArrayList<>();
    private volatile List<NetworkSummary> networks = List.of();

    public void setNetworks(List<NetworkSummary> latest) {
        networks = List.copyOf(latest);
    }

    @Override
    public CompletableFuture<List<NetworkSummary>> list() {
        return CompletableFuture.completedFuture(networks);
    }

    /** The changes asked for, as CLI-like words: "network rm shop". */
    public List<String> actions() {
        return actions;
    }

    @Override
    public CompletableFuture<Void> remove(String idOrName) {
        actions.add("network rm " + idOrName);
        return CompletableFuture.completedFuture(null);
    }
}
