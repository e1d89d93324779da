package dev.berth.events;

import dev.berth.daemon.DaemonEvent;

import java.time.Instant;
import java.util.List;

/**
 * One row of the events feed: an engine event, or a marker where the connection was lost and events may be missing.
 * Each carries what the feed's columns show of it ({@link FeedColumn} order, times in this machine's zone), made
 * when the item is: an event's on the thread it arrived on, so showing its row formats nothing on the FX thread.
 */
public sealed interface FeedEntry {

    /** When it happened; for a gap, when the connection was lost. */
    Instant time();

    /** The columns' texts, in {@link FeedColumn} order. */
    List<String> texts();

    record Event(DaemonEvent event, List<String> texts) implements FeedEntry {
        public Event(DaemonEvent event) {
            this(event, FeedColumn.texts(event));
        }

        @Override
        public Instant time() {
            return event.time();
        }

        /** What makes two sightings of an event the same event (the replay and the live stream may both send it). */
        EventKey key() {
            return new EventKey(event.timeNanos(), event.type(), event.action(), event.actorId());
        }
    }

    /** No live events reached Berth between {@code from} (connection lost) and {@code until} (connection back). */
    record Gap(Instant from, Instant until, List<String> texts) implements FeedEntry {
        public Gap(Instant from, Instant until) {
            this(from, until, FeedColumn.texts(from, until));
        }

        @Override
        public Instant time() {
            return from;
        }
    }

    record EventKey(long timeNanos, String type, String action, String actorId) {
    }
}
