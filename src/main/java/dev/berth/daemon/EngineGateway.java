package dev.berth.daemon;

import java.util.function.Consumer;

/**
 * Berth's one door to the Docker engine. Calls return futures that run on the gateway's own threads; streams are
 * {@link Subscription}s whose callbacks arrive on gateway threads, never on the UI thread.
 */
public interface EngineGateway extends AutoCloseable {

    /** Starts connecting in the background; progress is reported through {@link #onConnectionChange}. */
    void start();

    ConnectionState connectionState();

    /** Calls {@code listener} now with the current state and then on every change. */
    Subscription onConnectionChange(Consumer<ConnectionState> listener);

    /**
     * Every engine event from now on. The gateway keeps one event stream for all subscribers, re-opens it after a
     * lost connection, and replays what the engine still has from the gap, without duplicates.
     */
    Subscription subscribeEvents(Consumer<DaemonEvent> listener);

    /** Skips the wait of the current retry and tries to reach the engine now. */
    void reconnectNow();

    ContainerOperations containers();

    ImageOperations images();

    NetworkOperations networks();

    VolumeOperations volumes();

    SystemOperations system();
    BuildOperations builds();

    @Override
    void close();
}
