package dev.berth.daemon.logs;

import dev.berth.daemon.engine.StreamFrames;
import java.time.Instant;
import java.util.Arrays;

/**
 * Turns the payloads of a log stream's frames into whole lines, each with its stream and time, handed to
 * {@link Lines} (a {@link LogBatch.Builder}) as bytes. It is fed the payloads as {@link StreamFrames} cuts them from
 * the reads (pieces that cut lines and UTF-8 sequences anywhere, in an array that is reused) and reads each one only
 * during the call.
 * <ul>
 *   <li>stdout and stderr each keep their own unfinished line; a TTY's raw stream is stdout;</li>
 *   <li>a line's bytes are collected first and handed out once, when its {@code \n} arrives: a {@code \n} byte is
 *       never part of a multi-byte UTF-8 sequence, so a sequence cut between frames is whole again by then. A line
 *       that is all ASCII is said to be so (its bytes are its UTF-8: most lines); any other is decoded by the
 *       receiver, where invalid UTF-8 becomes U+FFFD (the JDK's decoder replaces, it never throws);</li>
 *   <li>the engine's timestamp before each line is read into the line's time and removed;</li>
 *   <li>{@code \r\n} ends a line; of a line redrawn with lone {@code \r}s (a progress bar) only the text after the
 *       last one is kept, which is what a terminal ends up showing;</li>
 *   <li>a line the engine stored in 16 KiB pieces comes back with a timestamp before every piece (so does
 *       {@code docker logs -t}); those inner timestamps are removed, the line keeps its first one.</li>
 * </ul>
 * The common line (whole within one frame) is decoded straight from the frame; longer ones grow a buffer by
 * doubling, so a 1 MB line costs linear time. A line that goes on past {@value #MAX_LINE_BYTES} bytes is handed out
 * in parts of about that size (each with the time of its first piece), so an endless line cannot exhaust memory.
 * Not thread-safe: one decoder belongs to one stream's reader.
 */
final class LogDecoder {
    /**
     * The engine's log copier cuts a line longer than this into pieces ("partial messages") of exactly this size,
     * each stored with its own time.
     */
    static final int ENGINE_PIECE = 16 * 1024;
    /** The longest line handed out whole; longer ones come in parts. */
    static final int MAX_LINE_BYTES = 4 * 1024 * 1024;
    /** A timestamp and its space, as the engine writes them. */
    private static final int STAMP = LogTimestamps.FIXED_LENGTH + 1;
    /** An unfinished-line buffer grown past this is given back once its line is done. */
    private static final int KEPT_CAPACITY = 64 * 1024;

    /** Where a decoder hands its lines: the text is {@code bytes[from, to)}, read only during the call. */
    interface Lines {
        /** {@code wellFormed}: the bytes are UTF-8 as they are (the decoder says so for ASCII). */
        void line(LogLine.Source source, byte[] bytes, int from, int to, Instant time, boolean wellFormed);
    }

    private final LogTimestamps timestamps = new LogTimestamps();
    private final Pending stdout = new Pending(LogLine.Source.STDOUT);
    private final Pending stderr = new Pending(LogLine.Source.STDERR);

    /**
     * Decodes {@code length} bytes of one frame and adds the lines it completes to {@code out}.
     * The array is not kept: the caller may reuse it as soon as this returns.
     */
    void decode(LogLine.Source source, byte[] payload, int offset, int length, Lines out) {
        Pending pending = source == LogLine.Source.STDERR ? stderr : stdout;
        int end = offset + length;
        int lineStart = offset;
        boolean returns = false; // a \r since lineStart: only then is the line searched for one
        boolean ascii = true; // no byte of 0x80 or above since lineStart (bytes are signed: those are negative)
        for (int i = offset; i < end; i++) {
            byte b = payload[i];
            if (b > '\r') {
                continue; // almost every byte: one comparison
            }
            if (b == '\r') {
                returns = true;
            } else if (b == '\n') {
                if (pending.length == 0 && i - lineStart <= ENGINE_PIECE) {
                    line(pending.source, payload, lineStart, i, false, null, returns, ascii, out);
                } else {
                    hold(pending, payload, lineStart, i, out);
                    line(pending.source, pending.bytes, 0, pending.length, true, pending.continuedTime, true, false,
                            out);
                    pending.reset();
                }
                lineStart = i + 1;
                returns = false;
                ascii = true;
            } else if (b < 0) {
                ascii = false;
            }
        }
        if (lineStart < end) {
            hold(pending, payload, lineStart, end, out);
        }
    }

