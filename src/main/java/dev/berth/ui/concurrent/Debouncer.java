package dev.berth.ui.concurrent;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns a burst of triggers into one run: the first trigger schedules {@code action} after {@code delay}; triggers
 * until then ride along. Safe to trigger from any thread.
 */
public final class Debouncer {
    private final Scheduler scheduler;
    private final Duration delay;
    private final Runnable action;
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public Debouncer(Scheduler scheduler, Duration delay, Runnable action) {
        this.scheduler = scheduler;
        this.delay = delay;
        this.action = action;
    }

    public void trigger() {
        if (scheduled.compareAndSet(false, true)) {
            scheduler.schedule(delay, () -> {
                scheduled.set(false);
                action.run();
            });
        }
    }
}
