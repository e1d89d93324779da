package dev.berth.ui.concurrent;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task once after a delay, on the scheduler's own thread (never the UI thread). The one way UI code waits
 * on time, so that a test can hand it a scheduler whose time it advances itself.
 */
public interface Scheduler {

    /** Runs {@code task} once {@code delay} has passed, unless cancelled first. */
    Cancellable schedule(Duration delay, Runnable task);

    /** A scheduled task that has not run yet. */
    interface Cancellable {
        /** The task does not run, unless it already started. */
        void cancel();
    }

    /** A scheduler whose tasks run on {@code executor}'s threads, at real time. */
    static Scheduler on(ScheduledExecutorService executor) {
        return (delay, task) -> {
            Future<?> scheduled = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> scheduled.cancel(false);
        };
    }
}
