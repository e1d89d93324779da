package dev.berth.events;

import dev.berth.daemon.DaemonEvent;

import java.util.Locale;

/**
 * What the feed shows: events of one type (or all), whose action starts with the typed action (or any), and that
 * mention the text somewhere (actor name or id, action, attributes). Gap markers always show: they say that
 * matching events may be missing too.
 *
 * @param type   "container", "image"…, or null for every type
 * @param action the start of an action ("die", "health"), or blank for every action
 * @param text   any words of the event, or blank
 */
record EventFilter(String type, String action, String text) {
    static final EventFilter NONE = new EventFilter(null, "", "");

    EventFilter {
        action = action == null ? "" : action.strip().toLowerCase(Locale.ROOT);
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    boolean isEmpty() {
        return type == null && action.isEmpty() && text.isEmpty();
    }

    boolean matches(FeedEntry item) {
        if (item instanceof FeedEntry.Event row) {
            DaemonEvent event = row.event();
            return (type == null || type.equals(event.type()))
                    && (action.isEmpty() || event.action().toLowerCase(Locale.ROOT).startsWith(action))
                    && (text.isEmpty() || mentions(event));
        }
        return true;
    }

    private boolean mentions(DaemonEvent event) {
        if (contains(event.actorId()) || contains(event.action()) || contains(event.type())) {
            return true;
        }
        for (var attribute : event.attributes().entrySet()) {
            if (contains(attribute.getValue()) || contains(attribute.getKey() + "=" + attribute.getValue())) {
                return true;
            }
        }
        return false;
    }

    private boolean contains(String value) {
        return value.toLowerCase(Locale.ROOT).contains(text);
    }
}
