package dev.berth.events;

import dev.berth.daemon.DaemonEvent;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How an event reads in the feed: its time, its actor, and the few attributes that matter for its action. */
final class EventText {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private EventText() {
    }

    /**
     * "12:03:04.007": the time of day to the millisecond. Worked out by hand rather than by a
     * {@code DateTimeFormatter}, as each row in view formats its time again when a burst scrolls the feed.
     */
    static String time(Instant time, ZoneId zone) {
        long local = time.getEpochSecond() + zone.getRules().getOffset(time).getTotalSeconds();
        int second = (int) Math.floorMod(local, 86_400L);
        char[] text = "00:00:00.000".toCharArray();
        digits(text, 0, 2, second / 3_600);
        digits(text, 3, 2, second / 60 % 60);
        digits(text, 6, 2, second % 60);
        digits(text, 9, 3, time.getNano() / 1_000_000);
        return new String(text);
    }

    private static void digits(char[] text, int at, int count, int value) {
        for (int i = at + count - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** "a1b2c3d4e5f6" for a 64-hex id (or "sha256:…" image id); names and short ids unchanged. */
    static String shortId(String id) {
        String bare = id.startsWith("sha256:") ? id.substring("sha256:".length()) : id;
        return bare.length() == 64 && bare.chars().allMatch(c -> Character.digit(c, 16) >= 0)
                ? bare.substring(0, 12) : id;
    }

    /** "web (a1b2c3d4e5f6)", or just the (short) id when the engine gives no other name, as for volumes. */
    static String actor(DaemonEvent event) {
        String name = event.actorName();
        String id = shortId(event.actorId());
        return name.isEmpty() || name.equals(event.actorId()) || name.equals(id) ? id : name + " (" + id + ")";
    }

    /** The action without the details some engines put into it ("exec_start: sh -c …" → "exec_start"). */
    static String baseAction(String action) {
        int colon = action.indexOf(':');
        return colon < 0 ? action : action.substring(0, colon);
    }

    /** The attributes worth a glance for this kind of event, e.g. "exit code 137" for a container's die. */
    static String details(DaemonEvent event) {
        Map<String, String> attributes = event.attributes();
        List<String> parts = new ArrayList<>();
        String action = baseAction(event.action());
        if (event.action().contains(": ")) {
            parts.add(event.action().substring(event.action().indexOf(": ") + 2));
        }
        switch (action) {
            case "die" -> add(parts, "exit code ", attributes.get("exitCode"));
            case "kill" -> add(parts, "signal ", attributes.get("signal"));
            case "connect", "disconnect" -> add(parts, "container ", shortOrNull(attributes.get("container")));
            case "mount", "unmount" -> add(parts, "", attributes.get("destination"));
            case "tag", "untag", "pull", "push" -> add(parts, "", attributes.get("name"));
            default -> { }
        }
        if ("container".equals(event.type())) {
            add(parts, "image ", attributes.get("image"));
        } else if ("network".equals(event.type()) || "volume".equals(event.type())) {
            add(parts, "driver ", attributes.get("type") != null ? attributes.get("type") : attributes.get("driver"));
        }
        return String.join(" · ", parts);
    }

    private static String shortOrNull(String id) {
        return id == null ? null : shortId(id);
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank() && !parts.contains(label + value)) {
            parts.add(label + value);
        }
    }

    /** The gap marker's sentence. */
    static String gap(FeedEntry.Gap gap, ZoneId zone) {
        return "No events between " + CLOCK.format(gap.from().atZone(zone)) + " and "
                + CLOCK.format(gap.until().atZone(zone)) + " — " + GAP_REASON + "; what it still had follows.";
    }

    /** The gap in a few words, for the actor column: "No events 12:03:04–12:03:09". */
    static String gapSpan(Instant from, Instant until, ZoneId zone) {
        return "No events " + CLOCK.format(from.atZone(zone)) + "–" + CLOCK.format(until.atZone(zone));
    }

    /** Why, for the details column. */
    static final String GAP_REASON = "the engine keeps only a short history";
}
