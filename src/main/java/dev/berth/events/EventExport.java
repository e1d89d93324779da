package dev.berth.events;

import dev.berth.daemon.DaemonEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * The feed's rows as a file: JSON Lines (one object per event, attributes as an object) or CSV (RFC 4180: a header,
 * fields quoted when they hold a comma, quote or line break, lines ending in CRLF). Times are UTC, ISO-8601, to the
 * nanosecond as the engine gives them. A gap marker is a row of type "gap" with when it began and ended.
 */
public final class EventExport {
    static final String CSV_HEADER = "time,type,action,actor_id,actor_name,attributes";
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    public enum Format {
        JSON_LINES("JSON Lines", "*.jsonl"), CSV("CSV", "*.csv");

        public final String title;
        public final String pattern;

        Format(String title, String pattern) {
            this.title = title;
            this.pattern = pattern;
        }
    }

    private EventExport() {
    }

    static int write(List<FeedEntry> rows, Path file, Format format) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (format == Format.CSV) {
                out.write(CSV_HEADER);
                out.write("\r\n");
            }
            for (FeedEntry row : rows) {
                out.write(format == Format.CSV ? csvRow(row) : jsonLine(row));
                out.write(format == Format.CSV ? "\r\n" : "\n");
            }
            return rows.size();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static String jsonLine(FeedEntry row) {
        if (row instanceof FeedEntry.Gap gap) {
            return "{\"time\":" + json(gap.from().toString()) + ",\"type\":\"gap\",\"from\":"
                    + json(gap.from().toString()) + ",\"until\":" + json(gap.until().toString()) + "}";
        }
        DaemonEvent event = ((FeedEntry.Event) row).event();
        String attributes = sorted(event.attributes()).entrySet().stream()
                .map(entry -> json(entry.getKey()) + ":" + json(entry.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        return "{\"time\":" + json(event.time().toString()) + ",\"timeNano\":" + event.timeNanos()
                + ",\"type\":" + json(event.type()) + ",\"action\":" + json(event.action())
                + ",\"actorId\":" + json(event.actorId()) + ",\"actorName\":" + json(event.actorName())
                + ",\"attributes\":" + attributes + "}";
    }

    static String csvRow(FeedEntry row) {
        if (row instanceof FeedEntry.Gap gap) {
            return String.join(",", csv(gap.from().toString()), "gap", "", "", "", csv("until=" + gap.until()));
        }
        DaemonEvent event = ((FeedEntry.Event) row).event();
        String attributes = sorted(event.attributes()).entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining("; "));
        return String.join(",", csv(event.time().toString()), csv(event.type()), csv(event.action()),
                csv(event.actorId()), csv(event.actorName()), csv(attributes));
    }

    private static Map<String, String> sorted(Map<String, String> attributes) {
        return new TreeMap<>(attributes);
    }

    static String csv(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The reason a write failed, in words (the file system's own message). */
    static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof UncheckedIOException io && io.getCause() != null) {
            cause = io.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }

    /** The time a filename can carry: "20261201-120304". */
    static String fileStamp(Instant time, ZoneId zone) {
        return FILE_STAMP.format(time.atZone(zone));
    }
}
