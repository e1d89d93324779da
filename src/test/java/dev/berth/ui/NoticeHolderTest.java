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
}
