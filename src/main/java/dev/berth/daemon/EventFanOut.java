package dev.berth.daemon;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Hands each engine event to every subscriber once. It remembers where the stream got to, so that after a
 * reconnect the replayed events ({@code since} = a little before the last one seen) skip those already delivered.
 * <p>
 * The engine stamps an event before it queues it, so events made at the same moment by concurrent requests can
 * arrive slightly out of time order: an event older than the newest one seen is not necessarily a repeat. So the
 * events of the last {@link #REORDER_WINDOW_NANOS} are remembered one by one, and the replay starts that much
 * earlier.
 */
final class EventFanOut {
    private static final Logger log = LoggerFactory.getLogger(EventFanOut.class);
    static final long REORDER_WINDOW_NANOS = 2_000_000_000L;
    /** A bound on what is remembered, whatever the event rate. */
    private static final int REMEMBERED_AT_MOST = 65_536;

    private final List<Consumer<DaemonEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Deque<DaemonEvent> recent = new ArrayDeque<>();
    private final Set<DaemonEvent> recentSet = new HashSet<>();
    private long lastNanos;
    private final AtomicLong seen = new AtomicLong();

    Subscription add(Consumer<DaemonEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Engine time to replay from after a reconnect, or 0 ("from now") before any event was seen. */
    synchronized long resumePoint() {
        return lastNanos == 0 ? 0 : Math.max(1, lastNanos - REORDER_WINDOW_NANOS);
    }

    /** How many events have been delivered; it counts an event before any listener hears of it. */
    long seen() {
        return seen.get();
    }

    void deliver(DaemonEvent event) {
        if (!firstSighting(event)) {
            return;
        }
        seen.incrementAndGet();
        for (Consumer<DaemonEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException bug) {
                log.error("An event listener failed on {}", event, bug);
            }
        }
    }

    private synchronized boolean firstSighting(DaemonEvent event) {
        long oldestRemembered = lastNanos - REORDER_WINDOW_NANOS;
        if (lastNanos > 0 && event.timeNanos() < oldestRemembered) {
            return false; // before anything a replay from resumePoint() brings back: delivered long ago
        }
        if (!recentSet.add(event)) {
            return false;
        }
        recent.addLast(event);
        if (event.timeNanos() > lastNanos) {
            lastNanos = event.timeNanos();
        }
        long forgetBefore = lastNanos - REORDER_WINDOW_NANOS;
        while (!recent.isEmpty() && (recent.peekFirst().timeNanos() < forgetBefore
                || recent.size() > REMEMBERED_AT_MOST)) {
            recentSet.remove(recent.removeFirst());
        }
        return true;
    }
}
