package dev.berth.testing;

import dev.berth.ui.concurrent.Scheduler;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ManualSchedulerTest {
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<String> ran = new ArrayList<>();

    @Test
    void tasksRunWhenTheirTimeIsReachedInTheOrderOfTheirTimes() {
        scheduler.schedule(Duration.ofMillis(30), () -> ran.add("30"));
        scheduler.schedule(Duration.ofMillis(10), () -> ran.add("10 first"));
        scheduler.schedule(Duration.ofMillis(10), () -> ran.add("10 second"));

        scheduler.advance(Duration.ofMillis(9));
        assertThat(ran).isEmpty();
        scheduler.advance(Duration.ofMillis(1));
        assertThat(ran).containsExactly("10 first", "10 second");
        scheduler.advance(Duration.ofMillis(20));
        assertThat(ran).containsExactly("10 first", "10 second", "30");
        assertThat(scheduler.instant()).isEqualTo(ManualScheduler.START.plusMillis(30));
    }

    @Test
    void aTaskScheduledByATaskRunsInTheSameAdvanceIfItFallsDueAndSeesItsOwnTime() {
        scheduler.schedule(Duration.ofMillis(10), () -> {
            ran.add("first at " + scheduler.instant());
            scheduler.schedule(Duration.ofMillis(10), () -> ran.add("second at " + scheduler.instant()));
            scheduler.schedule(Duration.ofMillis(100), () -> ran.add("too late"));
        });

        scheduler.advance(Duration.ofMillis(50));

        assertThat(ran).containsExactly("first at " + ManualScheduler.START.plusMillis(10),
                "second at " + ManualScheduler.START.plusMillis(20));
        assertThat(scheduler.pending()).containsExactly(Duration.ofMillis(60));
    }

    @Test
    void aCancelledTaskDoesNotRun() {
        Scheduler.Cancellable task = scheduler.schedule(Duration.ofMillis(10), () -> ran.add("cancelled"));
        scheduler.schedule(Duration.ofMillis(10), () -> ran.add("kept"));

        task.cancel();
        scheduler.advance(Duration.ofSeconds(1));

        assertThat(ran).containsExactly("kept");
        assertThat(scheduler.pending()).isEmpty();
    }
}
