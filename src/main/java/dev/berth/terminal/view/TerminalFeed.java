package dev.berth.terminal.view;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Hands a process's output to the emulator off the FX thread: chunks queue here and one task at a time on
 * {@code executor} parses them (the emulator locks itself a slice at a time, so the renderer's snapshot never waits
 * for more than one slice); reading the connection and parsing overlap. At most {@code maxPending} bytes
 * wait: beyond that {@link #accept} blocks its caller (the engine stream's own thread), which stops reading the
 * connection, so a flood of output slows the process down instead of filling the memory.
 */
public final class TerminalFeed {
    private final Consumer<byte[]> parse;
    private final Executor executor;
    private final int maxPending;
    // Guarded by this.
    private final ArrayDeque<byte[]> pending = new ArrayDeque<>();
    private long pendingBytes;
    private boolean draining;
    private boolean closed;

    /** @param parse feeds one chunk to the emulator, which tells its listener what changed */
    public TerminalFeed(Consumer<byte[]> parse, Executor executor, int maxPending) {
        this.parse = parse;
        this.executor = executor;
        this.maxPending = maxPending;
    }

    /** Queues a chunk (not copied: the caller hands it over); blocks while too much waits. */
    public void accept(byte[] chunk) {
        boolean start;
        synchronized (this) {
            while (pendingBytes >= maxPending && !closed) {
                try {
                    wait();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (closed || chunk.length == 0) {
                return;
            }
            pending.addLast(chunk);
            pendingBytes += chunk.length;
            start = !draining;
            draining = true;
        }
        if (start) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            byte[] chunk;
            synchronized (this) {
                chunk = pending.pollFirst();
                if (chunk == null) {
                    draining = false;
                    break;
                }
                pendingBytes -= chunk.length;
                notifyAll();
            }
            parse.accept(chunk);
        }
    }

    /** Waiting output is dropped and a blocked caller returns. */
    public synchronized void close() {
        closed = true;
        pending.clear();
        pendingBytes = 0;
        notifyAll();
    }

    /** Bytes waiting to be parsed. */
    public synchronized long pendingBytes() {
        return pendingBytes;
    }
}
