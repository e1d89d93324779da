package dev.berth.testing;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.networks.NetworkConnectSpec;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.daemon.networks.NetworkOperations;
import dev.berth.daemon.networks.NetworkSpec;
import dev.berth.daemon.networks.NetworkSummary;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The network calls of {@link FakeEngineGateway}: answers from settable data, at once, on the caller's thread. */
public final class FakeNetworkOperations implements NetworkOperations {
    private final List<String> actions = new CopyOnWriteArrayList<>();
    private final List<NetworkSpec> created = new CopyOnWriteArrayList<>();
    private final List<NetworkConnectSpec> connected = new CopyOnWriteArrayList<>();
    private volatile List<NetworkSummary> networks = List.of();
    private volatile List<NetworkInfo> infos = List.of();
    private volatile DaemonException nextFailure;
    private final AtomicInteger inspectAllCalls = new AtomicInteger();
    private volatile String failingAction;

    public void setNetworks(List<NetworkSummary> latest) {
        networks = List.copyOf(latest);
    }

    /** What {@link #inspectAll} and {@link #inspect} answer; {@link #list} answers their summaries. */
    public void setInfos(List<NetworkInfo> latest) {
        infos = List.copyOf(latest);
        networks = latest.stream().map(NetworkInfo::summary).toList();
    }

    /** The first later action that starts with {@code actionPrefix} ("network rm") fails with this error. */
    public void failNext(String actionPrefix, DaemonException failure) {
        failingAction = actionPrefix;
        nextFailure = failure;
    }

    @Override
    public CompletableFuture<List<NetworkSummary>> list() {
        return CompletableFuture.completedFuture(networks);
    }

    /** The changes asked for, as CLI-like words: "network rm shop". */
    public List<String> actions() {
        return actions;
    }

    public int inspectAllCalls() {
        return inspectAllCalls.get();
    }

    public List<NetworkSpec> created() {
        return List.copyOf(created);
    }

    public List<NetworkConnectSpec> connected() {
        return List.copyOf(connected);
    }

    @Override
    public CompletableFuture<Void> remove(String idOrName) {
        return record("network rm " + idOrName);
    }

    @Override
    public CompletableFuture<List<NetworkInfo>> inspectAll() {
        inspectAllCalls.incrementAndGet();
        return CompletableFuture.completedFuture(infos);
    }

    @Override
    public CompletableFuture<NetworkInfo> inspect(String idOrName) {
        return infos.stream().filter(info -> info.id().equals(idOrName) || info.name().equals(idOrName))
                .findFirst().map(CompletableFuture::completedFuture)
                .orElseGet(() -> CompletableFuture.failedFuture(new DaemonException("network " + idOrName
                        + " not found", null)));
    }

    @Override
    public CompletableFuture<String> inspectJson(String idOrName) {
        return CompletableFuture.completedFuture("{\n    \"Name\": \"" + idOrName + "\"\n}");
    }

    @Override
    public CompletableFuture<String> create(NetworkSpec spec) {
        created.add(spec);
        return record("network create " + spec.name()).thenApply(done -> "id-" + spec.name());
    }

    @Override
    public CompletableFuture<Void> connect(NetworkConnectSpec spec) {
        connected.add(spec);
        return record("network connect " + spec.network() + " " + spec.container());
    }

    @Override
    public CompletableFuture<Void> disconnect(String network, String container, boolean force) {
        return record("network disconnect " + network + " " + container);
    }

    private CompletableFuture<Void> record(String action) {
        actions.add(action);
        DaemonException failure = nextFailure;
        if (failure != null && action.startsWith(failingAction)) {
            nextFailure = null;
            return CompletableFuture.failedFuture(failure);
        }
        return CompletableFuture.completedFuture(null);
    }
}
