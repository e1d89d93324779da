package dev.berth.terminal.view;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a paint at most once per frame, and only when asked for: a request from any thread starts an
 * {@link AnimationTimer}, which paints at the next pulse and stops itself at the first pulse with nothing asked, so
 * an idle terminal costs no CPU and a flood of output costs one paint per frame.
 */
final class FrameLoop {
    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AnimationTimer timer;

    FrameLoop(Runnable paint) {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (requested.getAndSet(false)) {
                    paint.run();
                    return;
                }
                stop();
                running.set(false);
                if (requested.get() && running.compareAndSet(false, true)) {
                    start(); // asked for between the check and the stop
                }
            }
        };
    }

    /** Asks for a paint at the next frame; any thread, as often as it likes. */
    void request() {
        requested.set(true);
        if (running.compareAndSet(false, true)) {
            if (Platform.isFxApplicationThread()) {
                timer.start();
            } else {
                Platform.runLater(timer::start);
            }
        }
    }

    /** Whether the timer runs (tests: it stops when nothing changes). */
    boolean isRunning() {
        return running.get();
    }
}
