package dev.berth.daemon;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * Log lines as a log stream hands them over: the lines, their text already encoded as UTF-8 (one array for the
 * batch), and the newest time among them with the lines that carry it. A stream makes it on its own thread, so a
 * buffer that keeps lines as bytes copies a batch's text in a few array copies rather than encoding every line on
 * the UI thread, and a view that remembers where the log got to reads the newest time rather than every line's.
 * Immutable; a plain {@code List<LogLine>} to everyone else.
 */
public final class LogBatch extends AbstractList<LogLine> implements RandomAccess {
    private static final LogBatch EMPTY = new LogBatch(new LogLine[0], new byte[0], new int[0], null, List.of());

    private final LogLine[] lines;
    private final byte[] text;
    /** Where each line's text ends in {@link #text}; it starts where the one before ends. */
    private final int[] ends;
    private final Instant newest;
    private final List<LogLine> atNewest;

    private LogBatch(LogLine[] lines, byte[] text, int[] ends, Instant newest, List<LogLine> atNewest) {
        this.lines = lines;
        this.text = text;
        this.ends = ends;
        this.newest = newest;
        this.atNewest = atNewest;
    }

    /** The lines, encoded (the list is copied; the lines are not). */
    public static LogBatch of(List<LogLine> lines) {
        LogLine[] kept = lines.toArray(new LogLine[0]);
        int[] ends = new int[kept.length];
        byte[] text = new byte[Math.max(16, kept.length * 96)];
        int used = 0;
        Instant newest = null;
        List<LogLine> atNewest = new ArrayList<>(1);
        for (int i = 0; i < kept.length; i++) {
            LogLine line = kept[i];
            byte[] encoded = line.text().getBytes(StandardCharsets.UTF_8);
            if (text.length - used < encoded.length) {
                text = Arrays.copyOf(text, Math.max(2 * text.length, used + encoded.length));
            }
            System.arraycopy(encoded, 0, text, used, encoded.length);
            used += encoded.length;
            ends[i] = used;
            Instant time = line.time();
            if (time != null) {
                int order = newest == null ? 1 : time.compareTo(newest);
                if (order > 0) {
                    newest = time;
                    atNewest.clear();
                }
                if (order >= 0) {
                    atNewest.add(line);
                }
            }
        }
        return new LogBatch(kept, text, ends, newest, List.copyOf(atNewest));
    }

    /**
     * The batches as one list, in order: a {@code LogBatch} if every one of them is (their arrays copied end to
     * end, nothing encoded again), else a plain list of their lines.
     */
    public static List<LogLine> join(List<? extends List<LogLine>> batches) {
        if (batches.size() == 1) {
            return batches.get(0);
        }
        int count = 0;
        int bytes = 0;
        boolean allBatches = true;
        for (List<LogLine> batch : batches) {
            count += batch.size();
            if (batch instanceof LogBatch packed) {
                bytes += packed.textEnd(packed.size());
            } else {
                allBatches = false;
            }
        }
        if (!allBatches) {
            List<LogLine> joined = new ArrayList<>(count);
            batches.forEach(joined::addAll);
            return joined;
        }
        return joinBatches(batches, count, bytes);
    }

    private static LogBatch joinBatches(List<? extends List<LogLine>> batches, int count, int bytes) {
        if (count == 0) {
            return EMPTY;
        }
        LogLine[] lines = new LogLine[count];
        byte[] text = new byte[bytes];
        int[] ends = new int[count];
        int line = 0;
        int used = 0;
        Instant newest = null;
        List<LogLine> atNewest = new ArrayList<>(1);
        for (List<LogLine> each : batches) {
            LogBatch batch = (LogBatch) each;
            int n = batch.size();
            System.arraycopy(batch.lines, 0, lines, line, n);
            System.arraycopy(batch.text, 0, text, used, batch.textEnd(n));
            for (int i = 0; i < n; i++) {
                ends[line + i] = used + batch.ends[i];
            }
            line += n;
            used += batch.textEnd(n);
            if (batch.newest != null) {
                int order = newest == null ? 1 : batch.newest.compareTo(newest);
                if (order > 0) {
                    newest = batch.newest;
                    atNewest.clear();
                }
                if (order >= 0) {
                    atNewest.addAll(batch.atNewest);
                }
            }
        }
        return new LogBatch(lines, text, ends, newest, List.copyOf(atNewest));
    }

    @Override
    public LogLine get(int index) {
        return lines[index];
    }

    @Override
    public int size() {
        return lines.length;
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
}
