package dev.berth.ui.concurrent;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns a burst of triggers into one run: the first trigger schedules {@code action} after {@code delay}; triggers
 * until then ride along. Safe to trigger from any thread.
 */
public final class Debouncer {
    private final ScheduledExecutorService timer;
    private final Duration delay;
    private final Runnable action;
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public Debouncer(ScheduledExecutorService timer, Duration delay, Runnable action) {
        this.timer = timer;
        this.delay = delay;
        this.action = action;
    }

    public void trigger() {
        if (scheduled.compareAndSet(false, true)) {
            timer.schedule(() -> {
                scheduled.set(false);
                action.run();
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