    /** Adds bytes to the unfinished line; hands out a part of it when it has grown past the limit. */
    private void hold(Pending pending, byte[] bytes, int from, int to, Lines out) {
        pending.append(bytes, from, to);
        while (pending.length > MAX_LINE_BYTES) {
            byte[] held = pending.bytes;
            // Best cut: where one of the engine's pieces begins, so the rest starts with its own timestamp.
            int cut = MAX_LINE_BYTES / (ENGINE_PIECE + STAMP) * (ENGINE_PIECE + STAMP);
            boolean atPiece = pending.continuedTime == null && timestamps.isFixedWithSpace(held, 0, pending.length)
                    && timestamps.isFixedWithSpace(held, cut, pending.length);
            if (!atPiece) {
                cut = MAX_LINE_BYTES;
                for (int back = 0; back < 3 && (held[cut] & 0xC0) == 0x80; back++) {
                    cut--; // not inside a UTF-8 sequence
                }
            }
            Instant partTime = line(pending.source, held, 0, cut, true, pending.continuedTime, true, false, out);
            pending.dropFirst(cut);
            pending.continuedTime = atPiece ? null : partTime;
        }
    }

    /** Hands out the unfinished lines, as when the stream has ended; stdout's comes first. */
    void flush(Lines out) {
        for (Pending pending : new Pending[] {stdout, stderr}) {
            if (pending.length > 0) {
                line(pending.source, pending.bytes, 0, pending.length, true, pending.continuedTime, true, false, out);
                pending.reset();
            }
        }
    }

    /** Bytes held for unfinished lines (both streams), for tests and accounting. */
    int pendingBytes() {
        return stdout.length + stderr.length;
    }

    /**
     * Hands out one line from {@code bytes[from, to)} (no {@code \n}); answers its time. {@code owned}: the bytes
     * are the decoder's own buffer, which may be rearranged in place. {@code continuedTime}: the line is the rest of
     * a longer one, without a timestamp of its own; null for a line that starts with one. {@code returns}: it may
     * hold a {@code \r}. {@code ascii}: it holds no byte of 0x80 or above.
     */
    private Instant line(LogLine.Source source, byte[] bytes, int from, int to, boolean owned, Instant continuedTime,
                         boolean returns, boolean ascii, Lines out) {
        Instant time = continuedTime;
        int textStart = from;
        if (continuedTime == null) {
            time = timestamps.read(bytes, from, to);
            textStart = timestamps.textStart();
        }
        if (owned && time != null && to - textStart > ENGINE_PIECE) {
            to = removeInnerTimestamps(bytes, textStart, to);
        }
        int textEnd = to;
        while (textEnd > textStart && bytes[textEnd - 1] == '\r') {
            textEnd--;
        }
        for (int i = returns ? textEnd - 1 : textStart - 1; i >= textStart; i--) {
            if (bytes[i] == '\r') {
                textStart = i + 1;
                break;
            }
        }
        out.line(source, bytes, textStart, textEnd, time, ascii);
        return time;
    }

    /**
     * Removes the timestamps the engine put before each 16 KiB piece of a long line, in place; answers the new end.
     * Only a timestamp exactly at a piece boundary counts, so text that merely looks like one stays.
     */
    private int removeInnerTimestamps(byte[] bytes, int textStart, int to) {
        int read = textStart + ENGINE_PIECE;
        int write = read;
        while (read < to && timestamps.isFixedWithSpace(bytes, read, to)) {
            read += STAMP;
            int piece = Math.min(ENGINE_PIECE, to - read);
            System.arraycopy(bytes, read, bytes, write, piece);
            read += piece;
            write += piece;
        }
        if (read < to) {
            // A piece boundary without a timestamp: the rest is not the engine's pieces; keep it as it is.
            System.arraycopy(bytes, read, bytes, write, to - read);
            write += to - read;
        }
        return write;
    }

    /** The unfinished line of one stream. */
    private static final class Pending {
        final LogLine.Source source;
        byte[] bytes = new byte[256];
        int length;
        /** The time of the line this one continues (it was too long to hand out whole), or null. */
        Instant continuedTime;

        Pending(LogLine.Source source) {
            this.source = source;
        }

        void append(byte[] from, int start, int end) {
            int count = end - start;
            if (length + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
            }
            System.arraycopy(from, start, bytes, length, count);
            length += count;
        }

        void dropFirst(int count) {
            System.arraycopy(bytes, count, bytes, 0, length - count);
            length -= count;
        }

        void reset() {
            length = 0;
            continuedTime = null;
            if (bytes.length > KEPT_CAPACITY) {
                bytes = new byte[256];
            }
        }
    }
}
