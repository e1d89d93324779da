package dev.berth.daemon.logs;

import java.time.Instant;

/**
 * One whole line of a container's log, decoded: {@code text} has no line terminator, and {@code time} is the
 * engine's timestamp of the line (Berth always asks for timestamps, so it can resume a log exactly where it was).
 */
public record LogLine(Source source, String text, Instant time) {

    /** Which stream the line came from; a container with a TTY has only {@link #STDOUT}. */
    public enum Source { STDOUT, STDERR }
}
