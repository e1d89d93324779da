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
            String lineText = line.text();
            text = withRoom(text, used, lineText.length());
            if (copyAscii(lineText, text, used) == lineText.length()) {
                used += lineText.length();
            } else {
                byte[] encoded = lineText.getBytes(StandardCharsets.UTF_8);
                text = withRoom(text, used, encoded.length);
                System.arraycopy(encoded, 0, text, used, encoded.length);
                used += encoded.length;
            }
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

    /** {@code text}, or a larger copy of it, with room for {@code bytes} more after the first {@code used}. */
    private static byte[] withRoom(byte[] text, int used, int bytes) {
        return text.length - used >= bytes ? text : Arrays.copyOf(text, Math.max(2 * text.length, used + bytes));
    }

    /**
     * Copies the text's leading ASCII characters (their UTF-8 is one byte each) into {@code destination} at
     * {@code at}, which has room for the whole text; answers how many. Nearly every log line is ASCII, and this
     * spares the array {@link String#getBytes} makes for each one (a followed log's largest allocation).
     */
    private static int copyAscii(String text, byte[] destination, int at) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return i;
            }
            destination[at + i] = (byte) c;
        }
        return length;
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
