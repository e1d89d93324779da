package dev.berth.ui.concurrent;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.Executor;

/**
 * The one "now" that every age on screen is read against ("5 minutes ago", "Up 3 seconds"), so that a table and the
 * details beside it say the same. It moves only while a view that shows ages is on screen: each tick waits on the
 * scheduler, off the UI thread, and hops to the UI thread once; with no such view nothing is scheduled at all.
 * Everything but the scheduled wait happens on the UI thread.
 */
public final class AgeClock {
    /**
     * How often ages move on. The finest age shown is in seconds ("14 seconds ago"), but rows started over a few
     * seconds turn their "5 minutes" into "6 minutes" one second after another, each a pulse and a repaint of the
     * window; ticking every three seconds makes them turn together, so the window repaints for ages at most once
     * in three seconds, and a count of seconds is at most that far behind.
     */
    public static final Duration TICK = Duration.ofSeconds(3);

    private final Scheduler scheduler;
    private final Executor ui;
    private final InstantSource time;
    private final ReadOnlyObjectWrapper<Instant> now;
    private int viewers;
    /** Counts starts and stops, so that a tick scheduled before a stop does nothing when it arrives. */
    private long run;
    private Scheduler.Cancellable nextTick;
    private boolean stopped;

    public AgeClock(Scheduler scheduler, Executor ui, InstantSource time) {
        this.scheduler = scheduler;
        this.ui = ui;
        this.time = time;
        this.now = new ReadOnlyObjectWrapper<>(this, "now", time.instant());
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    /** Keeps the clock moving while {@code view} is visible in a showing window. */
    public void tickWhileShown(Node view) {
        ObservableValue<Boolean> inShowingWindow = view.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false);
        Viewer viewer = new Viewer();
        inShowingWindow.subscribe(showing -> viewer.shown(showing && view.isVisible()));
        view.visibleProperty().subscribe(visible -> viewer.shown(visible && inShowingWindow.getValue()));
    }

    /** A view that shows ages came on screen: the first one brings now up to date and starts the ticks. */
    void viewerShown() {
        if (viewers++ == 0 && !stopped) {
            run++;
            now.set(time.instant());
            scheduleTick(run);
        }
    }

    /** A view that shows ages left the screen: after the last one, no tick is scheduled. */
    void viewerHidden() {
        if (viewers == 0) {
            throw new IllegalStateException("more views hidden than shown");
        }
        if (--viewers == 0) {
            cancelTicks();
        }
    }

    /** Stops the clock for good, as the window closes and the scheduler with it; a tick on its way does nothing. */
    public void stop() {
        stopped = true;
        cancelTicks();
    }

    private void cancelTicks() {
        run++;
        if (nextTick != null) {
            nextTick.cancel();
            nextTick = null;
        }
    }

    private void scheduleTick(long of) {
        nextTick = scheduler.schedule(TICK, () -> ui.execute(() -> tick(of)));
    }

    private void tick(long of) {
        if (of == run) {
            now.set(time.instant());
            scheduleTick(of);
        }
    }

    /** Whether one view is counted among those on screen. */
    private final class Viewer {
        private boolean counted;

        void shown(boolean shown) {
            if (shown != counted) {
                counted = shown;
                if (shown) {
                    viewerShown();
                } else {
                    viewerHidden();
                }
            }
        }
    }
}
