package dev.berth.terminal.view;

import javafx.application.Platform;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The cursor's blink: while started, a tick on the FX thread every 530 ms, sent from a timer thread. A JavaFX
 * animation would do the same but keep the toolkit pulsing at every frame in between, so a focused console at rest
 * would cost CPU all the time; this costs two short turns of the FX thread a second. The timer's one thread ends
 * when no cursor has blinked for a while.
 */
final class CursorBlink {
    private static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "terminal-cursor-blink");
        thread.setDaemon(true);
        return thread;
    });

    static {
        TIMER.setKeepAliveTime(10, TimeUnit.SECONDS);
        TIMER.allowCoreThreadTimeOut(true);
        TIMER.setRemoveOnCancelPolicy(true);
    }

    /** xterm's blink rate. */
    private static final long PERIOD_NANOS = Duration.ofMillis(530).toNanos();

    private final Runnable tick;
    // FX thread only.
    private ScheduledFuture<?> ticks;

    /** @param tick runs on the FX thread at every period while started */
    CursorBlink(Runnable tick) {
        this.tick = tick;
    }

    void start() {
        if (ticks == null) {
            ScheduledFuture<?>[] started = new ScheduledFuture<?>[1];
            started[0] = TIMER.scheduleAtFixedRate(() -> Platform.runLater(() -> {
                if (ticks == started[0]) { // not stopped (or stopped and started again) since it was sent
                    tick.run();
                }
            }), PERIOD_NANOS, PERIOD_NANOS, TimeUnit.NANOSECONDS);
            ticks = started[0];
        }
    }

    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
            ticks = null;
        }
    }

    boolean isRunning() {
        return ticks != null;
    }
}
