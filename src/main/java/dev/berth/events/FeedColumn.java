package dev.berth.events;

import java.time.ZoneId;

/** The feed's columns: title, width to start with, and what each shows of a row. */
enum FeedColumn {
    TIME("Time", 118) {
        @Override
        String text(FeedItem item, ZoneId zone) {
            return EventText.time(item.time(), zone);
        }
    },
    TYPE("Type", 85) {
        @Override
        String text(FeedItem item, ZoneId zone) {
            return item instanceof FeedItem.Event row ? row.event().type() : "";
        }
    },
    ACTION("Action", 115) {
        @Override
        String text(FeedItem item, ZoneId zone) {
            return item instanceof FeedItem.Event row ? row.event().action() : "gap";
        }
    },
    /** The actor's name and short id; for a gap, when it was. */
    ACTOR("Actor", 300) {
        @Override
        String text(FeedItem item, ZoneId zone) {
            return item instanceof FeedItem.Event row ? EventText.actor(row.event())
                    : EventText.gapSpan((FeedItem.Gap) item, zone);
        }
    },
    DETAILS("Details", 320) {
        @Override
        String text(FeedItem item, ZoneId zone) {
            return item instanceof FeedItem.Event row ? EventText.details(row.event()) : EventText.GAP_REASON;
        }
    };

    final String title;
    final double width;

    FeedColumn(String title, double width) {
        this.title = title;
        this.width = width;
    }

    abstract String text(FeedItem item, ZoneId zone);
}
