package dev.berth.daemon.engine;

import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One engine read that everyone who asks for the same thing at about the same time shares: a burst of container
 * events has the Containers, Images, Volumes and Networks sections each ask for the container list, and at a
 * thousand containers each answer is megabytes to read and parse.
 * <p>
 * A read answers whoever asks while it is on its way, as long as no engine event has arrived and no new connection
 * was made since it started: what it answers is as new as anything they know of. Whoever asks after such a change
 * waits for the next read, which starts once the one on its way has ended; all of them share that one too. So there
 * is at most one read on its way and one waiting, and every answer was read after the last event its asker had
 * seen. Answers may complete on any thread, the asker's own included: whatever takes a long time with them belongs
 * on an executor of its own.
 */
public final class SharedRead<T> {
    private final Supplier<CompletableFuture<T>> read;
    private final LongSupplier changes;
    private CompletableFuture<T> onItsWay;
    private long changesAtStart;
    private CompletableFuture<T> next;

    /**
     * @param read    starts a read
     * @param changes a count that grows with every engine event (before any listener hears of it) and every new
     *                connection: a read is shared only while it stays the same
     */
    public SharedRead(Supplier<CompletableFuture<T>> read, LongSupplier changes) {
        this.read = read;
        this.changes = changes;
    }

    /** An answer read after every event seen so far; each asker gets a future of its own to compose or cancel. */
    public synchronized CompletableFuture<T> get() {
        if (onItsWay != null && changesAtStart == changes.getAsLong()) {
            return onItsWay.copy();
        }
        if (onItsWay == null) {
            CompletableFuture<T> answer = new CompletableFuture<>();
            start(answer);
            return answer.copy();
        }
        if (next == null) {
            next = new CompletableFuture<>();
        }
        return next.copy();
    }

    private void start(CompletableFuture<T> answer) {
        onItsWay = answer;
        changesAtStart = changes.getAsLong();
        CompletableFuture<T> reading;
        try {
            reading = read.get();
        } catch (RuntimeException refused) {
            reading = CompletableFuture.failedFuture(refused);
        }
        reading.whenComplete((value, failure) -> {
            ended();
            if (failure != null) {
                answer.completeExceptionally(failure);
            } else {
                answer.complete(value);
            }
        });
    }

    private synchronized void ended() {
        onItsWay = null;
        if (next != null) {
            CompletableFuture<T> waiting = next;
            next = null;
            start(waiting);
        }
    }
}
