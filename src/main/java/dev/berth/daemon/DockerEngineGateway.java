package dev.berth.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.daemon.build.BuildOperations;
import dev.berth.daemon.build.DockerBuildOperations;
import dev.berth.daemon.compose.ComposeOperations;
import dev.berth.daemon.compose.DockerComposeOperations;
import dev.berth.daemon.containers.ContainerFileOperations;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.containers.DockerContainerFileOperations;
import dev.berth.daemon.containers.DockerContainerOperations;
import dev.berth.daemon.engine.EngineCalls;
import dev.berth.daemon.engine.EngineClients;
import dev.berth.daemon.engine.EngineThreads;
import dev.berth.daemon.engine.SharedRead;
import dev.berth.daemon.images.DockerImageOperations;
import dev.berth.daemon.images.ImageOperations;
import dev.berth.daemon.networks.DockerNetworkOperations;
import dev.berth.daemon.networks.NetworkOperations;
import dev.berth.daemon.system.DockerSystemOperations;
import dev.berth.daemon.system.SystemOperations;
import dev.berth.daemon.volumes.DockerVolumeOperations;
import dev.berth.daemon.volumes.VolumeOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The gateway over docker-java. It owns the connection: it resolves the endpoint, negotiates the API version, keeps
 * the engine's event stream open as the heartbeat, and when that stream breaks reports the connection down and
 * retries with backoff until the engine answers again. All connection work runs on one supervisor thread.
 */
public final class DockerEngineGateway implements EngineGateway {
    private static final Logger log = LoggerFactory.getLogger(DockerEngineGateway.class);
    private static final int CALL_THREADS = 4;
    /**
     * Helpers an earlier Berth left behind are looked for this long after connecting, off the start's path: the
     * search reads the container list through docker-java's model, whose first use costs a cold JVM tens of ms.
     */
    private static final Duration LEFTOVER_CLEANUP_DELAY = Duration.ofSeconds(10);

    private final Supplier<EngineEndpoint> endpoints;
    private final ExecutorService callPool = EngineThreads.boundedPool("berth-engine-call", CALL_THREADS);
    private final ScheduledExecutorService supervisor = EngineThreads.scheduler("berth-engine-connection");
    private final Backoff backoff = reconnectBackoff();
    private final List<Consumer<ConnectionState>> stateListeners = new CopyOnWriteArrayList<>();
    private final EventFanOut events = new EventFanOut();
    private final ContainerOperations containers;
    private final ImageOperations images;
    private final NetworkOperations networks;
    private final DockerVolumeOperations volumes;
    private final SystemOperations system;
    private final BuildOperations builds;
    private final ComposeOperations compose;
    private final ContainerFileOperations containerFiles;
    private final EngineCalls calls;

    private volatile ConnectionState state;
    private volatile EngineClients clients;
    /** Grows with each connection made: a read on an earlier one is not shared past it. */
    private final AtomicLong connectionsMade = new AtomicLong();
    private EventStream eventStream;
    private ScheduledFuture<?> pendingAttempt;
    private volatile boolean closed;

    public DockerEngineGateway(Supplier<EngineEndpoint> endpoints, EngineEndpoint expected) {
        this(endpoints, expected, DockerVolumeOperations.HELPER_LABELS);
    }

    /** @param helperLabels what the volume file helper containers carry (tests add their own label) */
    public DockerEngineGateway(Supplier<EngineEndpoint> endpoints, EngineEndpoint expected,
                        Map<String, String> helperLabels) {
        this.endpoints = endpoints;
        this.state = ConnectionState.connecting(expected);
        this.calls = new EngineCalls(callPool, this::connection, supervisor, this::callIsSlow);
        SharedRead<JsonNode> containerList = new SharedRead<>(() -> calls.onConnection("list containers",
                clients -> clients.getTree("/containers/json?all=1")), () -> events.seen() + connectionsMade.get());
        this.containers = new DockerContainerOperations(calls, containerList);
        this.images = new DockerImageOperations(calls);
        this.networks = new DockerNetworkOperations(calls, containerList);
        this.volumes = new DockerVolumeOperations(calls, containerList, helperLabels);
        this.system = new DockerSystemOperations(calls);
        this.builds = new DockerBuildOperations(calls);
        this.compose = new DockerComposeOperations(calls, events::add);
        this.containerFiles = new DockerContainerFileOperations(calls);
    }

    /**
     * The waits between connection attempts while no engine answers: soon after a blip, and then every second, so
     * that an engine that comes back (a restart, an upgrade) is shown connected within about a second of answering,
     * however long it was away. An attempt costs a refused connect on the engine's socket.
     */
    static Backoff reconnectBackoff() {
        return new Backoff(Duration.ofMillis(250), Duration.ofSeconds(1));
    }

    /** A gateway for the engine the docker CLI would use on this machine. */
    public static DockerEngineGateway forThisMachine() {
        EndpointResolver resolver = EndpointResolver.forThisMachine();
        EngineEndpoint expected;
        try {
            expected = resolver.resolve();
        } catch (IllegalArgumentException misconfigured) {
            expected = new EngineEndpoint("(not configured)", misconfigured.getMessage(), null);
        }
        return new DockerEngineGateway(resolver::resolve, expected);
    }

    @Override
    public void start() {
        supervisor.execute(this::attemptConnection);
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
        return events.add(listener);
    }

