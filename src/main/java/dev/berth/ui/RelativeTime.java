package dev.berth.ui;

import java.time.Duration;
import java.time.Instant;

/** "3 minutes", "About an hour", "5 days": how `docker ps` speaks of ages (go-units HumanDuration). */
public final class RelativeTime {
    private RelativeTime() {
    }

    public static String since(Instant then, Instant now) {
        long seconds = Math.max(0, Duration.between(then, now).getSeconds());
        if (seconds < 1) {
            return "Less than a second";
        }
        if (seconds < 60) {
            return plural(seconds, "second");
        }
        if (seconds < 3600) {
            return plural(seconds / 60, "minute");
        }
        if (seconds < 48 * 3600) {
            return plural(seconds / 3600, "hour");
        }
        if (seconds < 14 * 86400) {
            return plural(seconds / 86400, "day");
        }
        if (seconds < 60 * 86400) {
            return plural(seconds / (7 * 86400), "week");
        }
        if (seconds < 730 * 86400) {
            return plural(seconds / (30 * 86400), "month");
        }
        return plural(seconds / (365 * 86400), "year");
    }

    private static String plural(long count, String unit) {
        if (count == 1) {
            return unit.equals("hour") ? "About an hour" : unit.equals("minute") ? "About a minute" : "1 " + unit;
        }
        return count + " " + unit + "s";
    }
}
