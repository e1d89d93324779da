package dev.berth.daemon;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.EventsCmd;
import com.github.dockerjava.api.model.Event;
import dev.berth.daemon.engine.EngineStreamCallback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One subscription to the engine's {@code /events}. It reports every event once and, when the stream ends without
 * being closed by us, calls {@code onBroken} exactly once: that is how Berth notices the engine went away.
 */
final class EventStream implements Subscription {
    private static final long HISTORY_WAIT_SECONDS = 30;

    private final EngineStreamCallback<Event> callback;

    private EventStream(EngineStreamCallback<Event> callback) {
        this.callback = callback;
    }

    /**
     * @param sinceNanos replay events from this engine time (nanoseconds since the epoch), or 0 for "from now"
     */
    static EventStream open(DockerClient client, long sinceNanos, Consumer<DaemonEvent> onEvent,
                            Consumer<Throwable> onBroken) {
        EngineStreamCallback<Event> callback = new EngineStreamCallback<>() {
            @Override
            public void onNext(Event event) {
                onEvent.accept(toDaemonEvent(event));
            }

            @Override
            public void onError(Throwable failure) {
                ended(failure);
            }

            @Override
            public void onComplete() {
                ended(null);
            }

            private void ended(Throwable failure) {
                if (markEndedToReport()) {
                    onBroken.accept(failure);
                }
            }
        };
        EventsCmd command = client.eventsCmd();
        if (sinceNanos > 0) {
            command.withSince(engineTime(sinceNanos));
        }
        command.exec(callback);
        return new EventStream(callback);
    }

    /**
     * The events the engine still has between two engine times ({@code docker events --since … --until …}), oldest
     * first. The engine answers from its short in-memory history and ends the stream at {@code untilNanos}.
     */
    static List<DaemonEvent> history(DockerClient client, long sinceNanos, long untilNanos) {
        List<DaemonEvent> events = Collections.synchronizedList(new ArrayList<>());
        Throwable[] failure = new Throwable[1];
        EngineStreamCallback<Event> callback = new EngineStreamCallback<>() {
            @Override
            public void onNext(Event event) {
                events.add(toDaemonEvent(event));
            }

            @Override
            public void onError(Throwable broken) {
                if (markEnded()) {
                    synchronized (events) {
                        failure[0] = broken;
                    }
                }
                closeQuietly(); // releases awaitCompletion
            }

            @Override
            public void onComplete() {
                markEnded();
                closeQuietly();
            }
        };
        client.eventsCmd().withSince(engineTime(sinceNanos)).withUntil(engineTime(untilNanos)).exec(callback);
        try {
            if (!callback.awaitCompletion(HISTORY_WAIT_SECONDS, TimeUnit.SECONDS)) {
                callback.closeByUs();
                throw new DaemonException("The engine did not finish sending its recent events.", null);
            }
        } catch (InterruptedException interrupted) {
            callback.closeByUs();
            Thread.currentThread().interrupt();
            throw new DaemonException("Reading the engine's recent events was interrupted.", null);
        }
        synchronized (events) {
            if (failure[0] instanceof RuntimeException broken) {
                throw broken;
            }
            if (failure[0] != null) {
                throw new IllegalStateException(failure[0]);
            }
            return List.copyOf(events);
        }
    }

    /** The engine takes fractional Unix seconds: "1732761600.123456789". */
    static String engineTime(long nanos) {
        return String.format(Locale.ROOT, "%d.%09d", nanos / 1_000_000_000L, nanos % 1_000_000_000L);
    }

    /**
     * The event as Berth keeps it. Its strings are interned: events repeat them (an action, attribute names, an
     * image, label values, and an object's id and name in each of its events), and the Events feed keeps 10,000
     * events, whose strings were most of its heap when each event had copies of its own.
     */
    static DaemonEvent toDaemonEvent(Event event) {
        String type = event.getType() != null ? event.getType().getValue() : "unknown";
        String action = (event.getAction() != null ? event.getAction()
                : Objects.toString(event.getStatus(), "")).intern();
        Map<String, String> attributes = new HashMap<>();
        if (event.getActor() != null && event.getActor().getAttributes() != null) {
            event.getActor().getAttributes().forEach((key, value) -> {
                if (key != null && value != null) {
                    attributes.put(key.intern(), value.intern());
                }
            });
        }
        String actorId = (event.getActor() != null && event.getActor().getId() != null
                ? event.getActor().getId() : String.valueOf(event.getId())).intern();
        long nanos = event.getTimeNano() != null ? event.getTimeNano()
                : event.getTime() != null ? event.getTime() * 1_000_000_000L : 0L;
        return new DaemonEvent(type, action, actorId, attributes, nanos);
    }

    @Override
    public void close() {
        callback.closeByUs();
    }
}
