package dev.berth.logs;

import dev.berth.daemon.logs.LogRequest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which part of the log to show first: the last N lines ({@code --tail N}), all of it, or everything since a time
 * ({@code --since}), either a fixed one or "the last 10 minutes" counted from when the log is opened.
 */
public record LogScope(String label, int tail, Duration sinceAgo, Instant sinceTime) {
    private static final Pattern AGO = Pattern.compile("(?i)(?:last\\s+)?(\\d+)\\s*(s|sec|m|min|h|hours?|d|days?)");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public static final LogScope LAST_1000 = lastLines(1000);
    public static final LogScope ALL = new LogScope("All lines", LogRequest.ALL, null, null);

    /** The choices offered in the tool bar; the user may also type "15m", "2h", "12:30" or "2026-01-31 12:30". */
    public static List<LogScope> presets() {
        return List.of(lastLines(100), LAST_1000, lastLines(10_000), ALL, lastMinutes(10), lastMinutes(60));
    }

    public static LogScope lastLines(int lines) {
        return new LogScope(String.format(Locale.ROOT, "Last %,d lines", lines), lines, null, null);
    }

    public static LogScope lastMinutes(long minutes) {
        String label = minutes % 60 == 0 ? "Last " + (minutes == 60 ? "hour" : minutes / 60 + " hours")
                : "Last " + minutes + " minutes";
        return new LogScope(label, LogRequest.ALL, Duration.ofMinutes(minutes), null);
    }

    public static LogScope since(Instant time, ZoneId zone) {
        return new LogScope("Since " + SHORT.format(time.atZone(zone)), LogRequest.ALL, null, time);
    }

    /** The request for this range, read now. */
    public LogRequest request(boolean follow, Instant now) {
        Instant since = sinceTime != null ? sinceTime : sinceAgo != null ? now.minus(sinceAgo) : null;
        return new LogRequest(follow, tail, since);
    }

    /**
     * What the user typed: a label of a preset, "500" (lines), "all", "15m" / "2h" / "1d" (ago), "12:30" (today),
     * or a date and time.
     *
     * @throws IllegalArgumentException with a sentence saying what is understood
     */
    public static LogScope parse(String text, Instant now, ZoneId zone) {
        String typed = text == null ? "" : text.trim();
        for (LogScope preset : presets()) {
            if (preset.label.equalsIgnoreCase(typed)) {
                return preset;
            }
        }
        if (typed.equalsIgnoreCase("all")) {
            return ALL;
        }
        if (typed.matches("\\d{1,9}")) {
            return lastLines(Integer.parseInt(typed));
        }
        Matcher ago = AGO.matcher(typed);
        if (ago.matches()) {
            long amount = Long.parseLong(ago.group(1));
            char unit = Character.toLowerCase(ago.group(2).charAt(0));
            long minutes = switch (unit) {
                case 's' -> Math.max(1, amount / 60);
                case 'h' -> amount * 60;
                case 'd' -> amount * 24 * 60;
                default -> amount;
            };
            return lastMinutes(minutes);
        }
        try {
            if (typed.matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
                LocalTime time = LocalTime.parse(typed.length() < 6 ? typed + ":00" : typed);
                return since(LocalDate.ofInstant(now, zone).atTime(time).atZone(zone).toInstant(), zone);
            }
            if (typed.endsWith("Z")) {
                return since(Instant.parse(typed), zone);
            }
            String iso = typed.replace(' ', 'T');
            LocalDateTime local = LocalDateTime.parse(iso.length() == 16 ? iso + ":00" : iso);
            return since(local.atZone(zone).toInstant(), zone);
        } catch (DateTimeParseException notATime) {
            throw new IllegalArgumentException("\"" + typed + "\" is not a range Berth understands. Type a number "
                    + "of lines (500), \"all\", a span such as 15m or 2h, a time today (12:30) or a date and time "
                    + "(2026-01-31 12:30).");
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
