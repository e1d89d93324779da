package dev.berth.testing;

import dev.berth.ui.concurrent.Scheduler;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A scheduler whose time moves only when a test calls {@link #advance}: the tasks that fall due run then, on the
 * test's thread, in the order of their times (and, at the same time, in the order they were scheduled). Its time
 * is also an {@link InstantSource}, starting at {@link #START}. Tasks may be scheduled from any thread.
 */
public final class ManualScheduler implements Scheduler, InstantSource {
    public static final Instant START = Instant.parse("2026-01-01T12:00:00Z");

    private record Task(Duration at, long order, Runnable action) {
    }

    private final PriorityQueue<Task> queue = new PriorityQueue<>(
            Comparator.comparing(Task::at).thenComparingLong(Task::order));
    private Duration elapsed = Duration.ZERO;
    private long scheduled;

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable action) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a negative delay: " + delay);
        }
        Task task = new Task(elapsed.plus(delay), scheduled++, action);
        queue.add(task);
        return () -> {
            synchronized (this) {
                queue.remove(task);
            }
        };
    }

    /**
     * Moves time on by {@code by}, running every task that falls due meanwhile at its own time, including those
     * that the tasks schedule themselves.
     */
    public void advance(Duration by) {
        Duration until;
        synchronized (this) {
            until = elapsed.plus(by);
        }
        for (Task next = takeDue(until); next != null; next = takeDue(until)) {
            next.action().run();
        }
        synchronized (this) {
            elapsed = until;
        }
    }

    private synchronized Task takeDue(Duration until) {
        Task next = queue.peek();
        if (next == null || next.at().compareTo(until) > 0) {
            return null;
        }
        elapsed = next.at();
        return queue.poll();
    }

    /** The delays, from now, of the tasks still waiting, soonest first. */
    public synchronized List<Duration> pending() {
        List<Task> waiting = new ArrayList<>(queue);
        waiting.sort(queue.comparator());
        return waiting.stream().map(task -> task.at().minus(elapsed)).toList();
    }

    @Override
    public synchronized Instant instant() {
        return START.plus(elapsed);
    }
}
