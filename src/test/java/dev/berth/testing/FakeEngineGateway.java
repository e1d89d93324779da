package dev.berth.testing;

import dev.berth.daemon.ConnectionState;
import dev.berth.daemon.ContainerOperations;
import dev.berth.daemon.ContainerState;
import dev.berth.daemon.ContainerSummary;
import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.EngineInfo;
import dev.berth.daemon.PortMapping;
import dev.berth.daemon.Subscription;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A recording stand-in for the gateway, for view-model tests where the engine is not the point: it answers
 * {@code list()} from a settable list, counts the calls, records actions, and lets the test emit events and
 * connection changes. Futures complete at once, on the caller's thread.
 */
public final class FakeEngineGateway implements EngineGateway, ContainerOperations {
    private final List<Consumer<DaemonEvent>> eventListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ConnectionState>> stateListeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger listCalls = new AtomicInteger();
    private final List<String> actions = Collections.synchronizedList(new ArrayList<>());
    private volatile List<ContainerSummary> containers = List.of();
    private volatile ConnectionState state = ConnectionState.connecting(TestEngine.endpoint());
    private volatile DaemonException nextFailure;

    public static ContainerSummary container(String id, String name, String image, ContainerState state) {
        return new ContainerSummary(id, name, image, "sha256:" + id, "sh", state,
                state == ContainerState.RUNNING ? "Up 2 minutes" : "Exited (0) 1 minute ago",
                List.of(new PortMapping("0.0.0.0", 8080, 80, "tcp")), Instant.parse("2026-11-28T10:00:00Z"),
                Map.of());
    }

    public void setContainers(ContainerSummary... latest) {
        containers = List.of(latest);
    }

    public int listCalls() {
        return listCalls.get();
    }

    public List<String> actions() {
        return List.copyOf(actions);
    }

    /** The next action fails with this error. */
    public void failNextAction(DaemonException failure) {
        nextFailure = failure;
    }

    public void emit(DaemonEvent event) {
        eventListeners.forEach(listener -> listener.accept(event));
    }

    public static DaemonEvent containerEvent(String action, String id) {
        return new DaemonEvent("container", action, id, Map.of("name", id), System.nanoTime());
    }

    public void goUp() {
        setState(ConnectionState.up(new EngineInfo(TestEngine.endpoint(), "99.0", "1.44", "linux", "amd64")));
    }

    public void goDown() {
        setState(ConnectionState.down(TestEngine.endpoint(), "No Docker engine answered.", Instant.now()));
    }

    private void setState(ConnectionState next) {
        state = next;
        stateListeners.forEach(listener -> listener.accept(next));
    }

    @Override
    public void start() {
    }

    @Override
    public ConnectionState connectionState() {
        return state;
    }

    @Override
    public Subscription onConnectionChange(Consumer<ConnectionState> listener) {
        stateListeners.add(listener);
        listener.accept(state);
        return () -> stateListeners.remove(listener);
    }

    @Override
    public Subscription subscribeEvents(Consumer<DaemonEvent> listener) {
        eventListeners.add(listener);
        return () -> eventListeners.remove(listener);
    }

    @Override
    public void reconnectNow() {
        actions.add("reconnect");
    }

    @Override
    public ContainerOperations containers() {
        return this;
    }

    @Override
    public CompletableFuture<List<ContainerSummary>> list() {
        listCalls.incrementAndGet();
        return CompletableFuture.completedFuture(containers);
    }

    @Override
    public CompletableFuture<Void> start(String idOrName) {
        return record("start " + idOrName);
    }

    @Override
    public CompletableFuture<Void> stop(String idOrName) {
        return record("stop " + idOrName);
    }

    @Override
    public CompletableFuture<Void> restart(String idOrName) {
        return record("restart " + idOrName);
    }

    @Override
    public CompletableFuture<Void> remove(String idOrName, boolean force, boolean removeVolumes) {
        return record("remove " + idOrName + " force=" + force + " volumes=" + removeVolumes);
    }

    private CompletableFuture<Void> record(String action) {
        actions.add(action);
        DaemonException failure = nextFailure;
        nextFailure = null;
        return failure == null ? CompletableFuture.completedFuture(null) : CompletableFuture.failedFuture(failure);
    }

    @Override
    public void close() {
    }
}
