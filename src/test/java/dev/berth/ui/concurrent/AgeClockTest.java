package dev.berth.ui.concurrent;

import dev.berth.testing.ManualScheduler;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;

import static dev.berth.testing.ManualScheduler.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgeClockTest {
    private final ManualScheduler scheduler = new ManualScheduler();
    /** What waits for the UI thread, run when the test says. */
    private final Queue<Runnable> uiQueue = new ArrayDeque<>();
    private final AgeClock clock = new AgeClock(scheduler, uiQueue::add, scheduler);

    private void runUi() {
        for (Runnable task = uiQueue.poll(); task != null; task = uiQueue.poll()) {
            task.run();
        }
    }

    @Test
    void withNoViewOnScreenNothingIsScheduledAndNowStands() {
        scheduler.advance(Duration.ofMinutes(5));

        assertThat(scheduler.pending()).isEmpty();
        assertThat(uiQueue).isEmpty();
        assertThat(clock.nowProperty().get()).isEqualTo(START);
    }

    @Test
    void theFirstViewShownBringsNowUpToDateAndEachTickHopsToTheUiOnce() {
        scheduler.advance(Duration.ofMinutes(5));

        clock.viewerShown();
        assertThat(clock.nowProperty().get()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(scheduler.pending()).containsExactly(AgeClock.TICK);

        scheduler.advance(AgeClock.TICK);
        assertThat(uiQueue).hasSize(1);
        assertThat(clock.nowProperty().get()).as("moves on the UI thread only")
                .isEqualTo(START.plus(Duration.ofMinutes(5)));
        runUi();
        assertThat(clock.nowProperty().get()).isEqualTo(START.plus(Duration.ofMinutes(5)).plus(AgeClock.TICK));
        assertThat(scheduler.pending()).containsExactly(AgeClock.TICK);
    }

    @Test
    void moreViewsShareOneTickAndTheLastOneHiddenStopsIt() {
        clock.viewerShown();
        clock.viewerShown();
        assertThat(scheduler.pending()).hasSize(1);

        clock.viewerHidden();
        assertThat(scheduler.pending()).hasSize(1);
        clock.viewerHidden();
        assertThat(scheduler.pending()).isEmpty();

        scheduler.advance(Duration.ofSeconds(10));
        runUi();
        assertThat(clock.nowProperty().get()).isEqualTo(START);
    }

    @Test
    void aTickOnItsWayToTheUiWhenTheLastViewIsHiddenDoesNothing() {
        clock.viewerShown();
        scheduler.advance(AgeClock.TICK);
        assertThat(uiQueue).hasSize(1);

        clock.viewerHidden();
        scheduler.advance(Duration.ofSeconds(3));
        runUi();

        assertThat(clock.nowProperty().get()).isEqualTo(START);
        assertThat(scheduler.pending()).isEmpty();
    }

    @Test
    void aViewShownAgainAfterAStaleTickKeepsOneTickGoing() {
        clock.viewerShown();
        scheduler.advance(AgeClock.TICK);
        clock.viewerHidden();
        clock.viewerShown(); // the tick of the first run still waits for the UI thread
        runUi();

        assertThat(clock.nowProperty().get()).isEqualTo(START.plus(AgeClock.TICK));
        assertThat(scheduler.pending()).containsExactly(AgeClock.TICK);
    }

    @Test
    void stoppedForGoodItSchedulesNothingMoreEvenForATickOnItsWayOrAViewShownLater() {
        clock.viewerShown();
        scheduler.advance(AgeClock.TICK);

        clock.stop();
        runUi();
        clock.viewerHidden();
        clock.viewerShown();

        assertThat(scheduler.pending()).isEmpty();
        assertThat(clock.nowProperty().get()).isEqualTo(START);
    }

    @Test
    void hidingAViewThatWasNotShownIsAMistake() {
        assertThatThrownBy(clock::viewerHidden).isInstanceOf(IllegalStateException.class);
    }
}
