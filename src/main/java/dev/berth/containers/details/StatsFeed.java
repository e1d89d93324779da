package dev.berth.containers.details;

import dev.berth.daemon.Subscription;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.containers.StatsSample;
import dev.berth.ui.concurrent.UiBatcher;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * One open stats stream. Samples arrive on the gateway's thread; they are queued and handed to the UI in batches:
 * one hop onto {@code ui} drains whatever has arrived since the last, never one hop per sample. Nothing is handed
 * over after {@link #close()}, so a late sample of the previous container cannot reach the charts.
 */
final class StatsFeed implements AutoCloseable {
    private final String containerId;
    private final UiBatcher<StatsSample> toUi;
    private volatile boolean closed;
    private final Subscription subscription;

    StatsFeed(ContainerOperations containers, String containerId, Executor ui, Consumer<List<StatsSample>> onBatch,
              Consumer<Throwable> onEnd) {
        this.containerId = containerId;
        this.toUi = new UiBatcher<>(ui, batch -> {
            if (!closed) {
                onBatch.accept(batch);
            }
        });
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
        if (!closed) {
            toUi.add(sample);
        }
    }

    @Override
    public void close() {
        closed = true;
        subscription.close();
    }
}
