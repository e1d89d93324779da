package dev.berth.images.transfer;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.images.ProgressMessage;
import dev.berth.images.transfer.TransferDialogViewModel.Kind;
import dev.berth.images.transfer.TransferDialogViewModel.State;
import dev.berth.testing.FakeImageOperations;
import dev.berth.testing.RecordingTaskNotices.Report;
import dev.berth.testing.RecordingTaskNotices;
import dev.berth.ui.CommandEcho;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

class TransferDialogViewModelTest {
    private final FakeImageOperations images = new FakeImageOperations();
    private final CommandEcho echo = new CommandEcho();
    private final List<String> done = new ArrayList<>();
    /** Runs UI hops when the test says, so batching can be seen. */
    private final List<Runnable> uiQueue = new ArrayList<>();
    private final Executor ui = uiQueue::add;
    private final RecordingTaskNotices notices = new RecordingTaskNotices();
    private Instant now = Instant.parse("2026-12-01T10:00:00Z");

    private void runUi() {
        while (!uiQueue.isEmpty()) {
            uiQueue.remove(0).run();
        }
    }

    private TransferDialogViewModel pull(String initial) {
        return new TransferDialogViewModel(images, ui, echo, Kind.PULL, initial, done::add, notices, () -> now);
    }

    @Test
    void validatesBeforeAnyEngineCallAndShowsTheLiveCommand() {
        TransferDialogViewModel model = pull("");
        assertThat(model.problemProperty().get()).as("blank is not wrong yet").isEmpty();
        assertThat(model.readyProperty().get()).isFalse();
        model.referenceProperty().set("Team/App");
        assertThat(model.problemProperty().get()).isEqualTo("The repository name must be lowercase: \"Team\".");
        assertThat(model.commandLineProperty().get()).isEmpty();
        model.start();
        assertThat(images.actions()).isEmpty();

        model.referenceProperty().set(" 127.0.0.1:5000/team/app:1 ");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.commandLineProperty().get()).isEqualTo("docker pull 127.0.0.1:5000/team/app:1");
    }

    @Test
    void progressArrivesInBatchesAndTheResultIsSelected() {
        TransferDialogViewModel model = pull("team/app");
        model.start();
        assertThat(images.actions()).containsExactly("pull team/app");
        assertThat(echo.lastCommandProperty().get()).isEqualTo("docker pull team/app");
        assertThat(model.stateProperty().get()).isEqualTo(State.RUNNING);
        images.emitProgress(ProgressMessage.of("aaa", "Pulling fs layer"));
        images.emitProgress(new ProgressMessage("aaa", "Downloading", 500, 1000));
        images.emitProgress(ProgressMessage.of("bbb", "Already exists"));
        assertThat(uiQueue).as("three messages, one hop").hasSize(1);
        runUi();
        assertThat(model.layers()).extracting(LayerProgress.Layer::id).containsExactly("aaa", "bbb");
        assertThat(model.overallProperty().get()).isEqualTo((0.7 * 0.5 + 1) / 2);
        assertThat(model.summaryProperty().get()).isEqualTo("1 of 2 layers · 500B of 1kB");

        images.emitProgress(ProgressMessage.of(null, "Status: Downloaded newer image for team/app:latest"));
        images.finishTransfer(null, null);
        runUi();
        assertThat(model.stateProperty().get()).isEqualTo(State.DONE);
        assertThat(model.summaryProperty().get()).isEqualTo("Downloaded newer image for team/app:latest.");
        assertThat(done).containsExactly("team/app:latest");
    }

    @Test
    void aFailureIsASentenceAndTheDialogCanTryAgain() {
        TransferDialogViewModel model = pull("team/app:nope");
        model.start();
        images.finishTransfer(null, new DaemonException("The registry docker.io has no image team/app with the tag"
                + " \"nope\".", "Check the tag and the name; the registry lists the tags it has."));
        runUi();
        assertThat(model.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(model.notice().get().sentence()).contains("with the tag \"nope\"");
        assertThat(done).isEmpty();
        model.referenceProperty().set("team/app:1");
        model.start();
        assertThat(images.actions()).containsExactly("pull team/app:nope", "pull team/app:1");
    }

    @Test
    void cancelClosesTheTransferAndClosingTheDialogCancelsToo() {
        TransferDialogViewModel model = pull("team/app");
        model.start();
        model.cancel();
        assertThat(images.actions()).containsExactly("pull team/app", "cancel");
        images.finishTransfer(null, null); // too late: the transfer's result was cancelled already
        runUi();
        assertThat(model.stateProperty().get()).isEqualTo(State.CANCELLED);

        TransferDialogViewModel closed = pull("team/app");
        closed.start();
        closed.close();
        assertThat(images.actions()).endsWith("cancel");
    }

    @Test
    void aPushSendsTheTagItWasOpenedFor() {
        TransferDialogViewModel push = new TransferDialogViewModel(images, Runnable::run, echo, Kind.PUSH,
                "127.0.0.1:5000/team/app:1", done::add, notices, () -> now);
        assertThat(push.commandLineProperty().get()).isEqualTo("docker push 127.0.0.1:5000/team/app:1");
        push.start();
        assertThat(images.actions()).containsExactly("push 127.0.0.1:5000/team/app:1");
        images.emitProgress(new ProgressMessage("aaa", "Pushing", 10, 20));
        images.emitProgress(ProgressMessage.of("aaa", "Pushed"));
        images.finishTransfer(null, null);
        assertThat(push.stateProperty().get()).isEqualTo(State.DONE);
        assertThat(push.summaryProperty().get()).isEqualTo("Pushed 127.0.0.1:5000/team/app:1.");
        assertThat(notices.reports()).as("a push is watched, not announced").isEmpty();
    }

    @Test
    void aFinishedPullIsReportedOnceWithHowLongItTook() {
        TransferDialogViewModel model = pull("team/app");
        model.start();
        now = now.plusSeconds(42);
        images.finishTransfer(null, null);
        assertThat(notices.reports()).as("reported on the UI hop").isEmpty();
        runUi();
        assertThat(notices.reports()).containsExactly(
                new Report("pull", "team/app:latest", Duration.ofSeconds(42), null));
    }

    @Test
    void aFailedPullIsReportedWithItsFailure() {
        TransferDialogViewModel model = pull("team/app:nope");
        model.start();
        now = now.plusSeconds(12);
        DaemonException missing = new DaemonException("The registry has no tag \"nope\".", null);
        images.finishTransfer(null, missing);
        runUi();
        assertThat(notices.reports()).containsExactly(
                new Report("pull", "team/app:nope", Duration.ofSeconds(12), missing));
    }

    @Test
    void aCancelledPullIsNotReported() {
        TransferDialogViewModel model = pull("team/app");
        model.start();
        now = now.plusSeconds(30);
        model.cancel();
        images.finishTransfer(null, null);
        runUi();
        assertThat(model.stateProperty().get()).isEqualTo(State.CANCELLED);
        assertThat(notices.reports()).isEmpty();
    }
}
