package dev.berth.terminal.view;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalFeedTest {
    private final List<String> parsed = new ArrayList<>();
    private final List<Runnable> tasks = new ArrayList<>();
    private final Executor queued = tasks::add;

    private TerminalFeed feed(int maxPending) {
        return new TerminalFeed(chunk -> parsed.add(new String(chunk)), queued, maxPending);
    }

    private void runTasks() {
        List<Runnable> now = List.copyOf(tasks);
        tasks.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void chunksAreParsedInOrderByOneTaskOffTheCallersThread() {
        TerminalFeed feed = feed(1000);

        feed.accept("ab".getBytes());
        feed.accept("cd".getBytes());

        assertThat(parsed).isEmpty();
        assertThat(tasks).as("one task drains both").hasSize(1);
        assertThat(feed.pendingBytes()).isEqualTo(4);
        runTasks();
        assertThat(parsed).containsExactly("ab", "cd");
        assertThat(feed.pendingBytes()).isZero();

        feed.accept("ef".getBytes());
        assertThat(tasks).as("a new task once the last one finished").hasSize(1);
    }

    @Test
    void aFullQueueBlocksTheWriterUntilTheParserCatchesUp() throws Exception {
        TerminalFeed feed = feed(4);
        feed.accept("1234".getBytes());
        CountDownLatch written = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            feed.accept("5".getBytes());
            written.countDown();
        });
        writer.start();

        assertThat(written.await(200, TimeUnit.MILLISECONDS)).as("blocked while 4 bytes wait").isFalse();
        runTasks();
        assertThat(written.await(5, TimeUnit.SECONDS)).isTrue();
        writer.join();
    }

    @Test
    void closingDropsWhatWaitsAndReleasesABlockedWriter() throws Exception {
        TerminalFeed feed = feed(2);
        feed.accept("12".getBytes());
        Thread writer = new Thread(() -> feed.accept("3".getBytes()));
        writer.start();

        feed.close();

        writer.join(5000);
        assertThat(writer.isAlive()).isFalse();
        runTasks();
        assertThat(parsed).isEmpty();
        feed.accept("4".getBytes());
        assertThat(feed.pendingBytes()).isZero();
    }
}
