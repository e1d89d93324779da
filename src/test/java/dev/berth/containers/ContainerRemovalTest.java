package dev.berth.containers;

import dev.berth.daemon.containers.ContainerState;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.testing.TabFixture;
import dev.berth.ui.dialogs.Confirmation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.berth.testing.FakeEngineGateway.container;
import static org.assertj.core.api.Assertions.assertThat;

/** Removing containers: asked first, every target named, force and volumes exactly as the answer says. */
class ContainerRemovalTest {
    private final FakeEngineGateway engine = new FakeEngineGateway();
    private final TabFixture tab = new TabFixture();
    private ContainersViewModel model;

    @BeforeEach
    void connect() {
        engine.setContainers(
                container("aaa111", "web", "nginx:1.27", ContainerState.RUNNING),
                container("bbb222", "db", "postgres:16", ContainerState.EXITED),
                container("ccc333", "cache", "redis:7", ContainerState.EXITED));
        model = new ContainersViewModel(engine, tab.context());
        engine.goUp();
        tab.scheduler().advance(ContainersViewModel.REFRESH_DEBOUNCE);
        assertThat(model.rows().all()).hasSize(3);
    }

    @AfterEach
    void stop() {
        model.close();
    }

    private void select(String... names) {
        List<ContainerRow> rows = Arrays.stream(names).map(name -> model.rows().all().stream()
                .filter(row -> row.name().equals(name)).findFirst().orElseThrow()).toList();
        model.setSelection(rows, rows.get(0));
    }

    @Test
    void asksNamingEveryTargetAndNoRemovesNothing() {
        select("db", "cache");
        tab.dialogs().sayNo();

        model.askRemoveSelected().join();

        Confirmation asked = tab.dialogs().onlyConfirmation();
        assertThat(asked.question()).isEqualTo("Remove these 2 containers?");
        assertThat(asked.targets()).containsExactly("db", "cache");
        assertThat(asked.action()).isEqualTo("Remove");
        assertThat(asked.destructive()).isTrue();
        assertThat(engine.actions()).isEmpty();
        assertThat(tab.echo().lastCommandProperty().get()).isEmpty();
    }

    @Test
    void forceIsOfferedTickedOnlyWhenOneRunsAndVolumesNeverAre() {
        select("db");
        model.askRemoveSelected().join();
        select("web", "db");
        model.askRemoveSelected().join();

        Confirmation stopped = tab.dialogs().confirmations().get(0);
        assertThat(stopped.question()).isEqualTo("Remove this container?");
        assertThat(stopped.asOffered().ticked(ContainersViewModel.FORCE)).isFalse();
        assertThat(stopped.asOffered().ticked(ContainersViewModel.VOLUMES)).isFalse();
        Confirmation running = tab.dialogs().confirmations().get(1);
        assertThat(running.asOffered().ticked(ContainersViewModel.FORCE)).isTrue();
        assertThat(running.asOffered().ticked(ContainersViewModel.VOLUMES)).isFalse();
        assertThat(engine.actions()).isEmpty();
    }

    @Test
    void yesAsOfferedForcesTheRunningOneAndKeepsTheVolumes() {
        select("web", "db");
        tab.dialogs().sayYes();

        model.askRemoveSelected().join();

        assertThat(engine.actions()).containsExactly("remove aaa111 force=true volumes=false",
                "remove bbb222 force=true volumes=false");
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker rm -f web db");
    }

    @Test
    void volumesGoOnlyWhenTickedAndTheLineShowsWhatWillRun() {
        select("db");
        tab.dialogs().sayYesTicking(ContainersViewModel.VOLUMES);

        model.askRemoveSelected().join();

        assertThat(engine.actions()).containsExactly("remove bbb222 force=false volumes=true");
        Confirmation asked = tab.dialogs().onlyConfirmation();
        assertThat(asked.commandLineFor(asked.asOffered())).isEqualTo("docker rm db");
        assertThat(asked.commandLineFor(new Confirmation.Answer(Map.of(ContainersViewModel.FORCE, true,
                ContainersViewModel.VOLUMES, true)))).isEqualTo("docker rm -f -v db");
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker rm -v db");
    }
}
