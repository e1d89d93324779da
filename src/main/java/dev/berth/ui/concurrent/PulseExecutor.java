package dev.berth.ui.concurrent;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs tasks on the FX thread with the pulses, all that arrived since the previous run together: after the next
 * pulse, or, with a minimum interval, after the first pulse at least that long after the previous run. Streams that
 * hand their batches to this executor reach the UI at most once per frame (or per interval), however fast they come,
 * so a list re-renders its rows once per run rather than once per batch; a task that comes after a quiet spell runs
 * at the next pulse. It keeps the pulses coming only while there is work, and one that comes within the interval
 * of the last run waits it out off the FX thread; an idle view costs nothing. Thread-safe.
 * <p>
 * The tasks run in an event of their own right after the pulse that let them, not inside it: the lists they change
 * are laid out at the next pulse, so a refresh is two shorter turns of the FX thread rather than one long one, and
 * whatever else waits for the thread (a key press, a click) gets in between (docs/performance.md has the figures).
 */
public final class PulseExecutor implements Executor {
    /**
     * How often a followed log shows what arrived: ten times a second looks live, and a log that pours out
     * thousands of lines a second then re-renders its rows a sixth as often as it would at every frame.
     */
    public static final Duration FEED_INTERVAL = Duration.ofMillis(100);

    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean armed = new AtomicBoolean();
    private final Gate gate;
    /** A run is posted and has not started yet (FX thread only): a slow run is not posted again meanwhile. */
    private boolean runPosted;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (!runPosted && gate.open(now)) {
                runPosted = true;
                Platform.runLater(PulseExecutor.this::runQueued); // after this pulse: see the class comment
            }
        }
    };

    /** Runs what arrived at every pulse. */
    public PulseExecutor() {
        this(Duration.ZERO);
    }

    /** Runs what arrived at most once per {@code interval}. */
    public PulseExecutor(Duration interval) {
        gate = new Gate(interval.toNanos());
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        if (armed.compareAndSet(false, true)) {
            // within the interval of the last run, wait it out off the FX thread: a timer started now would pulse
            // the window at frame rate with nothing to show until then (an event feed while its section is hidden)
            long wait = gate.waitBefore(System.nanoTime());
            Executor start = wait > 0 ? CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS) : Runnable::run;
            start.execute(() -> Platform.runLater(timer::start));
        }
    }

    private void runQueued() {
        runPosted = false;
        for (int due = tasks.size(); due > 0; due--) { // what tasks queue now waits for the next run
            Runnable task = tasks.poll();
            if (task == null) {
                break;
            }
            try {
                task.run();
            } catch (RuntimeException | Error failed) {
                Thread current = Thread.currentThread();
                current.getUncaughtExceptionHandler().uncaughtException(current, failed);
            }
        }
        if (tasks.isEmpty()) {
            timer.stop();
            armed.set(false);
            if (!tasks.isEmpty() && armed.compareAndSet(false, true)) { // one came in while stopping
                timer.start();
            }
        }
    }

    /** Whether a pulse may run the queue: the first one always, later ones once the interval has passed. */
    public static final class Gate {
        private final long intervalNanos;
        private volatile boolean ran;
        private volatile long lastRun;

        public Gate(long intervalNanos) {
            this.intervalNanos = intervalNanos;
        }

        /** @param now the pulse's time in nanoseconds; true (and remembered as the last run) if it may run */
        public boolean open(long now) {
            if (ran && now - lastRun < intervalNanos) {
                return false;
            }
            ran = true;
            lastRun = now;
            return true;
        }

        /** @param now in nanoseconds, on the pulses' clock; how long until a pulse may run the queue (0: now) */
        public long waitBefore(long now) {
            return ran ? Math.max(0, lastRun + intervalNanos - now) : 0;
        }
    }
}
