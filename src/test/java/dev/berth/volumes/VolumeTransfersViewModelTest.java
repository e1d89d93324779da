package dev.berth.volumes;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.cli.VolumeCommandLines;
import dev.berth.daemon.volumes.VolumeNotEmptyException;
import dev.berth.daemon.volumes.VolumeSummary;
import dev.berth.testing.FakeVolumeOperations;
import dev.berth.testing.TabFixture;
import dev.berth.ui.dialogs.Confirmation;
import dev.berth.volumes.VolumeTransfersViewModel.RestoreRequest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class VolumeTransfersViewModelTest {
    private final FakeVolumeOperations volumes = new FakeVolumeOperations();
    /** A UI thread that runs what was handed to it only when the test says, to count the hops. */
    private final Queue<Runnable> uiQueue = new ArrayDeque<>();
    private final TabFixture tab = new TabFixture();
    private final VolumeTransfersViewModel transfers = new VolumeTransfersViewModel(volumes, tab.context(uiQueue::add));
    private final Path archive = Path.of("/tmp/pgdata.tar.gz");

    private void runUi() {
        for (Runnable task = uiQueue.poll(); task != null; task = uiQueue.poll()) {
            task.run();
        }
    }

    @Test
    void progressOfManyChunksCostsOneHopAndShowsTheLatest() {
        transfers.backUp("pgdata", archive, 4096);
        assertThat(transfers.busyProperty().get()).isTrue();
        assertThat(tab.echo().lastCommandProperty().get()).startsWith("docker run --rm -v pgdata:/volume:ro");

        for (long done = 512; done <= 2048; done += 512) {
            volumes.lastProgress().advanced(done, 4096);
        }

        assertThat(uiQueue).hasSize(1);
        runUi();
        assertThat(transfers.progressProperty().get()).isEqualTo(0.5);
        assertThat(transfers.statusProperty().get()).isEqualTo("Backing up pgdata: 2.05kB of 4.1kB…");
        volumes.finishTransfer(null);
        runUi();
        assertThat(transfers.busyProperty().get()).isFalse();
        assertThat(transfers.statusProperty().get()).isEqualTo("Backed up pgdata to pgdata.tar.gz.");
    }

    @Test
    void anUnknownTotalGivesAnIndeterminateBar() {
        transfers.download("pgdata", "logs/app.log", Path.of("/tmp"));
        volumes.lastProgress().advanced(10, -1);
        runUi();
        assertThat(transfers.progressProperty().get()).isEqualTo(-1);
        assertThat(volumes.actions()).containsExactly("download pgdata:logs/app.log /tmp");
    }

    @Test
    void cancelStopsTheTransferAtItsNextChunkAndSaysSo() {
        transfers.backUp("pgdata", archive, -1);
        assertThat(volumes.lastProgress().cancelled()).isFalse();

        transfers.cancel();

        assertThat(volumes.lastProgress().cancelled()).isTrue();
        volumes.finishTransfer(new CancellationException("Cancelled by the user"));
        runUi();
        assertThat(transfers.statusProperty().get()).isEqualTo("Backing up pgdata was cancelled.");
        assertThat(transfers.notice().get()).isNull();
    }

    @Test
    void aFailedRestoreIntoANewVolumeRemovesThatVolumeAgain() {
        CompletableFuture<Boolean> restored = transfers.restore(new RestoreRequest(archive, "pgdata-copy", true));
        assertThat(volumes.actions()).containsExactly("volume create pgdata-copy",
                "restore pgdata.tar.gz pgdata-copy intoNonEmpty=true");

        volumes.finishTransfer(new DaemonException("That file is not a .tar.gz archive.", null));
        runUi();

        assertThat(restored.join()).isFalse();
        assertThat(volumes.actions()).last().isEqualTo("volume rm pgdata-copy");
        assertThat(volumes.list().join()).extracting(VolumeSummary::name).doesNotContain("pgdata-copy");
        assertThat(transfers.notice().get().sentence()).isEqualTo("That file is not a .tar.gz archive.");
    }

    @Test
    void aNonEmptyTargetIsAskedAboutAndOnlyAConfirmationWritesOverIt() {
        tab.dialogs().sayYes();
        CompletableFuture<Boolean> restored = transfers.restore(new RestoreRequest(archive, "pgdata", false));
        assertThat(volumes.actions()).containsExactly("restore pgdata.tar.gz pgdata intoNonEmpty=false");
        assertThat(tab.dialogs().confirmations()).isEmpty();
        volumes.finishTransfer(new VolumeNotEmptyException("pgdata", "base"));
        runUi();

        Confirmation asked = tab.dialogs().onlyConfirmation();
        assertThat(asked.targets()).containsExactly("pgdata");
        assertThat(asked.destructive()).isTrue();
        assertThat(asked.commandLineFor(asked.asOffered())).isEqualTo(VolumeCommandLines.restore(archive, "pgdata"));
        assertThat(transfers.notice().get()).isNull();
        assertThat(volumes.actions()).last().isEqualTo("restore pgdata.tar.gz pgdata intoNonEmpty=true");
        assertThat(restored).isNotDone();
        volumes.finishTransfer(null);
        runUi();
        assertThat(transfers.statusProperty().get()).isEqualTo("Restored pgdata.tar.gz into pgdata.");
        assertThat(restored.join()).isTrue();
    }

    @Test
    void declinedRestoreChangesNothing() {
        tab.dialogs().sayNo();
        CompletableFuture<Boolean> restored = transfers.restore(new RestoreRequest(archive, "pgdata", false));
        volumes.finishTransfer(new VolumeNotEmptyException("pgdata", "base"));
        runUi();

        assertThat(tab.dialogs().confirmations()).hasSize(1);
        assertThat(volumes.actions()).hasSize(1);
        assertThat(List.of(transfers.busyProperty().get())).containsExactly(false);
        assertThat(transfers.notice().get()).isNull();
        assertThat(restored.join()).isFalse();
    }
}
