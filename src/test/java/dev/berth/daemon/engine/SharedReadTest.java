package dev.berth.daemon.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class SharedReadTest {
    private final List<CompletableFuture<String>> reads = new ArrayList<>();
    private final AtomicLong events = new AtomicLong();
    private final SharedRead<String> shared = new SharedRead<>(() -> {
        CompletableFuture<String> read = new CompletableFuture<>();
        reads.add(read);
        return read;
    }, events::get);

    @Test
    void askersWithNoEventBetweenThemShareOneRead() {
        CompletableFuture<String> first = shared.get();
        CompletableFuture<String> second = shared.get();

        reads.get(0).complete("list");

        assertThat(reads).hasSize(1);
        assertThat(first).isCompletedWithValue("list");
        assertThat(second).isCompletedWithValue("list");
    }

    @Test
    void anAskerAfterAnEventWaitsForAReadThatStartsOnceTheOneOnItsWayEnded() {
        CompletableFuture<String> before = shared.get();
        events.incrementAndGet();
        CompletableFuture<String> after = shared.get();
        CompletableFuture<String> alsoAfter = shared.get();
        assertThat(reads).as("no second read while one is on its way").hasSize(1);

        reads.get(0).complete("old");

        assertThat(before).isCompletedWithValue("old");
        assertThat(after).isNotDone();
        assertThat(reads).hasSize(2);
        reads.get(1).complete("new");
        assertThat(after).isCompletedWithValue("new");
        assertThat(alsoAfter).isCompletedWithValue("new");
    }

    @Test
    void aReadThatStartedBeforeTheLatestEventIsNotJoinedEvenWhenTheNextIsAlreadyOnItsWay() {
        shared.get();
        events.incrementAndGet();
        shared.get();
        reads.get(0).complete("old");
        events.incrementAndGet();

        CompletableFuture<String> late = shared.get();
        reads.get(1).complete("newer");

        assertThat(late).isNotDone();
        reads.get(2).complete("newest");
        assertThat(late).isCompletedWithValue("newest");
    }

    @Test
    void aFailureReachesEveryoneWhoSharedTheReadAndTheNextReadStillStarts() {
        CompletableFuture<String> first = shared.get();
        CompletableFuture<String> second = shared.get();
        events.incrementAndGet();
        CompletableFuture<String> next = shared.get();

        reads.get(0).completeExceptionally(new IllegalStateException("engine gone"));

        assertThat(first).isCompletedExceptionally();
        assertThat(second).isCompletedExceptionally();
        reads.get(1).complete("back");
        assertThat(next).isCompletedWithValue("back");
    }

    @Test
    void anAskerCancellingItsAnswerLeavesTheOthersTheirs() {
        CompletableFuture<String> impatient = shared.get();
        CompletableFuture<String> patient = shared.get();

        impatient.cancel(false);
        reads.get(0).complete("list");

        assertThat(patient).isCompletedWithValue("list");
    }

    @Test
    void aNewReadStartsOnceNothingIsOnItsWay() {
        shared.get();
        reads.get(0).complete("first");

        CompletableFuture<String> again = shared.get();

        assertThat(reads).hasSize(2);
        assertThat(again).isNotDone();
    }
}
