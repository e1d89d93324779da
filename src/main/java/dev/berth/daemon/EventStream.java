package dev.berth.daemon;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.berth.daemon.engine.EngineClients;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One subscription to the engine's {@code /events}. It reports every event once and, when the stream ends without
 * being closed by us, calls {@code onBroken} exactly once: that is how Berth notices the engine went away.
 * <p>
 * The engine's answer is read here, on a thread of its own ({@value #THREAD_PREFIX}N), as a sequence of JSON trees:
 * docker-java's events call read it into its bean model, whose set-up cost a cold JVM 35-40 ms of CPU (and the
 * annotation proxies it makes) while the window opened.
 */
final class EventStream implements Subscription {
    private static final String THREAD_PREFIX = "berth-event-reader-";
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final long HISTORY_WAIT_SECONDS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory PARSERS = JSON.getFactory();

    // Guarded by this.
    private DockerHttpClient.Response answer;
    private boolean closedByUs;
    private boolean ended;

    private EventStream() {
    }

    /**
     * @param sinceNanos replay events from this engine time (nanoseconds since the epoch), or 0 for "from now"
     */
    static EventStream open(EngineClients clients, long sinceNanos, Consumer<DaemonEvent> onEvent,
                            Consumer<Throwable> onBroken) {
        EventStream stream = new EventStream();
        String path = sinceNanos > 0 ? "/events?since=" + engineTime(sinceNanos) : "/events";
        Thread reader = new Thread(() -> stream.follow(clients, path, onEvent, onBroken),
                THREAD_PREFIX + THREADS.incrementAndGet());
        reader.setDaemon(true);
        reader.start();
        return stream;
    }

    /**
     * The events the engine still has between two engine times ({@code docker events --since … --until …}), oldest
     * first. The engine answers from its short in-memory history and ends the stream at {@code untilNanos}.
     */
    static List<DaemonEvent> history(EngineClients clients, long sinceNanos, long untilNanos) {
        EventStream stream = new EventStream();
        List<DaemonEvent> events = new ArrayList<>();
        CompletableFuture<Void> read = new CompletableFuture<>();
        CompletableFuture.delayedExecutor(HISTORY_WAIT_SECONDS, TimeUnit.SECONDS).execute(() -> {
            if (!read.isDone()) {
                stream.close();
            }
        });
        try {
            stream.read(clients, "/events?since=" + engineTime(sinceNanos) + "&until=" + engineTime(untilNanos),
                    events::add);
        } catch (IOException broken) {
            if (!stream.isClosedByUs()) {
                throw new IllegalStateException(broken);
            }
        } finally {
            read.complete(null);
        }
        if (stream.isClosedByUs()) {
            throw new DaemonException("The engine did not finish sending its recent events.", null);
        }
        return List.copyOf(events);
    }

    private void follow(EngineClients clients, String path, Consumer<DaemonEvent> onEvent,
                        Consumer<Throwable> onBroken) {
        Throwable failure = null;
        try {
            read(clients, path, onEvent);
        } catch (IOException | RuntimeException broken) {
            failure = broken;
        }
        boolean report;
        synchronized (this) {
            report = !ended && !closedByUs;
            ended = true;
        }
        if (report) {
            onBroken.accept(failure);
        }
    }

    /** Asks for the events and hands each one over until the engine ends the answer or it is closed. */
    private void read(EngineClients clients, String path, Consumer<DaemonEvent> onEvent) throws IOException {
        DockerHttpClient.Response opened = clients.openStream(path);
        boolean closedMeanwhile;
        synchronized (this) {
            closedMeanwhile = closedByUs;
            answer = opened;
        }
        try (opened; InputStream body = opened.getBody(); JsonParser events = PARSERS.createParser(body)) {
            while (!closedMeanwhile && events.nextToken() != null) {
                onEvent.accept(toDaemonEvent(JSON.readTree(events)));
            }
        }
    }

    private synchronized boolean isClosedByUs() {
        return closedByUs;
    }

    /** The engine takes fractional Unix seconds: "1732761600.123456789". */
    static String engineTime(long nanos) {
        return String.format(Locale.ROOT, "%d.%09d", nanos / 1_000_000_000L, nanos % 1_000_000_000L);
    }

    /**
     * The event as Berth keeps it, from the engine's JSON. Its strings are interned: events repeat them (an action,
     * attribute names, an image, label values, and an object's id and name in each of its events), and the Events
     * feed keeps 10,000 events, whose strings were most of its heap when each event had copies of its own.
     */
    static DaemonEvent toDaemonEvent(JsonNode event) {
        String type = event.path("Type").asText("");
        String action = event.path("Action").asText("");
        if (action.isEmpty()) {
            action = event.path("status").asText(""); // engines before API 1.22
        }
        JsonNode actor = event.path("Actor");
        Map<String, String> attributes = new HashMap<>();
        actor.path("Attributes").fields().forEachRemaining(attribute -> {
            if (!attribute.getValue().isNull()) {
                attributes.put(attribute.getKey().intern(), attribute.getValue().asText().intern());
            }
        });
        String actorId = actor.path("ID").asText("");
        if (actorId.isEmpty()) {
            actorId = event.path("id").asText("null");
        }
        long nanos = event.hasNonNull("timeNano") ? event.get("timeNano").asLong()
                : event.path("time").asLong(0) * 1_000_000_000L;
        return new DaemonEvent(type.isEmpty() ? "unknown" : type.intern(), action.intern(), actorId.intern(),
                attributes, nanos);
    }

    @Override
    public void close() {
        DockerHttpClient.Response open;
        synchronized (this) {
            closedByUs = true;
            open = answer;
        }
        if (open != null) {
            try {
                open.close();
            } catch (RuntimeException alreadyGone) {
                // a connection that is already closed has nothing left to release
            }
        }
    }
}
