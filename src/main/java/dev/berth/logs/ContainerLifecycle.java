package dev.berth.logs;

import dev.berth.daemon.ConnectionState;
import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.Subscription;
import dev.berth.ui.concurrent.UiBatcher;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What open logs (and consoles) must hear from the engine to stay true to it: a container started (its log carries
 * on, marking the restart), a container was removed (its log says so), the connection came back after it was lost
 * (every log resumes where it stopped). Events reach the listener in batches on {@code ui}, never one UI hop per
 * event; the engine replays the events of a lost connection's gap, so a container restarted meanwhile is heard of too.
 */
public final class ContainerLifecycle implements AutoCloseable {
    /** Called on the {@code ui} executor. */
    public interface Listener {
        void containerStarted(String containerId);

        void containerRemoved(String containerId);

        void engineReconnected();
    }

    private final List<Subscription> subscriptions;

    public ContainerLifecycle(EngineGateway gateway, Executor ui, Listener listener) {
        subscriptions = List.of(followContainerEvents(gateway, ui, listener), followReconnects(gateway, ui, listener));
    }

    private static Subscription followContainerEvents(EngineGateway gateway, Executor ui, Listener listener) {
        UiBatcher<DaemonEvent> relevant = new UiBatcher<>(ui, batch -> batch.forEach(event -> {
            if (event.action().equals("start")) {
                listener.containerStarted(event.actorId());
            } else {
                listener.containerRemoved(event.actorId());
            }
        }));
        return gateway.subscribeEvents(event -> {
            if (event.isAbout("container") && (event.action().equals("start") || event.action().equals("destroy"))) {
                relevant.add(event);
            }
        });
    }

    private static Subscription followReconnects(EngineGateway gateway, Executor ui, Listener listener) {
        AtomicBoolean wasDown = new AtomicBoolean();
        return gateway.onConnectionChange(state -> {
            if (state.status() == ConnectionState.Status.DOWN) {
                wasDown.set(true);
            } else if (state.isUp() && wasDown.getAndSet(false)) {
                ui.execute(listener::engineReconnected);
            }
        });
    }

    @Override
    public void close() {
        subscriptions.forEach(Subscription::close);
    }
}
