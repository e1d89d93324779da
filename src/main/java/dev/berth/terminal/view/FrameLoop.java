package dev.berth.terminal.view;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Runs a paint at most once per frame, and only when asked for: a request from any thread starts an
 * {@link AnimationTimer}, which paints at the next pulse and stops itself at the first pulse with nothing asked, so
 * an idle terminal costs no CPU. A paint that redrew most of the screen (output pouring in and scrolling) lets the
 * next one wait {@link #AFTER_FULL_PAINT}: text rasterised in software costs the renderer more than a frame, and
 * the cores are better spent reading and parsing the flood; typing and echo, a row or two, still paint every frame.
 */
final class FrameLoop {
    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong pulses = new AtomicLong();
    static final long AFTER_FULL_PAINT = TimeUnit.MILLISECONDS.toNanos(50);
    private final AnimationTimer timer;
    private long nextPaint;

    /** @param paint paints; answers whether it redrew most of the screen */
    FrameLoop(BooleanSupplier paint) {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.incrementAndGet();
                if (now < nextPaint && requested.get()) {
                    return; // after a full paint: wait, still running
                }
                if (requested.getAndSet(false)) {
                    nextPaint = paint.getAsBoolean() ? now + AFTER_FULL_PAINT : 0;
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

    /** How many pulses the timer has run in (tests: a blink takes one or two, an animation every one). */
    long pulses() {
        return pulses.get();
    }

    /** Whether the timer runs (tests: it stops when nothing changes). */
    boolean isRunning() {
        return running.get();
    }
}
