package dev.berth.daemon.logs;

import java.time.Instant;

/**
 * Which part of a log to read, like {@code docker logs [--follow] [--tail N] [--since T]}.
 *
 * @param tail  the last N lines only, or {@link #ALL}
 * @param since only lines after this engine time (to the nanosecond), or null
 */
public record LogRequest(boolean follow, int tail, Instant since) {
    public static final int ALL = -1;

    public static LogRequest followLast(int lines) {
        return new LogRequest(true, lines, null);
    }
}
