package dev.berth.events;

import java.time.ZoneId;

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

    /** What the column shows of the item, times in this machine's zone. */
    String text(FeedEntry item) {
        if (item instanceof FeedEntry.Event row) {
            return switch (this) {
                case TIME -> EventText.time(row.time(), ZoneId.systemDefault());
                case TYPE -> row.event().type();
                case ACTION -> row.event().action();
                case ACTOR -> row.actor();
                case DETAILS -> row.details();
            };
        }
        FeedEntry.Gap gap = (FeedEntry.Gap) item;
        ZoneId zone = ZoneId.systemDefault();
        return switch (this) {
            case TIME -> EventText.time(gap.from(), zone);
            case TYPE -> "";
            case ACTION -> "gap";
            case ACTOR -> EventText.gapSpan(gap.from(), gap.until(), zone);
            case DETAILS -> EventText.GAP_REASON;
        };
    }
}