    @Override
    public CompletableFuture<List<DaemonEvent>> eventHistory(Instant since, Instant until) {
        return calls.onConnection("read the engine's recent events", clients -> EventStream.history(clients,
                nanos(since), nanos(until)));
    }

    private static long nanos(Instant time) {
        return time.getEpochSecond() * 1_000_000_000L + time.getNano();
    }

    @Override
    public void reconnectNow() {
        supervisor.execute(() -> {
            if (clients == null && !closed) {
                cancelPendingAttempt();
                attemptConnection();
            }
        });
    }

    @Override
    public ContainerOperations containers() {
        return containers;
    }

    @Override
    public ContainerFileOperations containerFiles() {
        return containerFiles;
    }

    @Override
    public ImageOperations images() {
        return images;
    }

    @Override
    public NetworkOperations networks() {
        return networks;
    }

    @Override
    public VolumeOperations volumes() {
        return volumes;
    }

    @Override
    public SystemOperations system() {
        return system;
    }

    @Override
    public BuildOperations builds() {
        return builds;
    }

    @Override
    public ComposeOperations compose() {
        return compose;
    }

    /** The clients of the current connection; calls and streams made while disconnected fail with a sentence. */
    private EngineClients connection() {
        EngineClients current = clients;
        if (current == null) {
            throw new DaemonException("Berth is not connected to a Docker engine right now.",
                    "Start Docker; Berth reconnects by itself.");
        }
        return current;
    }

    private void attemptConnection() {
        if (closed) {
            return;
        }
        EngineEndpoint endpoint = state.endpoint();
        try {
            endpoint = endpoints.get();
            EngineClients opened = EngineClients.open(endpoint);
            clients = opened;
            connectionsMade.incrementAndGet();
            eventStream = EventStream.open(opened, events.resumePoint(), events::deliver, this::streamBroke);
            backoff.reset();
            log.info("Connected to Docker {} at {} (API {})", opened.info.engineVersion(), endpoint.describe(),
                    opened.info.apiVersion());
            publish(ConnectionState.up(opened.info));
            supervisor.schedule(this::removeLeftoverHelpers, LEFTOVER_CLEANUP_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception failure) {
            closeClients();
            Duration wait = backoff.nextDelay();
            log.debug("Engine at {} not reachable: {}", endpoint.describe(), failure.toString());
            publish(ConnectionState.down(endpoint, explain(endpoint, failure), Instant.now().plus(wait)));
            pendingAttempt = supervisor.schedule(this::attemptConnection, wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void removeLeftoverHelpers() {
        if (closed || clients == null) {
            return;
        }
        volumes.removeLeftoverHelpers().whenComplete((removed, failed) -> {
            if (failed != null) {
                log.warn("Could not remove helper containers left by an earlier Berth: {}", failed.toString());
            } else if (removed > 0) {
                log.info("Removed {} helper container(s) left by an earlier Berth", removed);
            }
        });
    }

    private void streamBroke(Throwable why) {
        supervisor.execute(() -> {
            if (closed || clients == null) {
                return;
            }
            log.warn("Lost the engine's event stream: {}", why == null ? "closed by the engine" : why.toString());
            connectionLost("Lost the connection to the Docker engine at " + clients.info.endpoint().describe() + ".");
        });
    }

    /**
     * A call has waited {@link EngineCalls#SLOW_AFTER}: a slow engine still answers a ping, a mute one (hung, or
     * gone without closing its connections) does not, and then the connection counts as lost, which also ends the
     * calls and streams that wait on it. The event stream cannot tell: it is quiet whenever nothing happens.
     */
    private void callIsSlow() {
        supervisor.execute(() -> {
            EngineClients current = clients;
            if (closed || current == null) {
                return;
            }
            try {
                EngineClients.ping(current.info.endpoint());
            } catch (IOException | RuntimeException mute) {
                if (clients == current) {
                    log.warn("The engine stopped answering: {}", mute.toString());
                    connectionLost("The Docker engine at " + current.info.endpoint().describe()
                            + " stopped answering.");
                }
            }
        });
    }

    /**
     * Closes the connection, and with it every call and stream still on it, says so (so that whatever follows the
     * engine carries on once it is back), and connects again.
     */
    private void connectionLost(String why) {
        EngineEndpoint endpoint = clients.info.endpoint();
        closeClients();
        backoff.reset();
        publish(ConnectionState.down(endpoint, why, Instant.now()));
        attemptConnection();
    }

    static String explain(EngineEndpoint endpoint, Exception failure) {
        if (failure instanceof DaemonException sentence) {
            return sentence.getMessage();
        }
        if (failure instanceof IllegalArgumentException misconfigured) {
            return misconfigured.getMessage();
        }
        return "No Docker engine answered at " + endpoint.describe() + ".";
    }

    private void publish(ConnectionState next) {
        state = next;
        for (Consumer<ConnectionState> listener : stateListeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException bug) {
                log.error("A connection listener failed", bug);
            }
        }
    }

    private void cancelPendingAttempt() {
        if (pendingAttempt != null) {
            pendingAttempt.cancel(false);
            pendingAttempt = null;
        }
    }

    private void closeClients() {
        if (eventStream != null) {
            eventStream.close();
            eventStream = null;
        }
        if (clients != null) {
            clients.close();
            clients = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        supervisor.execute(this::closeClients);
        supervisor.shutdown();
        try {
            supervisor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        callPool.shutdownNow();
    }
}
