package dev.berth.events;

import dev.berth.daemon.DaemonEvent;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The feed's columns: title, width to start with, and what each shows of a row. */
enum FeedColumn {
    TIME("Time", 118),
    TYPE("Type", 85),
    ACTION("Action", 115),
    /** The actor's name and short id; for a gap, when it was. */
    ACTOR("Actor", 300),
    /** The attributes that matter for the action; for a gap, why. */
    DETAILS("Details", 320);

    final String title;
    final double width;

    FeedColumn(String title, double width) {
        this.title = title;
        this.width = width;
    }

    String text(FeedEntry item) {
        return item.texts().get(ordinal());
    }

    /** An event's texts, in column order. */
    static List<String> texts(DaemonEvent event) {
        return List.of(EventText.time(event.time(), ZoneId.systemDefault()), event.type(), event.action(),
                EventText.actor(event), EventText.details(event));
    }

    /** A gap marker's texts, in column order. */
    static List<String> texts(Instant from, Instant until) {
        ZoneId zone = ZoneId.systemDefault();
        return List.of(EventText.time(from, zone), "", "gap", EventText.gapSpan(from, until, zone),
                EventText.GAP_REASON);
    }
}
