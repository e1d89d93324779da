package dev.berth.ui.concurrent;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

class LatestAnswerTest {
    private final List<String> answers = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    /** Runs what it is given later, when the test says, as the FX thread would. */
    private final List<Runnable> uiQueue = new ArrayList<>();
    private final Executor ui = uiQueue::add;
    private final LatestAnswer<String> latest = new LatestAnswer<>(ui, answers::add, failures::add);

    private void runUi() {
        List<Runnable> tasks = List.copyOf(uiQueue);
        uiQueue.clear();
        tasks.forEach(Runnable::run);
    }

    @Test
    void anAnswerArrivingAfterANewerOneIsDropped() {
        CompletableFuture<String> older = new CompletableFuture<>();
        CompletableFuture<String> newer = new CompletableFuture<>();
        latest.submit(older);
        latest.submit(newer);

        newer.complete("newer");
        runUi();
        older.complete("older");
        runUi();

        assertThat(answers).containsExactly("newer");
    }

    @Test
    void anOlderAnswerArrivingFirstIsHandedOnAndTheNewerOneAfterIt() {
        CompletableFuture<String> older = new CompletableFuture<>();
        CompletableFuture<String> newer = new CompletableFuture<>();
        latest.submit(older);
        latest.submit(newer);

        older.complete("older");
        runUi();
        newer.complete("newer");
        runUi();

        assertThat(answers).containsExactly("older", "newer");
    }

    @Test
    void theFailureOfARequestAnsweredAfterANewerOneIsDropped() {
        CompletableFuture<String> older = new CompletableFuture<>();
        CompletableFuture<String> newer = new CompletableFuture<>();
        latest.submit(older);
        latest.submit(newer);

        newer.complete("newer");
        runUi();
        older.completeExceptionally(new IllegalStateException("too late"));
        runUi();

        assertThat(answers).containsExactly("newer");
        assertThat(failures).isEmpty();
    }

    @Test
    void theNewestFailureIsDelivered() {
        CompletableFuture<String> older = new CompletableFuture<>();
        CompletableFuture<String> newer = new CompletableFuture<>();
        IllegalStateException refusal = new IllegalStateException("engine said no");
        latest.submit(older);
        latest.submit(newer);

        newer.completeExceptionally(refusal);
        runUi();
        older.complete("older");
        runUi();

        assertThat(failures).containsExactly(refusal);
        assertThat(answers).isEmpty();
    }

    @Test
    void supersedingDropsTheAnswersAndFailuresStillOnTheirWay() {
        CompletableFuture<String> answered = new CompletableFuture<>();
        CompletableFuture<String> failed = new CompletableFuture<>();
        CompletableFuture<String> next = new CompletableFuture<>();
        latest.submit(answered);
        latest.submit(failed);

        latest.supersede();
        latest.submit(next);
        answered.complete("about the old selection");
        failed.completeExceptionally(new IllegalStateException("about the old selection"));
        runUi();
        next.complete("about the new one");
        runUi();

        assertThat(answers).containsExactly("about the new one");
        assertThat(failures).isEmpty();
    }

    @Test
    void answersAreHandedOnThroughTheUiExecutorOnly() {
        latest.submit(CompletableFuture.completedFuture("done"));

        assertThat(answers).isEmpty();
        runUi();
        assertThat(answers).containsExactly("done");
    }
}
