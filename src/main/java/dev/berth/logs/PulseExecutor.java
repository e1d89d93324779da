package dev.berth.logs;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs tasks on the FX thread at the start of the next pulse, all that arrived since the previous one together.
 * Streams that hand their batches to this executor reach the UI at most once per frame, however fast they come,
 * so the list re-renders its rows once per frame rather than once per batch. It keeps the pulses coming only while
 * there is work; an idle view costs nothing. Thread-safe.
 */
public final class PulseExecutor implements Executor {
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean armed = new AtomicBoolean();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            runQueued();
        }
    };

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        if (armed.compareAndSet(false, true)) {
            Platform.runLater(timer::start);
        }
    }

    private void runQueued() {
        for (int due = tasks.size(); due > 0; due--) { // what tasks queue now waits for the next pulse
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
}
