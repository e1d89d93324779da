package dev.berth.daemon.logs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Log lines as a log stream hands them over: their streams and times in primitive arrays, their text as UTF-8 in
 * one array, and the newest time among them with the lines that carry it. A stream's reader fills a {@link Builder}
 * straight from the engine's bytes, so a line of plain ASCII is never a {@code String} or a {@link LogLine} on its
 * way into a buffer that keeps lines as bytes: that buffer copies runs of lines with one array copy each, and a view
 * that remembers where the log got to reads the newest time rather than every line's.
 * <p>
 * Immutable; a plain {@code List<LogLine>} to everyone else, whose {@link #get} makes each line when asked.
 */
public final class LogBatch extends AbstractList<LogLine> implements RandomAccess {
    private static final long NO_TIME = Long.MIN_VALUE;

    private final int size;
    private final byte[] stderr;
    private final long[] seconds;
    private final int[] nanos;
    private final byte[] text;
    /** Where each line's text ends in {@link #text}; it starts where the one before ends. */
    private final int[] ends;
    private final Instant newest;
    private final List<LogLine> atNewest;

    /** Shares the builder's arrays: a builder only ever writes past the lines it has, so these stay as they are. */
    private LogBatch(Builder built) {
        size = built.size;
        stderr = built.stderr;
        seconds = built.seconds;
        nanos = built.nanos;
        ends = built.ends;
        text = built.text;
        newest = built.atNewestCount == 0 ? null : time(built.newestAt[0]);
        LogLine[] at = new LogLine[built.atNewestCount];
        for (int i = 0; i < at.length; i++) {
            at[i] = get(built.newestAt[i]);
        }
        atNewest = List.of(at);
    }

    /** The lines, encoded (the list is copied; the lines are not kept). */
    public static LogBatch of(List<LogLine> lines) {
        Builder builder = new Builder(null);
        for (int i = 0, n = lines.size(); i < n; i++) { // no iterator (the client compiler keeps it)
            builder.add(lines.get(i));
        }
        return builder.build();
    }

    /**
     * The lines, each with {@code prefix} (UTF-8) before its text, their streams and times kept, as a combined log of
     * several containers shows them ("web-1  | …"). A batch's text is copied as bytes, never decoded.
     */
    public static LogBatch prefixed(List<LogLine> lines, byte[] prefix) {
        LogBatch batch = lines instanceof LogBatch encoded ? encoded : of(lines);
        Builder builder = new Builder(null, batch.size, batch.textEnd(batch.size) + batch.size * prefix.length);
        byte[] line = new byte[prefix.length + 256];
        System.arraycopy(prefix, 0, line, 0, prefix.length);
        for (int i = 0; i < batch.size; i++) {
            int length = batch.textLength(i);
            if (line.length < prefix.length + length) {
                line = Arrays.copyOf(line, Math.max(2 * line.length, prefix.length + length));
            }
            System.arraycopy(batch.text, batch.textEnd(i), line, prefix.length, length);
            builder.line(batch.isStderr(i) ? LogLine.Source.STDERR : LogLine.Source.STDOUT, line, 0,
                    prefix.length + length, batch.time(i), true);
        }
        return builder.build();
    }

    @Override
    public LogLine get(int index) {
        Objects.checkIndex(index, size); // the arrays may be longer than the batch
        return new LogLine(isStderr(index) ? LogLine.Source.STDERR : LogLine.Source.STDOUT,
                new String(text, textEnd(index), textLength(index), StandardCharsets.UTF_8), time(index));
    }

    @Override
    public int size() {
        return size;
    }

    public boolean isStderr(int index) {
        return stderr[index] != 0;
    }

    /** Whether line {@code index} has a time (the engine's timestamp was readable). */
    public boolean hasTime(int index) {
        return seconds[index] != NO_TIME;
    }

    /** The seconds since the epoch of line {@code index}'s time, which it {@linkplain #hasTime has}. */
    public long epochSecond(int index) {
        return seconds[index];
    }

    /** The nanoseconds within its second of line {@code index}'s time. */
    public int nano(int index) {
        return nanos[index];
    }

    private Instant time(int index) {
        return hasTime(index) ? Instant.ofEpochSecond(seconds[index], nanos[index]) : null;
    }

    /** The length in bytes of line {@code index}'s text as UTF-8. */
    public int textLength(int index) {
        return ends[index] - textEnd(index);
    }

    /**
     * Copies the UTF-8 text of lines {@code from} (inclusive) to {@code to} (exclusive), end to end, into
     * {@code destination} at {@code at}; answers how many bytes that was.
     */
    public int copyText(int from, int to, byte[] destination, int at) {
        int start = textEnd(from);
        int length = textEnd(to) - start;
        System.arraycopy(text, start, destination, at, length);
        return length;
    }

    /** Where the text of the lines before {@code line} ends. */
    private int textEnd(int line) {
        return line == 0 ? 0 : ends[line - 1];
    }

    /** The newest time of the lines (the latest, not the last), or null if none has a time. */
    public Instant newest() {
        return newest;
    }

    /** The lines whose time is {@link #newest()}, in order; empty if none has a time. */
    public List<LogLine> atNewest() {
        return atNewest;
    }

    /**
     * Gathers a batch line by line, as a {@link LogDecoder} finds them (or as {@link LogLine}s). Lines at or before
     * {@code since} are left out; lines without a time cannot be placed and are kept. Not thread-safe.
     */
    static final class Builder implements LogDecoder.Lines {
        private final Instant since;
        private byte[] stderr;
        private long[] seconds;
        private int[] nanos;
        private int[] ends;
        private byte[] text;
        private int size;
        private int used;
        /** The lines at the newest time so far, the first {@link #atNewestCount} of them. */
        private int[] newestAt = new int[0];
        private int atNewestCount;

        Builder(Instant since) {
            this(since, 64, 64 * 96);
        }

        /** A builder with room for {@code lines} lines of {@code bytes} in all before it grows. */
        Builder(Instant since, int lines, int bytes) {
            this.since = since;
            int slots = Math.max(1, lines);
            stderr = new byte[slots];
            seconds = new long[slots];
            nanos = new int[slots];
            ends = new int[slots];
            text = new byte[Math.max(16, bytes)];
        }

        int size() {
            return size;
        }

        /** The bytes of text gathered. */
        int textBytes() {
            return used;
        }

        boolean isEmpty() {
            return size == 0;
        }

        LogBatch build() {
            return new LogBatch(this);
        }

        void add(LogLine line) {
            byte[] encoded = line.text().getBytes(StandardCharsets.UTF_8);
            line(line.source(), encoded, 0, encoded.length, line.time(), true);
        }

        /**
         * {@code wellFormed}: the bytes are known to be UTF-8 as they are (ASCII, say), and are copied. Otherwise
         * they are decoded and encoded again, so that malformed input is kept as the replacement characters a
         * {@code String} of it holds.
         */
        @Override
        public void line(LogLine.Source source, byte[] bytes, int from, int to, Instant time, boolean wellFormed) {
            if (since != null && time != null && !time.isAfter(since)) {
                return;
            }
            if (size == ends.length) {
                grow(2 * size);
            }
            if (wellFormed) {
                append(bytes, from, to - from);
            } else {
                byte[] encoded = new String(bytes, from, to - from, StandardCharsets.UTF_8)
                        .getBytes(StandardCharsets.UTF_8);
                append(encoded, 0, encoded.length);
            }
            ends[size] = used;
            stderr[size] = (byte) (source == LogLine.Source.STDERR ? 1 : 0);
            seconds[size] = time == null ? NO_TIME : time.getEpochSecond();
            nanos[size] = time == null ? 0 : time.getNano();
            if (time != null) {
                atNewest(size);
            }
            size++;
        }

        private void append(byte[] bytes, int from, int length) {
            if (text.length - used < length) {
                text = Arrays.copyOf(text, Math.max(2 * text.length, used + length));
            }
            System.arraycopy(bytes, from, text, used, length);
            used += length;
        }

        /** Follows the newest time: a later line starts the lines at it afresh, one at the same time joins them. */
        private void atNewest(int line) {
            int order = atNewestCount == 0 ? 1 : Long.compare(seconds[line], seconds[newestAt[0]]);
            if (order == 0) {
                order = Integer.compare(nanos[line], nanos[newestAt[0]]);
            }
            if (order > 0) {
                atNewestCount = 0;
            }
            if (order >= 0) {
                if (atNewestCount == newestAt.length) {
                    newestAt = Arrays.copyOf(newestAt, Math.max(4, 2 * atNewestCount));
                }
                newestAt[atNewestCount++] = line;
            }
        }

        private void grow(int slots) {
            stderr = Arrays.copyOf(stderr, slots);
            seconds = Arrays.copyOf(seconds, slots);
            nanos = Arrays.copyOf(nanos, slots);
            ends = Arrays.copyOf(ends, slots);
        }
    }
}
