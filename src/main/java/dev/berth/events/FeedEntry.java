package dev.berth.events;

import dev.berth.daemon.DaemonEvent;

import java.time.Instant;

/**
 * One row of the events feed: an engine event, or a marker where the connection was lost and events may be missing.
 * The feed keeps up to 10,000 of them, so an event holds little besides the engine's event: the texts of its actor
 * and details, made on the thread it arrived on and shared with every other event that reads the same; its other
 * columns are read or formatted when its row is shown ({@link FeedColumn#text}).
 */
public sealed interface FeedEntry {

    /** When it happened; for a gap, when the connection was lost. */
    Instant time();

    /**
     * An engine event. Two are equal when they are the same event, the same action of the same object at the same
     * nanosecond: the replay and the live stream may both send it.
     */
    record Event(DaemonEvent event, String actor, String details) implements FeedEntry {
        public Event(DaemonEvent event) {
            this(event, EventText.actor(event).intern(), EventText.details(event).intern());
        }

        @Override
        public Instant time() {
            return event.time();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Event that && event.timeNanos() == that.event.timeNanos()
                    && event.type().equals(that.event.type()) && event.action().equals(that.event.action())
                    && event.actorId().equals(that.event.actorId());
        }

        @Override
        public int hashCode() {
            return ((Long.hashCode(event.timeNanos()) * 31 + event.type().hashCode()) * 31
                    + event.action().hashCode()) * 31 + event.actorId().hashCode();
        }
    }

    /** No live events reached Berth between {@code from} (connection lost) and {@code until} (connection back). */
    record Gap(Instant from, Instant until) implements FeedEntry {
        @Override
        public Instant time() {
            return from;
        }
    }
}
