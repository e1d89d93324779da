package dev.berth.daemon;

import dev.berth.daemon.build.BuildOperations;
import dev.berth.daemon.compose.ComposeOperations;
import dev.berth.daemon.containers.ContainerFileOperations;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.images.ImageOperations;
import dev.berth.daemon.networks.NetworkOperations;
import dev.berth.daemon.system.SystemOperations;
import dev.berth.daemon.volumes.VolumeOperations;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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

    /**
     * The events the engine still keeps from {@code since} to {@code until}, oldest first: a bounded replay
     * ({@code docker events --since --until}), separate from the live stream of {@link #subscribeEvents}. The
     * engine keeps only a short history (the newest few hundred events), so older ones are gone.
     */
    CompletableFuture<List<DaemonEvent>> eventHistory(Instant since, Instant until);

    /** Skips the wait of the current retry and tries to reach the engine now. */
    void reconnectNow();

    ContainerOperations containers();

    /** A container's own files ({@code docker cp}, {@code docker diff}). */
    ContainerFileOperations containerFiles();

    ImageOperations images();

    NetworkOperations networks();

    VolumeOperations volumes();

    SystemOperations system();

    BuildOperations builds();

    /** The engine calls compose needs beyond the others: full creates, lists by label, waits for health or exit. */
    ComposeOperations compose();

    @Override
    void close();
}
