package dev.berth.logs;

import dev.berth.daemon.LogLine;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The newest {@code capacity} lines of a log, in arrival order, in a fixed array used as a ring: appending is O(1)
 * per line and allocates nothing beyond the lines themselves; once full, each new line drops the oldest, and
 * {@link #dropped()} counts them. Every line ever appended has a sequence number (0, 1, 2…) that stays the same
 * while it moves from the end of the buffer towards its start, so indexes built over the lines (search matches)
 * only ever need their oldest entries trimmed. Not thread-safe: one thread (the FX thread) owns it.
 */
public final class LogBuffer {
    public static final int DEFAULT_CAPACITY = 100_000;

    private final LogLine[] ring;
    /** Where the oldest kept line is in {@link #ring}. */
    private int head;
    private int size;
    /** Lines appended since creation or the last {@link #clear()}, kept or not. */
    private long appended;

    public LogBuffer() {
        this(DEFAULT_CAPACITY);
    }

    public LogBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A log buffer holds at least one line, not " + capacity);
        }
        ring = new LogLine[capacity];
    }

    public void append(List<LogLine> batch) {
        for (int i = 0, n = batch.size(); i < n; i++) {
            append(batch.get(i));
        }
    }

    public void append(LogLine line) {
        Objects.requireNonNull(line, "line");
        int capacity = ring.length;
        if (size < capacity) {
            int slot = head + size;
            ring[slot >= capacity ? slot - capacity : slot] = line;
            size++;
        } else {
            ring[head] = line; // the oldest goes, the newest takes its slot
            head = head + 1 == capacity ? 0 : head + 1;
        }
        appended++;
    }

    /** The line at {@code index}, 0 being the oldest kept line and {@code size() - 1} the newest. */
    public LogLine get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Line " + index + " of " + size);
        }
        int slot = head + index;
        return ring[slot >= ring.length ? slot - ring.length : slot];
    }

    /** The newest line, or null while the buffer is empty. */
    public LogLine last() {
        return size == 0 ? null : get(size - 1);
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return ring.length;
    }

    /** How many lines were appended and are no longer kept, because newer ones took their place. */
    public long dropped() {
        return appended - size;
    }

    /** How many lines were ever appended (kept or dropped); the next line gets this sequence number. */
    public long appended() {
        return appended;
    }

    /** The sequence number of the oldest kept line; lines with a lower one were dropped. */
    public long firstSequence() {
        return appended - size;
    }

    /** The line with this sequence number, which must still be kept. */
    public LogLine bySequence(long sequence) {
        return get(indexOf(sequence));
    }

    /** The index of the line with this sequence number, or -1 if it was dropped or is not appended yet. */
    public int indexOf(long sequence) {
        long index = sequence - firstSequence();
        return index < 0 || index >= size ? -1 : (int) index;
    }

    public void clear() {
        Arrays.fill(ring, null);
        head = 0;
        size = 0;
        appended = 0;
    }
}
