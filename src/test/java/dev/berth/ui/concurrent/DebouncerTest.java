package dev.berth.ui.concurrent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DebouncerTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void stopTimer() throws InterruptedException {
        timer.shutdownNow();
        assertThat(timer.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void burstFromFourThreadsRunsTheActionOnceOrTwice() throws Exception {
        Debouncer debouncer = new Debouncer(timer, Duration.ofMillis(200), runs::incrementAndGet);
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
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 1);
        // Give a stray second run (a trigger landing just after the first one began) its chance to happen.
        await().pollDelay(Duration.ofMillis(400)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(runs.get()).isBetween(1, 2);
    }

    @Test
    void actionWaitsForTheDelay() {
        Debouncer debouncer = new Debouncer(timer, Duration.ofMillis(300), runs::incrementAndGet);
        long started = System.nanoTime();

        debouncer.trigger();

        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void triggerAfterTheRunSchedulesAnotherRun() {
        Debouncer debouncer = new Debouncer(timer, Duration.ofMillis(20), runs::incrementAndGet);

        debouncer.trigger();
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1);
        debouncer.trigger();
        debouncer.trigger();

        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 2);
        await().pollDelay(Duration.ofMillis(150)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(runs.get()).isEqualTo(2);
    }

    @Test
    void triggerDuringTheRunSchedulesAFollowUpRun() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Debouncer debouncer = new Debouncer(timer, Duration.ofMillis(10), () -> {
            if (runs.incrementAndGet() == 1) {
                running.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });

        debouncer.trigger();
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        debouncer.trigger(); // the first run may have read stale state: this change must not be lost
        release.countDown();

        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 2);
    }
}
