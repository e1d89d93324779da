package dev.berth.ui;

import dev.berth.daemon.DaemonException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeHolderTest {
    private final NoticeHolder holder = new NoticeHolder();

    @Test
    void showsNothingUntilSetAndNullTakesTheNoticeDown() {
        Notice saved = new Notice(Notice.Kind.INFO, "Saved.", null);
        List<Notice> seen = new ArrayList<>();
        holder.property().addListener((obs, old, now) -> seen.add(now));

        assertThat(holder.get()).isNull();
        holder.set(saved);
        assertThat(holder.get()).isSameAs(saved);
        holder.set(null);

        assertThat(holder.get()).isNull();
        assertThat(seen).containsExactly(saved, null);
    }

    @Test
    void aReportedEngineFailureShowsItsSentenceAndRemedyEvenWhenWrapped() {
        DaemonException refusal = new DaemonException("Port 8080 is in use.", "Pick another host port.");

        holder.report(new CompletionException(refusal));

        assertThat(holder.get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(holder.get().sentence()).isEqualTo("Port 8080 is in use.");
        assertThat(holder.get().offeredAction()).isEqualTo("Pick another host port.");
    }

    @Test
    void aReportedFailureReplacesTheNoticeShownBefore() {
        holder.set(new Notice(Notice.Kind.INFO, "Saved.", null));

        holder.report(new IllegalStateException("disk full"));

        assertThat(holder.get().sentence()).isEqualTo("Something went wrong: disk full");
        assertThat(holder.get().offeredAction()).isNull();
    }

    @Test
    void aRetryRunsOnceAtATimeAndKeepsItsNoticeUntilItWorkedOrFailedAgain() {
        List<String> runs = new ArrayList<>();
        DaemonException overloaded = new DaemonException("The engine failed.", "Try again in a moment.", 500, null);
        holder.report(overloaded, () -> {
            runs.add("again");
            holder.begin(); // the retried action starts: its notice stays
        });
        Notice failed = holder.get();

        holder.retry();
        holder.retry();

        assertThat(runs).as("retries while one is under way").containsExactly("again");
        assertThat(holder.get()).isSameAs(failed);
        assertThat(holder.retryingProperty().get()).isTrue();
        holder.report(overloaded, () -> runs.add("once more"));
        assertThat(holder.retryingProperty().get()).as("failed again: a new notice, its retry ready").isFalse();
        holder.retry();
        holder.succeeded();
        assertThat(holder.get()).as("the notice once its retry worked").isNull();
        assertThat(runs).containsExactly("again", "once more");
    }

    @Test
    void onlyAFailureThatMayPassOffersARetry() {
        holder.report(new DaemonException("Name in use.", "Rename the other one.", 409, null), () -> { });
        assertThat(holder.get().retry()).isNull();
        holder.report(new CompletionException(new DaemonException("Lost the connection.", null, 0, null, true)),
                () -> { });
        assertThat(holder.get().retry().label()).isEqualTo("Retry");
    }

    @Test
    void anActionThatIsNoRetryTakesTheNoticeBeforeItDown() {
        holder.report(new IllegalStateException("disk full"));
        holder.begin();
        assertThat(holder.get()).isNull();
    }
}
