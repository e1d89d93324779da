package dev.berth.volumes;

import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.files.FileEntry;
import dev.berth.daemon.volumes.VolumeSummary;
import dev.berth.daemon.volumes.VolumeUser;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.testing.FakeVolumeOperations;
import dev.berth.testing.TabFixture;
import dev.berth.ui.dialogs.Confirmation;
import dev.berth.ui.dialogs.FileRequest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the Volumes tab asks before a removal and for its transfers, and what each answer does. */
class VolumeQuestionsTest {
    private static final VolumeUser WEB = new VolumeUser("c0ffee", "web", "nginx:1.27", ContainerState.RUNNING);

    private final FakeVolumeOperations volumes = new FakeVolumeOperations();
    private final TabFixture tab = new TabFixture();
    private final VolumeTransfersViewModel transfers = new VolumeTransfersViewModel(volumes, tab.context());

    private static VolumeRow row(String name, List<VolumeUser> users) {
        return new VolumeRow(new VolumeSummary(name, "local", "/var/lib/docker/volumes/" + name + "/_data",
                Instant.EPOCH, Map.of(), Map.of()), users);
    }

    @Test
    void backUpAsksWhereOfferingTheVolumesNameAndNothingRunsWithoutAnAnswer() {
        VolumeRow pgdata = row("pgdata", List.of());
        pgdata.sizeProperty().set(2048L);
        tab.dialogs().pickNothing().pick(Path.of("/tmp/pgdata.tar.gz"));

        assertThat(transfers.askBackUp(pgdata).join()).isFalse();
        assertThat(volumes.actions()).isEmpty();
        transfers.askBackUp(pgdata);

        FileRequest asked = tab.dialogs().fileRequests().get(0);
        assertThat(asked.title()).isEqualTo("Back up volume pgdata");
        assertThat(asked.suggestedName()).matches("pgdata-\\d{8}-\\d{4}\\.tar\\.gz");
        assertThat(asked.patterns()).containsExactly("*.tar.gz");
        assertThat(volumes.actions()).containsExactly("backup pgdata pgdata.tar.gz expected=2048");
    }

    @Test
    void downloadAsksForAFolder() {
        FileEntry log = new FileEntry("logs/app.log", FileEntry.Kind.FILE, 10, Instant.EPOCH, 0644, "", FileEntry.Owner.ROOT);
        tab.dialogs().pickNothing().pick(Path.of("/tmp"));

        transfers.askDownload("pgdata", log);
        assertThat(volumes.actions()).isEmpty();
        transfers.askDownload("pgdata", log);

        assertThat(tab.dialogs().folderRequests())
                .containsExactly("Download app.log into…", "Download app.log into…");
        assertThat(volumes.actions()).containsExactly("download pgdata:logs/app.log /tmp");
    }

    @Test
    void restoreAsksForABackUpArchive() {
        tab.dialogs().pick(Path.of("/tmp/pgdata.tar.gz"));

        assertThat(transfers.askRestoreArchive()).contains(Path.of("/tmp/pgdata.tar.gz"));
        assertThat(tab.dialogs().fileRequests()).extracting(FileRequest::patterns)
                .containsExactly(List.of("*.tar.gz", "*.tgz"));
        assertThat(volumes.actions()).isEmpty();
    }

    @Test
    void removalNamesTheVolumeAndSaysTheEngineWillRefuseWhileItIsUsed() {
        FakeEngineGateway engine = new FakeEngineGateway();
        engine.volumes().setVolumes(List.of(row("pgdata", List.of()).summary(), row("cache", List.of()).summary()));
        engine.volumes().setUsers(Map.of("pgdata", List.of(WEB)));
        try (VolumesViewModel model = new VolumesViewModel(engine, tab.context())) {
            engine.goUp();
            tab.scheduler().advance(VolumesViewModel.REFRESH_DEBOUNCE);
            assertThat(model.rows().all()).hasSize(2);
            tab.dialogs().sayNo().sayNo();

            for (VolumeRow listed : model.rows().all()) {
                model.rows().select(listed);
                model.askRemoveSelected().join();
            }

            assertThat(tab.dialogs().confirmations()).hasSize(2);
            Confirmation used = tab.dialogs().confirmations().stream()
                    .filter(asked -> asked.targets().contains("pgdata")).findFirst().orElseThrow();
            assertThat(used.targets()).containsExactly("pgdata");
            assertThat(used.sentence()).isEqualTo("It is used by web (running), so the engine will refuse.");
            Confirmation free = tab.dialogs().confirmations().stream()
                    .filter(asked -> asked.targets().contains("cache")).findFirst().orElseThrow();
            assertThat(free.targets()).containsExactly("cache");
            assertThat(free.sentence()).isEqualTo("Its data is deleted for good.");
            assertThat(free.commandLineFor(free.asOffered())).isEqualTo("docker volume rm cache");
            assertThat(engine.volumes().actions()).isEmpty();
        } finally {
        }
    }
}
