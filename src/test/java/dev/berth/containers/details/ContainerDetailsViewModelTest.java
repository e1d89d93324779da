package dev.berth.containers.details;

import dev.berth.daemon.containers.ContainerState;
import dev.berth.testing.FakeEngineGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

import static dev.berth.containers.details.DetailsFixtures.details;
import static org.assertj.core.api.Assertions.assertThat;

class ContainerDetailsViewModelTest {
    private final FakeEngineGateway engine = new FakeEngineGateway();
    private ContainerDetailsViewModel model;

    @BeforeEach
    void create() {
        engine.setDetails(details("aaa111", ContainerState.RUNNING));
        model = new ContainerDetailsViewModel(engine, Runnable::run);
    }

    @AfterEach
    void closeModel() {
        model.close();
    }

    private long actionsStartingWith(String prefix) {
        return engine.actions().stream().filter(action -> action.startsWith(prefix)).count();
    }

    @Test
    void selectingAContainerLoadsItsDetails() {
        model.show("aaa111");

        assertThat(engine.actions()).containsExactly("inspect aaa111");
        assertThat(model.detailsProperty().get().name()).isEqualTo("web-aaa111");
        assertThat(model.runningProperty().get()).isTrue();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.notice().get()).isNull();
        assertThat(engine.openStatsStreams()).isZero();
    }

    @Test
    void nothingSelectedShowsNothingAndCallsNothing() {
        model.show(null);

        assertThat(model.containerIdProperty().get()).isNull();
        assertThat(model.detailsProperty().get()).isNull();
        assertThat(engine.actions()).isEmpty();
    }

    @Test
    void refreshReadsTheDetailsAgain() {
        model.show("aaa111");
        engine.setDetails(details("aaa111", ContainerState.EXITED));

        model.refresh();

        assertThat(actionsStartingWith("inspect aaa111")).isEqualTo(2);
        assertThat(model.detailsProperty().get().state()).isEqualTo(ContainerState.EXITED);
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void anAnswerForAContainerNoLongerShownIsDropped() {
        Queue<Runnable> ui = new ArrayDeque<>();
        model = new ContainerDetailsViewModel(engine, ui::add);
        model.show("aaa111");
        engine.setDetails(details("bbb222", ContainerState.RUNNING));
        model.show("bbb222");

        ui.poll().run(); // aaa111's answer arrives late
        assertThat(model.detailsProperty().get()).isNull();
        ui.poll().run();
        assertThat(model.detailsProperty().get().id()).isEqualTo("bbb222");
    }

    @Test
    void aFailureBecomesANotice() {
        engine.setDetails(null); // the fake then answers "No such container"

        model.show("gone99");

        assertThat(model.notice().get().sentence()).isEqualTo("No such container: gone99");
        assertThat(model.loadingProperty().get()).isFalse();
        model.notice().set(null);
        assertThat(model.notice().get()).isNull();
    }

    @Test
    void inspectJsonLoadsOnlyWhenItsPageIsShownAndOncePerContainer() {
        model.show("aaa111");
        assertThat(actionsStartingWith("inspectJson")).isZero();

        model.tabProperty().set(DetailsTab.INSPECT);
        model.tabProperty().set(DetailsTab.OVERVIEW);
        model.tabProperty().set(DetailsTab.INSPECT);

        assertThat(actionsStartingWith("inspectJson aaa111")).isEqualTo(1);
        assertThat(model.inspect().textProperty().get()).contains("\"Id\": \"aaa111\"");
        model.refresh();
        assertThat(actionsStartingWith("inspectJson aaa111")).isEqualTo(2);
    }

    @Test
    void inspectSearchFindsMatchesAndEnterMovesToTheNext() {
        model.tabProperty().set(DetailsTab.INSPECT);
        model.show("aaa111");

        model.inspect().queryProperty().set("A"); // the JSON holds "aaa111": three a's
        assertThat(model.inspect().statusProperty().get()).isEqualTo("1 of 3");
        model.inspect().next();

        assertThat(model.inspect().statusProperty().get()).isEqualTo("2 of 3");
        assertThat(model.inspect().textProperty().get()
                .substring(model.inspect().currentStart(), model.inspect().currentEnd())).isEqualTo("a");
    }

    @Test
    void processesOfARunningContainerLandInTheModelWhenTheirPageIsShown() {
        model.show("aaa111");
        assertThat(actionsStartingWith("top")).isZero();

        model.tabProperty().set(DetailsTab.PROCESSES);

        assertThat(engine.actions()).contains("top aaa111");
        assertThat(model.processes().titles()).containsExactly("PID", "USER", "CMD");
        assertThat(model.processes().rows()).containsExactly(List.of("1", "root", "sh"));
        model.refreshProcesses();
        assertThat(actionsStartingWith("top aaa111")).isEqualTo(2);
    }

    @Test
    void withTheProcessesPageOpenEachSelectionAndRefreshAsksOnce() {
        model.tabProperty().set(DetailsTab.PROCESSES);

        model.show("aaa111");
        assertThat(actionsStartingWith("top aaa111")).isEqualTo(1);
        model.refresh();
        assertThat(actionsStartingWith("top aaa111")).isEqualTo(2);
    }

    @Test
    void aStoppedContainerHasNoProcessesToAskFor() {
        engine.setDetails(details("bbb222", ContainerState.EXITED));
        model.tabProperty().set(DetailsTab.PROCESSES);

        model.show("bbb222");

        assertThat(actionsStartingWith("top")).isZero();
        assertThat(model.processes().rows()).isEmpty();
    }
}
