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
        long hours = (seconds + 1800) / 3600; // go-units rounds to the nearest hour from here on
        if (hours < 48) {
            return plural(hours, "hour");
        }
        if (hours < 14 * 24) {
            return plural(hours / 24, "day");
        }
        if (hours < 60 * 24) {
            return plural(hours / (7 * 24), "week");
        }
        if (hours < 730 * 24) {
            return plural(hours / (30 * 24), "month");
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
