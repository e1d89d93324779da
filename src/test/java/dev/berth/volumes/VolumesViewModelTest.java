package dev.berth.volumes;

import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.volumes.VolumeSummary;
import dev.berth.daemon.volumes.VolumeUser;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.testing.FakeVolumeOperations;
import dev.berth.testing.TabFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.berth.testing.FakeEngineGateway.containerEvent;
import static org.assertj.core.api.Assertions.assertThat;

class VolumesViewModelTest {
    private static final VolumeUser WEB = new VolumeUser("c0ffee", "web", "nginx:1.27", ContainerState.RUNNING);

    private final FakeEngineGateway engine = new FakeEngineGateway();
    private final FakeVolumeOperations volumes = engine.volumes();
    private final TabFixture tab = new TabFixture();
    private VolumesViewModel model;

    @BeforeEach
    void connect() {
        volumes.setVolumes(List.of(volume("pgdata", Map.of("team", "shop")), volume("cache", Map.of())));
        volumes.setUsers(Map.of("pgdata", List.of(WEB)));
        volumes.setSizes(Map.of("pgdata", 2048L, "cache", 0L));
        model = new VolumesViewModel(engine, tab.context());
        engine.goUp();
        tab.scheduler().advance(VolumesViewModel.REFRESH_DEBOUNCE);
        assertThat(model.rows().all()).hasSize(2);
    }

    @AfterEach
    void stop() {
        model.close();
    }

    private static VolumeSummary volume(String name, Map<String, String> labels) {
        return new VolumeSummary(name, "local", "/var/lib/docker/volumes/" + name + "/_data",
                Instant.parse("2026-12-01T10:00:00Z"), labels, Map.of());
    }

    private VolumeRow row(String name) {
        return model.rows().all().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }

    private static DaemonEvent volumeEvent(String action, String name, Map<String, String> attributes) {
        return new DaemonEvent("volume", action, name, attributes, System.nanoTime());
    }

    @Test
    void listsEachVolumeWithTheContainersThatUseIt() {
        assertThat(row("pgdata").usedByText()).isEqualTo("web (running)");
        assertThat(row("pgdata").labelsText()).isEqualTo("team=shop");
        assertThat(row("cache").isInUse()).isFalse();
        model.rows().filterTextProperty().set("web");
        assertThat(model.rows().visible()).extracting(VolumeRow::name).containsExactly("pgdata");
    }

    @Test
    void aNewCreateFormKnowsTheListedNames() {
        VolumeCreateViewModel form = model.createForm();

        form.nameProperty().set("pgdata");

        assertThat(form.problemProperty().get()).contains("pgdata");
        form.nameProperty().set("pgdata2");
        assertThat(form.problemProperty().get()).isEmpty();
    }

    @Test
    void sizesAreMeasuredOnlyWhenAskedAndKeptUntilSomeoneMayWrite() {
        assertThat(volumes.sizeCalls()).isZero();
        assertThat(row("pgdata").sizeProperty().get()).isNull();

        model.computeSizes();

        assertThat(volumes.sizeCalls()).isEqualTo(1);
        assertThat(row("pgdata").sizeProperty().get()).isEqualTo(2048L);
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker system df -v");
        engine.emit(volumeEvent("mount", "pgdata", Map.of("read/write", "false", "destination", "/berth-volume")));
        assertThat(row("pgdata").sizeProperty().get()).isEqualTo(2048L);
        engine.emit(volumeEvent("mount", "pgdata", Map.of("read/write", "true", "destination", "/data")));
        assertThat(row("pgdata").sizeProperty().get()).isNull();
        assertThat(row("cache").sizeProperty().get()).isZero();
        assertThat(volumes.sizeCalls()).isEqualTo(1);
    }

    @Test
    void volumeAndContainerEventsRefreshButBerthsOwnHelpersAndExecsDoNot() {
        int before = volumes.listCalls();
        engine.emit(new DaemonEvent("container", "create", "h1", Map.of("dev.berth.helper", "true"), 1));
        engine.emit(containerEvent("exec_start: sh", "c0ffee"));
        engine.emit(volumeEvent("unmount", "pgdata", Map.of()));
        assertThat(tab.scheduler().pending()).isEmpty();
        tab.scheduler().advance(Duration.ofMinutes(1));
        assertThat(volumes.listCalls()).isEqualTo(before);

        volumes.setVolumes(List.of(volume("pgdata", Map.of())));
        engine.emit(volumeEvent("destroy", "cache", Map.of()));
        engine.emit(containerEvent("destroy", "c0ffee"));
        tab.scheduler().advance(VolumesViewModel.REFRESH_DEBOUNCE);

        assertThat(model.rows().all()).hasSize(1);
        assertThat(volumes.listCalls()).isEqualTo(before + 1); // one burst, one list
        tab.scheduler().advance(Duration.ofMinutes(1));
        assertThat(volumes.listCalls()).isEqualTo(before + 1);
    }

    @Test
    void removingAVolumeInUseNamesTheContainerAndOffersIt() {
        model.rows().select(row("pgdata"));
        tab.dialogs().sayYes();

        model.askRemoveSelected();

        assertThat(model.notice().get().sentence()).isEqualTo("Volume pgdata is used by container web"
                + " (running).");
        assertThat(model.notice().get().offeredAction()).contains("Remove the container first");
        assertThat(model.refusedByProperty().get()).containsExactly(WEB);
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker volume rm pgdata");
        model.notice().set(null);
        assertThat(model.refusedByProperty().get()).isEmpty();
    }

    @Test
    void removingAFreeVolumeAsksTheEngineAndTheListFollows() {
        model.rows().select(row("cache"));
        tab.dialogs().sayYes();

        model.askRemoveSelected();

        assertThat(volumes.actions()).containsExactly("volume rm cache");
        assertThat(model.notice().get()).isNull();
    }

    @Test
    void aVolumeAskedForIsSelectedOnceListed() {
        model.rows().filterTextProperty().set("nothing matches");
        model.selectWhenListed("newvol");
        assertThat(model.rows().selectionRequestProperty().get()).isNull();

        volumes.setVolumes(List.of(volume("pgdata", Map.of()), volume("newvol", Map.of())));
        model.reload();

        assertThat(model.rows().selectionRequestProperty().get().name()).isEqualTo("newvol");
        assertThat(model.rows().filterTextProperty().get()).isEmpty();
    }
}
