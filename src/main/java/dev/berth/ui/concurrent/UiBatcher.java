package dev.berth.ui.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Carries items from any thread to the UI thread in batches: however many arrive before the UI thread gets to
 * them, they cost one hop ({@code Platform.runLater}), not one each.
 */
public final class UiBatcher<T> {
    private final Executor ui;
    private final Consumer<List<T>> onBatch;
    private final Queue<T> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();

    public UiBatcher(Executor ui, Consumer<List<T>> onBatch) {
        this.ui = ui;
        this.onBatch = onBatch;
    }

    /** Safe from any thread. */
    public void add(T item) {
        pending.add(item);
        if (drainScheduled.compareAndSet(false, true)) {
            ui.execute(this::flush);
        }
    }

    /** Hands over what is waiting now; on the UI thread (e.g. before reporting that the stream ended). */
    public void flush() {
        drainScheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T item = pending.poll(); item != null; item = pending.poll()) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            onBatch.accept(batch);
        }
    }
}
