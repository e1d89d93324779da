package dev.berth.containers;

import dev.berth.ui.RelativeTime;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's status text ("Up 5 seconds", "Exited (0) 3 minutes ago") kept true as time goes by: the engine says
 * it once, when it lists the containers, and a running container is not listed again until something happens to
 * it. The age in the text is read back (as coarsely as the engine wrote it), the time since the listing added, and
 * the text written again the way the engine writes it. Text without an age ("Created", "Restarting (1) …") is kept.
 */
final class LiveStatus {
    private static final Pattern AGED = Pattern.compile(
            "^(Up |Exited \\(-?\\d+\\) )(.+?)( ago)?( \\(.+\\))?$");
    private static final Map<String, Long> WORDED = Map.of("Less than a second", 0L, "About a minute", 60L,
            "About an hour", 3600L);
    private static final Pattern COUNTED = Pattern.compile("^(\\d+) (second|minute|hour|day|week|month|year)s?$");

    private LiveStatus() {
    }

    static String at(String status, Instant listedAt, Instant now) {
        if (status == null || listedAt == null || now == null || !now.isAfter(listedAt)) {
            return status;
        }
        Matcher aged = AGED.matcher(status);
        if (!aged.matches() || aged.group(1).startsWith("Up ") == (aged.group(3) != null)) {
            return status; // "Up … ago" or an exit without "ago": not the engine's wording
        }
        long seconds = secondsOf(aged.group(2));
        if (seconds < 0) {
            return status;
        }
        Instant since = listedAt.minusSeconds(seconds);
        return aged.group(1) + RelativeTime.since(since, now) + (aged.group(3) == null ? "" : aged.group(3))
                + (aged.group(4) == null ? "" : aged.group(4));
    }

    /** The seconds a go-units HumanDuration stands for at least, or -1 if the text is not one. */
    private static long secondsOf(String human) {
        Long worded = WORDED.get(human);
        if (worded != null) {
            return worded;
        }
        Matcher counted = COUNTED.matcher(human);
        if (!counted.matches()) {
            return -1;
        }
        return Long.parseLong(counted.group(1)) * switch (counted.group(2)) {
            case "second" -> 1;
            case "minute" -> 60;
            case "hour" -> 3600;
            case "day" -> 86_400;
            case "week" -> 7 * 86_400;
            case "month" -> 30 * 86_400;
            default -> 365 * 86_400;
        };
    }
}
