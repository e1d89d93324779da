package dev.berth.volumes;

import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.files.FileEntry;
import dev.berth.daemon.volumes.VolumeSummary;
import dev.berth.daemon.volumes.VolumeUser;
import dev.berth.testing.FakeVolumeOperations;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

class VolumeDetailsViewModelTest {
    private static final VolumeUser WEB = new VolumeUser("c0ffee", "web", "nginx:1.27", ContainerState.RUNNING);
    private static final VolumeUser JOB = new VolumeUser("b0b0b0", "job", "busybox", ContainerState.EXITED);

    private final FakeVolumeOperations volumes = new FakeVolumeOperations();
    /** A UI thread that runs what was handed to it only when the test says, so answers can arrive late. */
    private final Queue<Runnable> uiQueue = new ArrayDeque<>();
    private final VolumeBrowserViewModel browser = new VolumeBrowserViewModel(volumes, Runnable::run);
    private final VolumeDetailsViewModel details = new VolumeDetailsViewModel(volumes, uiQueue::add, browser);

    private static VolumeRow row(String name, List<VolumeUser> users) {
        return new VolumeRow(summary(name), users);
    }

    private static VolumeSummary summary(String name) {
        return new VolumeSummary(name, "local", "/var/lib/docker/volumes/" + name + "/_data", Instant.EPOCH,
                Map.of(), Map.of());
    }

    private void runUi() {
        for (Runnable task = uiQueue.poll(); task != null; task = uiQueue.poll()) {
            task.run();
        }
    }

    @Test
    void theFilesPageListsTheShownVolumeAndNothingElseIsRead() {
        volumes.setFolder("pgdata", "", List.of(new FileEntry("base", FileEntry.Kind.FOLDER, 0, Instant.EPOCH,
                0755, "", FileEntry.Owner.ROOT)));

        details.show(row("pgdata", List.of()));

        assertThat(browser.files().placeProperty().get()).isEqualTo("pgdata");
        assertThat(browser.files().entries()).extracting(FileEntry::name).containsExactly("base");
        assertThat(volumes.actions()).isEmpty();
    }

    @Test
    void theInspectPageIsReadOncePerVolumeWhenTurnedTo() {
        details.show(row("pgdata", List.of()));
        details.showPage(VolumeDetailsViewModel.Page.INSPECT);
        runUi();
        details.showPage(VolumeDetailsViewModel.Page.FILES);
        details.showPage(VolumeDetailsViewModel.Page.INSPECT);

        assertThat(details.inspect().textProperty().get()).contains("\"Name\": \"pgdata\"");
        assertThat(volumes.actions()).containsExactly("volume inspect pgdata");

        details.show(row("cache", List.of()));
        runUi();
        assertThat(details.inspect().textProperty().get()).contains("\"Name\": \"cache\"");
        assertThat(volumes.actions()).containsExactly("volume inspect pgdata", "volume inspect cache");
    }

    @Test
    void anAnswerForAVolumeNoLongerShownIsDropped() {
        details.showPage(VolumeDetailsViewModel.Page.INSPECT);
        details.show(row("pgdata", List.of()));
        details.show(row("cache", List.of()));
        assertThat(uiQueue).hasSize(2);
        Runnable pgdataAnswer = uiQueue.poll();

        runUi();
        pgdataAnswer.run(); // the slower answer comes last

        assertThat(details.inspect().textProperty().get()).contains("cache").doesNotContain("pgdata");
    }

    @Test
    void theUsersFollowTheShownVolumeAndItsChanges() {
        VolumeRow pgdata = row("pgdata", List.of(WEB));
        details.show(pgdata);
        assertThat(details.usersProperty().get()).containsExactly(WEB);

        pgdata.update(summary("pgdata"), List.of(WEB, JOB));
        assertThat(details.usersProperty().get()).containsExactly(WEB, JOB);

        VolumeRow cache = row("cache", List.of());
        details.show(cache);
        assertThat(details.usersProperty().get()).isEmpty();
        pgdata.update(summary("pgdata"), List.of(JOB));
        assertThat(details.usersProperty().get()).as("no longer shown").isEmpty();
        cache.update(summary("cache"), List.of(JOB));
        assertThat(details.usersProperty().get()).containsExactly(JOB);

        details.show(null);
        assertThat(details.shownProperty().get()).isNull();
        assertThat(details.usersProperty().get()).isEmpty();
        assertThat(browser.files().placeProperty().get()).isNull();
    }
}
