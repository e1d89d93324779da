package dev.berth.ui.concurrent;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class UiBatcherTest {

    @Test
    void itemsArrivingBeforeTheUiThreadRunsCostOneHop() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        List<List<Integer>> batches = new ArrayList<>();
        UiBatcher<Integer> batcher = new UiBatcher<>(queued::add, batches::add);

        for (int i = 0; i < 500; i++) {
            batcher.add(i);
        }
        assertThat(queued).hasSize(1);
        queued.get(0).run();

        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).hasSize(500).startsWith(0, 1, 2).endsWith(499);
        batcher.add(500);
        assertThat(queued).hasSize(2);
    }

    @Test
    void noItemIsLostWhenManyThreadsAddWhileTheUiThreadDrains() throws Exception {
        ExecutorService uiThread = Executors.newSingleThreadExecutor();
        List<Integer> seen = new CopyOnWriteArrayList<>();
        UiBatcher<Integer> batcher = new UiBatcher<>(uiThread, seen::addAll);
        ExecutorService producers = Executors.newFixedThreadPool(4);
        CountDownLatch done = new CountDownLatch(4);
        for (int p = 0; p < 4; p++) {
            int base = p * 10_000;
            producers.execute(() -> {
                for (int i = 0; i < 10_000; i++) {
                    batcher.add(base + i);
                }
                done.countDown();
            });
        }
        done.await(10, TimeUnit.SECONDS);
        uiThread.submit(() -> { }).get(); // the last drain has run
        uiThread.submit(() -> { }).get();

        assertThat(seen).hasSize(40_000).doesNotHaveDuplicates();
        producers.shutdown();
        uiThread.shutdown();
    }
}
