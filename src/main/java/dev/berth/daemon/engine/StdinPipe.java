package dev.berth.daemon.engine;

import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;

/**
 * The stdin of an exec: {@link #write} queues bytes (from any thread, never blocking: keys are small and a user
 * types slowly), docker-java's hijack thread reads them and sends them to the engine; {@link #close()} ends the
 * input, so that thread finishes.
 * <p>
 * Not {@link java.io.PipedInputStream}: that one fails with "write end dead" when the thread that last wrote has
 * ended (a pool thread that timed out, the FX thread at shutdown), and blocks writers when its buffer is full.
 */
public final class StdinPipe extends InputStream {
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private int position; // in chunks.peekFirst()
    private boolean closed;

    /** Queues a copy of {@code bytes}; after {@link #close()} they are dropped. */
    public synchronized void write(byte[] bytes) {
        if (closed || bytes.length == 0) {
            return;
        }
        chunks.addLast(bytes.clone());
        notifyAll();
    }

    @Override
    public synchronized int read() throws InterruptedIOException {
        if (!awaitInput()) {
            return -1;
        }
        byte[] head = chunks.peekFirst();
        int value = head[position++] & 0xff;
        dropIfUsed(head);
        return value;
    }

    @Override
    public synchronized int read(byte[] into, int offset, int length) throws InterruptedIOException {
        if (length == 0) {
            return 0;
        }
        if (!awaitInput()) {
            return -1;
        }
        int copied = 0;
        while (copied < length && !chunks.isEmpty()) {
            byte[] head = chunks.peekFirst();
            int count = Math.min(length - copied, head.length - position);
            System.arraycopy(head, position, into, offset + copied, count);
            position += count;
            copied += count;
            dropIfUsed(head);
        }
        return copied;
    }

    @Override
    public synchronized int available() {
        return chunks.stream().mapToInt(chunk -> chunk.length).sum() - position;
    }

    /** Ends the input: a waiting reader gets end-of-stream, queued bytes are dropped. */
    @Override
    public synchronized void close() {
        closed = true;
        chunks.clear();
        position = 0;
        notifyAll();
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Waits for bytes; false at end of input. Guarded by this. */
    private boolean awaitInput() throws InterruptedIOException {
        while (chunks.isEmpty() && !closed) {
            try {
                wait();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("stdin of the exec closed");
            }
        }
        return !chunks.isEmpty();
    }

    private void dropIfUsed(byte[] head) {
        if (position == head.length) {
            chunks.removeFirst();
            position = 0;
        }
    }
}
