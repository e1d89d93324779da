package dev.berth.ui.concurrent;

import dev.berth.testing.ManualScheduler;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DebouncerTest {
    private static final Duration DELAY = Duration.ofMillis(200);

    private final ManualScheduler scheduler = new ManualScheduler();
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void aBurstFromFourThreadsRunsTheActionOnce() throws Exception {
        Debouncer debouncer = new Debouncer(scheduler, DELAY, runs::incrementAndGet);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < 125; i++) {
                    debouncer.trigger();
                }
            });
            thread.start();
            threads.add(thread);
        }

        go.countDown();
        for (Thread thread : threads) {
            thread.join(5_000);
            assertThat(thread.isAlive()).isFalse();
        }

        assertThat(scheduler.pending()).containsExactly(DELAY);
        scheduler.advance(DELAY);
        assertThat(runs).hasValue(1);
        assertThat(scheduler.pending()).isEmpty();
    }

    @Test
    void theActionWaitsForTheDelay() {
        Debouncer debouncer = new Debouncer(scheduler, DELAY, runs::incrementAndGet);

        debouncer.trigger();
        scheduler.advance(DELAY.minusMillis(1));
        assertThat(runs).hasValue(0);
        debouncer.trigger(); // rides along: it does not push the run back
        scheduler.advance(Duration.ofMillis(1));

        assertThat(runs).hasValue(1);
    }

    @Test
    void aTriggerAfterTheRunSchedulesAnotherRun() {
        Debouncer debouncer = new Debouncer(scheduler, DELAY, runs::incrementAndGet);

        debouncer.trigger();
        scheduler.advance(DELAY);
        assertThat(runs).hasValue(1);
        debouncer.trigger();
        debouncer.trigger();
        scheduler.advance(DELAY);
        assertThat(runs).hasValue(2);

        scheduler.advance(Duration.ofMinutes(1));
        assertThat(runs).hasValue(2);
    }

    @Test
    void aTriggerDuringTheRunSchedulesAFollowUpRun() {
        Debouncer[] debouncer = new Debouncer[1];
        debouncer[0] = new Debouncer(scheduler, DELAY, () -> {
            if (runs.incrementAndGet() == 1) {
                debouncer[0].trigger(); // the first run may have read stale state: this change must not be lost
            }
        });

        debouncer[0].trigger();
        scheduler.advance(DELAY);
        assertThat(runs).hasValue(1);
        assertThat(scheduler.pending()).containsExactly(DELAY);
        scheduler.advance(DELAY);

        assertThat(runs).hasValue(2);
        assertThat(scheduler.pending()).isEmpty();
    }
}
