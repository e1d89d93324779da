package dev.berth.logs;

import dev.berth.daemon.ContainerOperations;
import dev.berth.daemon.LogLine;
import dev.berth.daemon.LogRequest;
import dev.berth.daemon.Subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One open log stream. Batches arrive on the gateway's thread and are queued; a single hop onto {@code ui} drains
 * everything that has arrived since the previous hop, so a flood of lines costs a few hops per frame, never one per
 * line. The end of the stream is handed over after the last lines. Nothing is handed over after {@link #close()}.
 */
final class LogFeed implements AutoCloseable {
    private final Executor ui;
    private final Consumer<List<LogLine>> onBatch;
    private final Queue<List<LogLine>> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private volatile boolean closed;
    private final Subscription subscription;

    LogFeed(ContainerOperations containers, String containerId, LogRequest request, Executor ui,
            Consumer<List<LogLine>> onBatch, Consumer<Throwable> onEnd) {
        this.ui = ui;
        this.onBatch = onBatch;
        this.subscription = containers.logs(containerId, request, this::arrived, failure -> {
            if (!closed) {
                ui.execute(() -> {
                    drain();
                    if (!closed) {
                        close(); // the stream is over; let go of it all the same
                        onEnd.accept(failure);
                    }
                });
            }
        });
        if (closed) { // it ended while being opened
            subscription.close();
        }
    }

    private void arrived(List<LogLine> lines) {
        if (closed || lines.isEmpty()) {
            return;
        }
        pending.add(lines);
        if (drainScheduled.compareAndSet(false, true)) {
            ui.execute(this::drain);
        }
    }

    private void drain() {
        drainScheduled.set(false);
        List<LogLine> first = pending.poll();
        if (first == null || closed) {
            return;
        }
        List<LogLine> next = pending.poll();
        if (next == null) {
            onBatch.accept(first);
            return;
        }
        List<LogLine> batch = new ArrayList<>(first.size() * 4);
        batch.addAll(first);
        for (; next != null; next = pending.poll()) {
            batch.addAll(next);
        }
        onBatch.accept(batch);
    }

    @Override
    public void close() {
        closed = true;
        pending.clear();
        if (subscription != null) { // null when the gateway ended the stream while it was being opened
            subscription.close();
        }
    }
}
