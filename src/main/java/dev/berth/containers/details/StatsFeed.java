package dev.berth.containers.details;

import dev.berth.daemon.ContainerOperations;
import dev.berth.daemon.StatsSample;
import dev.berth.daemon.Subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One open stats stream. Samples arrive on the gateway's thread; they are queued and handed to the UI in batches:
 * one hop onto {@code ui} drains whatever has arrived since the last, never one hop per sample. Nothing is handed
 * over after {@link #close()}, so a late sample of the previous container cannot reach the charts.
 */
final class StatsFeed implements AutoCloseable {
    private final String containerId;
    private final Executor ui;
    private final Consumer<List<StatsSample>> onBatch;
    private final Queue<StatsSample> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private volatile boolean closed;
    private final Subscription subscription;

    StatsFeed(ContainerOperations containers, String containerId, Executor ui, Consumer<List<StatsSample>> onBatch,
              Consumer<Throwable> onEnd) {
        this.containerId = containerId;
        this.ui = ui;
        this.onBatch = onBatch;
        this.subscription = containers.stats(containerId, this::arrived, failure -> ui.execute(() -> {
            if (!closed) {
                onEnd.accept(failure);
            }
        }));
    }

    String containerId() {
        return containerId;
    }

    private void arrived(StatsSample sample) {
        if (closed) {
            return;
        }
        pending.add(sample);
        if (drainScheduled.compareAndSet(false, true)) {
            ui.execute(this::drain);
        }
    }

    private void drain() {
        drainScheduled.set(false);
        List<StatsSample> batch = new ArrayList<>();
        for (StatsSample sample = pending.poll(); sample != null; sample = pending.poll()) {
            batch.add(sample);
        }
        if (!closed && !batch.isEmpty()) {
            onBatch.accept(batch);
        }
    }

    @Override
    public void close() {
        closed = true;
        pending.clear();
        subscription.close();
    }
}
