package dev.berth.logs;

import dev.berth.daemon.logs.LogBatch;
import dev.berth.daemon.logs.LogLine;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The newest {@code capacity} lines of a log, in arrival order, in fixed arrays used as a ring: appending is O(1) per
 * line; once full, each new line drops the oldest, and {@link #dropped()} counts them. Every line ever appended has a
 * sequence number (0, 1, 2…) that stays the same while it moves from the end of the buffer towards its start, so
 * indexes built over the lines (search matches) only ever need their oldest entries trimmed. Not thread-safe: one
 * thread (the FX thread) owns it.
 * <p>
 * The lines are not kept as objects: each one's stream and time go into primitive arrays and its text, as UTF-8, into
 * large byte chunks, and {@link #get} makes the {@link LogLine} again when it is asked for (a screenful of rows, a
 * search, a save). A followed log keeps hundreds of thousands of lines that all outlive the garbage collector's young
 * generation, so as objects every young collection copied every line that came since the last one (the longest
 * pauses while a log poured in); chunks past half a G1 region are allocated in the old generation and never copied.
 * A line appended with {@link #appendPinned} is kept as the very object (gap markers are told apart by identity).
 */
public final class LogBuffer {
    public static final int DEFAULT_CAPACITY = 100_000;
    /** The largest text chunk; the first ones are smaller, so a short log costs little. */
    static final int CHUNK_BYTES = (1 << 20) - 1024; // one G1 region (1 MB at the app's heap) with its header
    private static final int FIRST_CHUNK_BYTES = 4 * 1024;
    private static final int FIRST_SLOTS = 1024;
    private static final long NO_TIME = Long.MIN_VALUE;
    private static final byte STDERR = 1;
    private static final byte PINNED = 2;

    private final int capacity;
    // One entry per slot of the ring; grown by doubling until they hold capacity slots (before the ring wraps).
    private long[] seconds;
    private int[] nanos;
    private byte[] flags;
    private int[] chunkOf;
    private int[] offsets;
    private int[] lengths;
    /** The text chunks still holding kept lines, oldest first; the first is number {@link #firstChunk}. */
    private final List<Chunk> chunks = new ArrayList<>();
    private int firstChunk;
    /**
     * The array of the last full-size chunk whose lines were all dropped, and that no frozen list shares: the next
     * chunk reuses it. So a full buffer that goes on taking lines allocates no more chunks, and its garbage collector
     * is not asked for a region-sized array (each of which starts a young collection) every 10,000 lines.
     */
    private byte[] spare;
    /** Chunk arrays allocated since creation, for tests and accounting. */
    private long chunkArrays;
    /** The lines kept as objects, by sequence number. */
    private final Map<Long, LogLine> pinned = new HashMap<>();
    /** Where the oldest kept line is in the ring. */
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
        this.capacity = capacity;
        allocateSlots(Math.min(capacity, FIRST_SLOTS));
    }

    /**
     * Appends the lines in order. Their text is copied as a {@link LogBatch} holds it, a run of lines at a time; a
     * plain list is encoded first (the gateway's streams hand over batches already encoded, off the FX thread).
     */
    public void append(List<LogLine> batch) {
        append(batch instanceof LogBatch encoded ? encoded : LogBatch.of(batch));
    }

    public void append(LogLine line) {
        append(List.of(line));
    }

    private void append(LogBatch batch) {
        int n = batch.size();
        int line = 0;
        while (line < n) {
            Chunk chunk = chunkFor(batch.textLength(line)); // the newest chunk: dropping lines never lets it go
            int number = firstChunk + chunks.size() - 1;
            int from = line;
            int used = chunk.used;
            do {
                int length = batch.textLength(line);
                if (line > from && chunk.bytes.length - used < length) {
                    break; // the rest go into a new chunk
                }
                int slot = nextSlot();
                chunkOf[slot] = number; // chunk numbers stay put while older chunks go
                offsets[slot] = used;
                lengths[slot] = length;
                used += length;
                chunk.lines++;
                store(slot, batch.hasTime(line) ? batch.epochSecond(line) : NO_TIME, batch.nano(line),
                        batch.isStderr(line) ? STDERR : 0);
                line++;
            } while (line < n);
            batch.copyText(from, line, chunk.bytes, chunk.used);
            chunk.used = used;
        }
    }

    /** Appends a line that {@link #get} answers as this very object (a gap marker, told apart by identity). */
    public void appendPinned(LogLine line) {
        Objects.requireNonNull(line, "line");
        int slot = nextSlot();
        chunkOf[slot] = -1;
        pinned.put(appended, line);
        Instant time = line.time();
        store(slot, time == null ? NO_TIME : time.getEpochSecond(), time == null ? 0 : time.getNano(),
                PINNED | (line.source() == LogLine.Source.STDERR ? STDERR : 0));
    }

    private void store(int slot, long epochSecond, int nano, int flag) {
        seconds[slot] = epochSecond;
        nanos[slot] = nano;
        flags[slot] = (byte) flag;
        appended++;
    }

    /** The slot for the next line: a new one, or the oldest line's, which is dropped. */
    private int nextSlot() {
        if (size < capacity) {
            if (size == seconds.length) {
                allocateSlots(Math.min(capacity, 2 * size)); // not wrapped yet: slot i is line i
            }
            int slot = head + size;
            size++;
            return slot >= capacity ? slot - capacity : slot;
        }
        int slot = head;
        drop(slot, appended - capacity);
        head = head + 1 == capacity ? 0 : head + 1;
        return slot;
    }

    private void drop(int slot, long sequence) {
        if ((flags[slot] & PINNED) != 0) {
            pinned.remove(sequence);
            return;
        }
        chunks.get(chunkOf[slot] - firstChunk).lines--;
        while (chunks.size() > 1 && chunks.get(0).lines == 0) {
            Chunk gone = chunks.remove(0);
            firstChunk++;
            if (!gone.shared && gone.bytes.length == CHUNK_BYTES) {
                spare = gone.bytes;
            }
        }
    }

    /** The newest chunk if {@code bytes} fit in it, else a new one. */
    private Chunk chunkFor(int bytes) {
        Chunk last = chunks.isEmpty() ? null : chunks.get(chunks.size() - 1);
        if (last != null && last.bytes.length - last.used >= bytes) {
            return last;
        }
        int grown = last == null ? FIRST_CHUNK_BYTES : Math.min(CHUNK_BYTES, 2 * last.bytes.length);
        byte[] array;
        if (grown == CHUNK_BYTES && bytes <= CHUNK_BYTES && spare != null) {
            array = spare;
            spare = null;
        } else {
            array = new byte[Math.max(grown, bytes)];
            chunkArrays++;
        }
        Chunk chunk = new Chunk(array);
        chunks.add(chunk);
        return chunk;
    }

    private void allocateSlots(int slots) {
        seconds = seconds == null ? new long[slots] : Arrays.copyOf(seconds, slots);
        nanos = nanos == null ? new int[slots] : Arrays.copyOf(nanos, slots);
        flags = flags == null ? new byte[slots] : Arrays.copyOf(flags, slots);
        chunkOf = chunkOf == null ? new int[slots] : Arrays.copyOf(chunkOf, slots);
        offsets = offsets == null ? new int[slots] : Arrays.copyOf(offsets, slots);
        lengths = lengths == null ? new int[slots] : Arrays.copyOf(lengths, slots);
    }

    /** The line at {@code index}, 0 being the oldest kept line and {@code size() - 1} the newest. */
    public LogLine get(int index) {
        int slot = slot(index);
        if ((flags[slot] & PINNED) != 0) {
            return pinned.get(firstSequence() + index);
        }
        return line(flags[slot], seconds[slot], nanos[slot], chunks.get(chunkOf[slot] - firstChunk).bytes,
                offsets[slot], lengths[slot]);
    }

    /** Whether the line at {@code index} was appended with {@link #appendPinned}. */
    public boolean isPinned(int index) {
        return (flags[slot(index)] & PINNED) != 0;
    }

    /**
     * The lines at these indexes as they are now, for another thread to read: the list makes each line when asked,
     * and what the buffer appends or drops afterwards does not change it. Copying takes a few bytes per line (no
     * line is made here), so the FX thread can hand a whole buffer to a writer thread at once. Pinned lines are
     * answered as themselves.
     */
    public List<LogLine> freeze(int[] indexes) {
        Frozen frozen = new Frozen(indexes.length);
        for (int i = 0; i < indexes.length; i++) {
            int slot = slot(indexes[i]);
            frozen.seconds[i] = seconds[slot];
            frozen.nanos[i] = nanos[slot];
            frozen.flags[i] = flags[slot];
            if ((flags[slot] & PINNED) != 0) {
                frozen.pinned.put(i, pinned.get(firstSequence() + indexes[i]));
            } else {
                Chunk chunk = chunks.get(chunkOf[slot] - firstChunk);
                chunk.shared = true; // so never reused
                frozen.texts[i] = chunk.bytes;
                frozen.offsets[i] = offsets[slot];
                frozen.lengths[i] = lengths[slot];
            }
        }
        return frozen;
    }

    private int slot(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Line " + index + " of " + size);
        }
        int slot = head + index;
        return slot >= capacity ? slot - capacity : slot;
    }

    private static LogLine line(byte flags, long seconds, int nanos, byte[] text, int offset, int length) {
        Instant time = seconds == NO_TIME ? null : Instant.ofEpochSecond(seconds, nanos);
        return new LogLine((flags & STDERR) != 0 ? LogLine.Source.STDERR : LogLine.Source.STDOUT,
                new String(text, offset, length, StandardCharsets.UTF_8), time);
    }

    /** The newest line, or null while the buffer is empty. */
    public LogLine last() {
        return size == 0 ? null : get(size - 1);
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return capacity;
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

    /** Bytes of text kept in chunks (used or not), for tests and accounting. */
    long textBytes() {
        return chunks.stream().mapToLong(chunk -> chunk.bytes.length).sum();
    }

    /** How many chunk arrays were allocated since creation (reused ones count once), for tests and accounting. */
    long chunkArrays() {
        return chunkArrays;
    }

    public void clear() {
        chunks.clear();
        spare = null;
        firstChunk = 0;
        pinned.clear();
        seconds = null;
        nanos = null;
        flags = null;
        chunkOf = null;
        offsets = null;
        lengths = null;
        allocateSlots(Math.min(capacity, FIRST_SLOTS));
        head = 0;
        size = 0;
        appended = 0;
    }

    /** What {@link #freeze} answers: its own copy of each line's place, sharing the chunks (never reused). */
    private static final class Frozen extends AbstractList<LogLine> implements RandomAccess {
        final long[] seconds;
        final int[] nanos;
        final byte[] flags;
        final byte[][] texts;
        final int[] offsets;
        final int[] lengths;
        final Map<Integer, LogLine> pinned = new HashMap<>();

        Frozen(int count) {
            seconds = new long[count];
            nanos = new int[count];
            flags = new byte[count];
            texts = new byte[count][];
            offsets = new int[count];
            lengths = new int[count];
        }

        @Override
        public LogLine get(int index) {
            Objects.checkIndex(index, seconds.length);
            return texts[index] == null ? pinned.get(index)
                    : line(flags[index], seconds[index], nanos[index], texts[index], offsets[index], lengths[index]);
        }

        @Override
        public int size() {
            return seconds.length;
        }
    }

    /**
     * Text of consecutive lines; {@code lines} counts those still kept. {@code shared}: a frozen list reads it, so
     * its array is let go with it, never reused.
     */
    private static final class Chunk {
        final byte[] bytes;
        int used;
        int lines;
        boolean shared;

        Chunk(byte[] bytes) {
            this.bytes = bytes;
        }
    }
}
