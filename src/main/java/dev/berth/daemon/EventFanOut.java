package dev.berth.daemon;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Hands each engine event to every subscriber once. It remembers where the stream got to, so that after a
 * reconnect the replayed events ({@code since} = the last one seen) skip those already delivered.
 */
final class EventFanOut {
    private static final Logger log = LoggerFactory.getLogger(EventFanOut.class);
    private static final int REMEMBERED = 64;

    private final List<Consumer<DaemonEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Deque<DaemonEvent> recent = new ArrayDeque<>();
    private long lastNanos;

    Subscription add(Consumer<DaemonEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Engine time to replay from after a reconnect, or 0 before any event was seen. */
    synchronized long resumePoint() {
        return lastNanos;
    }

    void deliver(DaemonEvent event) {
        if (!firstSighting(event)) {
            return;
        }
        for (Consumer<DaemonEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException bug) {
                log.error("An event listener failed on {}", event, bug);
            }
        }
    }

    private synchronized boolean firstSighting(DaemonEvent event) {
        if (event.timeNanos() < lastNanos || (event.timeNanos() == lastNanos && recent.contains(event))) {
            return false;
        }
        if (event.timeNanos() > lastNanos) {
            lastNanos = event.timeNanos();
        }
        recent.addLast(event);
        if (recent.size() > REMEMBERED) {
            recent.removeFirst();
        }
        return true;
    }
}
