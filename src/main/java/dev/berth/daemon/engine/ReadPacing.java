package dev.berth.daemon.engine;

import java.util.concurrent.TimeUnit;

/**
 * How long a stream's reader rests after a read, so that a flood wakes it a few thousand times a second rather than
 * once per line. The engine writes every log line as a write and an HTTP chunk of its own, and a reader that keeps up
 * waits for each one: a wake-up per line, much of the reader's CPU spent in the kernel, and the engine's writer
 * woken as often. After a read that had to wait, a rest lets the next lines gather, and the reads after it take
 * them from the socket at once.
 * <p>
 * The rest is short ({@value #MAX_REST_MICROS} µs at most) and shrinks with the rate, so that about
 * {@value #FRAMES_PER_REST} lines gather in it: the engine's socket holds only a few dozen small writes, and a rest
 * that lets it fill makes the engine wait, and the view receives fewer lines (docs/performance.md).
 * A read that found data waiting is not followed by a rest, so a reader that is behind reads on at full speed; a
 * trickle's lines are each delayed by the rest at most. Not thread-safe: one per reader.
 */
public final class ReadPacing {
    static final long MAX_REST_MICROS = 250;
    static final int FRAMES_PER_REST = 16;
    private static final long MAX_REST_NANOS = TimeUnit.MICROSECONDS.toNanos(MAX_REST_MICROS);
    /** A read that took longer than this waited for the engine (a read from the socket's buffer takes a few µs). */
    private static final long WAITED_NANOS = TimeUnit.MICROSECONDS.toNanos(30);
    private static final long RATE_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private long windowStart = Long.MIN_VALUE;
    private int readsInWindow;
    /** Reads per second in the last whole window; 0 until one has passed. */
    private double readsPerSecond;

    /**
     * @param startedNanos when the read began ({@link System#nanoTime()})
     * @param endedNanos   when it returned
     * @return how long to rest before the next read, in nanoseconds; 0 for none
     */
    public long restAfter(long startedNanos, long endedNanos) {
        if (windowStart == Long.MIN_VALUE) {
            windowStart = startedNanos;
        }
        readsInWindow++;
        long windowLength = endedNanos - windowStart;
        if (windowLength >= RATE_WINDOW_NANOS) {
            readsPerSecond = readsInWindow * 1e9 / windowLength;
            windowStart = endedNanos;
            readsInWindow = 0;
        }
        if (endedNanos - startedNanos < WAITED_NANOS || readsPerSecond == 0) {
            return 0;
        }
        return (long) Math.min(MAX_REST_NANOS, FRAMES_PER_REST * 1e9 / readsPerSecond);
    }
}
