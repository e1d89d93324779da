package dev.berth.events;

import dev.berth.daemon.DaemonEvent;

import java.time.Instant;

/** One row of the events feed: an engine event, or a marker where the connection was lost and events may be missing. */
public sealed interface FeedItem {

    /** When it happened; for a gap, when the connection was lost. */
    Instant time();

    record Event(DaemonEvent event) implements FeedItem {
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
    record Gap(Instant from, Instant until) implements FeedItem {
        @Override
        public Instant time() {
            return from;
        }
    }

    record EventKey(long timeNanos, String type, String action, String actorId) {
    }
}
