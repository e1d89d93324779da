package dev.berth.ui;

import dev.berth.daemon.ConnectionState;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.EngineInfo;
import dev.berth.daemon.Subscription;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.concurrent.Executor;

/** The engine connection as every view shows it: up, connecting or down with the reason and how to fix it. */
public final class EngineStatusViewModel implements AutoCloseable {
    private static final String HOW_TO_START = "Start Docker: on Linux `sudo systemctl start docker`, or open "
            + "Docker Desktop. To use another engine, set DOCKER_HOST or choose a context with `docker context use`. "
            + "Berth keeps trying every second and connects by itself.";

    private final EngineGateway gateway;
    private final ReadOnlyObjectWrapper<ConnectionState> state;
    private final Subscription subscription;

    public EngineStatusViewModel(EngineGateway gateway, Executor ui) {
        this.gateway = gateway;
        this.state = new ReadOnlyObjectWrapper<>(this, "state", gateway.connectionState());
        this.subscription = gateway.onConnectionChange(next -> ui.execute(() -> state.set(next)));
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public void retryNow() {
        gateway.reconnectNow();
    }

    /** One line for the status bar. */
    public static String summary(ConnectionState state) {
        return switch (state.status()) {
            case UP -> {
                EngineInfo engine = state.engine();
                yield "Docker " + engine.engineVersion() + " · API " + engine.apiVersion() + " · "
                        + engine.endpoint().describe();
            }
            case CONNECTING -> "Connecting to " + state.endpoint().describe() + "…";
            case DOWN -> "Not connected · " + state.endpoint().describe();
        };
    }

    /** What the user can do while no engine answers. */
    public static String howToStart() {
        return HOW_TO_START;
    }

    @Override
    public void close() {
        subscription.close();
    }
}
