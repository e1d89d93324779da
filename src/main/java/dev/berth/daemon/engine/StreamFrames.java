package dev.berth.daemon.engine;

import dev.berth.daemon.logs.LogLine;

/**
 * Splits the body of a container's output stream ({@code /logs}, {@code /attach}) into payloads, as the engine sends
 * it: a container without a TTY multiplexes stdout and stderr in frames of an 8-byte header
 * ({@code [type, 0, 0, 0, size as a big-endian uint32]}) and a payload; a TTY's output is one raw stream, which is
 * stdout. Like docker-java, a frame that starts with no stream type (0 stdin, 1 stdout, 2 stderr) means raw output
 * from there on: with timestamps a TTY's log starts with a digit, never with those bytes.
 * <p>
 * Fed the body in reads of any size, which cut headers and payloads anywhere; each payload piece is handed on as a
 * range of the read's own array, read only during the call, so nothing is copied. stdin frames (never sent for
 * output) are skipped. Not thread-safe: one per stream, fed by its reader.
 */
public final class StreamFrames {
    private static final int HEADER = 8;

    /** Where the payloads go: {@code bytes[from, to)} of one stream, read only during the call. */
    public interface Payloads {
        void payload(LogLine.Source source, byte[] bytes, int from, int to);
    }

    private final byte[] header = new byte[HEADER];
    private int headerRead;
    /** The current frame's stream, null for stdin; undefined while a header is read. */
    private LogLine.Source source;
    private long payloadLeft;
    private boolean raw;

    public void feed(byte[] bytes, int from, int to, Payloads out) {
        int at = from;
        while (at < to) {
            if (raw) {
                out.payload(LogLine.Source.STDOUT, bytes, at, to);
                return;
            }
            if (payloadLeft > 0) {
                int end = (int) Math.min(to, at + payloadLeft);
                if (source != null) {
                    out.payload(source, bytes, at, end);
                }
                payloadLeft -= end - at;
                at = end;
                continue;
            }
            if (headerRead == 0 && (bytes[at] < 0 || bytes[at] > 2)) {
                raw = true;
                continue;
            }
            int take = Math.min(HEADER - headerRead, to - at);
            System.arraycopy(bytes, at, header, headerRead, take);
            headerRead += take;
            at += take;
            if (headerRead == HEADER) {
                headerRead = 0;
                source = switch (header[0]) {
                    case 1 -> LogLine.Source.STDOUT;
                    case 2 -> LogLine.Source.STDERR;
                    default -> null;
                };
                payloadLeft = ((header[4] & 0xFFL) << 24) | ((header[5] & 0xFF) << 16) | ((header[6] & 0xFF) << 8)
                        | (header[7] & 0xFF);
            }
        }
    }
}
