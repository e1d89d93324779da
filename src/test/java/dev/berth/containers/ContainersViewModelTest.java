package dev.berth.containers;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.testing.TabFixture;
import dev.berth.ui.LiveRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.berth.testing.FakeEngineGateway.container;
import static dev.berth.testing.FakeEngineGateway.containerEvent;
import static org.assertj.core.api.Assertions.assertThat;

class ContainersViewModelTest {
    private final FakeEngineGateway engine = new FakeEngineGateway();
    private final TabFixture tab = new TabFixture();
    private ContainersViewModel model;

    @BeforeEach
    void connect() {
        engine.setContainers(
                container("aaa111", "web", "nginx:1.27", ContainerState.RUNNING),
                container("bbb222", "db", "postgres:16", ContainerState.EXITED),
                container("ccc333", "cache", "redis:7", ContainerState.RUNNING));
        model = new ContainersViewModel(engine, tab.context());
        engine.goUp();
        assertThat(model.rows().loadedProperty().get()).isFalse();
        afterTheDebounce();
        assertThat(model.rows().all()).hasSize(3);
    }

    @AfterEach
    void stop() {
        model.close();
    }

    /** The events so far have been answered by one list call, if any. */
    private void afterTheDebounce() {
        tab.scheduler().advance(ContainersViewModel.REFRESH_DEBOUNCE);
    }

    private ContainerRow row(String name) {
        return model.rows().all().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }

    private void select(String... names) {
        List<ContainerRow> rows = Arrays.stream(names).map(this::row).toList();
        model.setSelection(rows, rows.get(0));
    }

    @Test
    void listsEveryContainerOnceTheEngineIsUp() {
        assertThat(model.rows().all()).extracting(ContainerRow::name).containsExactlyInAnyOrder("web", "db", "cache");
        assertThat(engine.listCalls()).isEqualTo(1);
    }

    @Test
    void filtersByNameImageOrIdPrefixIgnoringCase() {
        model.rows().filterTextProperty().set("WE");
        assertThat(model.rows().visible()).extracting(ContainerRow::name).containsExactly("web");
        model.rows().filterTextProperty().set("postgres");
        assertThat(model.rows().visible()).extracting(ContainerRow::name).containsExactly("db");
        model.rows().filterTextProperty().set("ccc3");
        assertThat(model.rows().visible()).extracting(ContainerRow::name).containsExactly("cache");
        model.rows().filterTextProperty().set("nothing-like-this");
        assertThat(model.rows().visible()).isEmpty();
        model.rows().filterTextProperty().set("  ");
        assertThat(model.rows().visible()).hasSize(3);
    }

    @Test
    void hideStoppedShowsOnlyActiveContainersAndFollowsStateChanges() {
        model.hideStoppedProperty().set(true);
        assertThat(model.rows().visible()).extracting(ContainerRow::name).containsExactlyInAnyOrder("web", "cache");

        engine.setContainers(
                container("aaa111", "web", "nginx:1.27", ContainerState.EXITED),
                container("bbb222", "db", "postgres:16", ContainerState.RUNNING),
                container("ccc333", "cache", "redis:7", ContainerState.RUNNING));
        engine.emit(containerEvent("die", "aaa111"));
        afterTheDebounce();

        assertThat(row("web").state()).isEqualTo(ContainerState.EXITED);
        assertThat(model.rows().visible()).extracting(ContainerRow::name).containsExactlyInAnyOrder("db", "cache");
        model.hideStoppedProperty().set(false);
        assertThat(model.rows().visible()).hasSize(3);
    }

    /** As the real engine does: its list says running for a moment after the die event. */
    @Test
    void aDieTheListDoesNotShowYetIsReadAgainUntilItDoesAndNoMore() {
        engine.emit(containerEvent("die", "aaa111"));
        afterTheDebounce();
        assertThat(engine.listCalls()).as("the first, the die's").isEqualTo(2);
        assertThat(row("web").state()).as("told by the event, not undone by the late list")
                .isEqualTo(ContainerState.EXITED);
        assertThat(tab.scheduler().pending()).containsExactly(Duration.ofMillis(50));
        tab.scheduler().advance(Duration.ofMillis(50));
        assertThat(engine.listCalls()).isEqualTo(3);
        assertThat(tab.scheduler().pending()).as("twice as long each time").containsExactly(Duration.ofMillis(100));

        engine.setContainers(
                container("aaa111", "web", "nginx:1.27", ContainerState.EXITED),
                container("bbb222", "db", "postgres:16", ContainerState.EXITED),
                container("ccc333", "cache", "redis:7", ContainerState.RUNNING));
        tab.scheduler().advance(Duration.ofMillis(100));

        assertThat(row("web").state()).isEqualTo(ContainerState.EXITED);
        assertThat(engine.listCalls()).isEqualTo(4);
        assertThat(tab.scheduler().pending()).isEmpty();
    }

    @Test
    void aDieShowsOnItsRowAtOnceWithItsExitCode() {
        engine.emit(new dev.berth.daemon.DaemonEvent("container", "die", "aaa111",
                Map.of("name", "web", "exitCode", "137"), 1L));

        assertThat(row("web").state()).isEqualTo(ContainerState.EXITED);
        assertThat(row("web").summaryProperty().get().status()).isEqualTo("Exited (137) Less than a second ago");
        assertThat(engine.listCalls()).as("before any list call").isEqualTo(1);
    }

    @Test
    void aStartShowsOnItsRowAtOnceAndAListAskedBeforeItDoesNotUndoIt() {
        engine.emit(containerEvent("start", "bbb222"));
        assertThat(row("db").state()).isEqualTo(ContainerState.RUNNING);
        assertThat(row("db").summaryProperty().get().status()).isEqualTo("Up Less than a second");

        afterTheDebounce(); // the list still says exited
        assertThat(row("db").state()).isEqualTo(ContainerState.RUNNING);
        assertThat(tab.scheduler().pending()).as("read again until it agrees").isNotEmpty();

        engine.setContainers(
                container("aaa111", "web", "nginx:1.27", ContainerState.RUNNING),
                container("bbb222", "db", "postgres:16", ContainerState.RUNNING),
                container("ccc333", "cache", "redis:7", ContainerState.RUNNING));
        tab.scheduler().advance(tab.scheduler().pending().get(0));
        assertThat(row("db").summaryProperty().get().status()).as("the list's own words").isEqualTo("Up 2 minutes");
        assertThat(tab.scheduler().pending()).isEmpty();
    }

    @Test
    void aRestartListedAfterADieIsShown() {
        engine.emit(containerEvent("die", "aaa111"));
        engine.emit(containerEvent("start", "aaa111"));
        engine.setContainers(
                new ContainerSummary("aaa111", "web", "nginx:1.27", "sha256:aaa111", "sh", ContainerState.RUNNING,
                        "Up Less than a second", List.of(), Instant.parse("2026-11-28T10:00:00Z"), Map.of()),
                container("bbb222", "db", "postgres:16", ContainerState.EXITED),
                container("ccc333", "cache", "redis:7", ContainerState.RUNNING));
        afterTheDebounce();

        assertThat(row("web").state()).isEqualTo(ContainerState.RUNNING);
        assertThat(tab.scheduler().pending()).as("the list agrees: running again").isEmpty();
    }

    @Test
    void aDieTheListNeverShowsIsReadAgainAFewTimesOnly() {
        engine.emit(containerEvent("die", "aaa111")); // e.g. restarted at once by its policy, with no start seen
        afterTheDebounce();
        for (int again = 0; again < LiveRows.CATCH_UP_TRIES; again++) {
            Duration pause = Duration.ofMillis(again < 2 ? 50L << again : 200);
            assertThat(tab.scheduler().pending()).containsExactly(pause);
            tab.scheduler().advance(pause);
        }

        assertThat(engine.listCalls()).isEqualTo(2 + LiveRows.CATCH_UP_TRIES);
        assertThat(tab.scheduler().pending()).isEmpty();
    }

    @Test
    void aBurstOfTwoHundredEventsCostsOneListCall() {
        engine.setContainers(container("ddd444", "new", "busybox", ContainerState.RUNNING));
        for (int i = 0; i < 200; i++) {
            engine.emit(containerEvent(i % 2 == 0 ? "create" : "destroy", "id" + i));
        }
        afterTheDebounce();

        assertThat(engine.listCalls()).isEqualTo(2);
        assertThat(model.rows().all()).extracting(ContainerRow::name).containsExactly("new");
    }

    @Test
    void eventsThatChangeNothingInTheListCauseNoReload() {
        engine.emit(containerEvent("exec_start: sh", "aaa111"));
        engine.emit(containerEvent("resize", "aaa111"));
        engine.emit(new dev.berth.daemon.DaemonEvent("network", "connect", "n1", java.util.Map.of(), 1L));
        engine.emit(containerEvent("start", "aaa111"));
        afterTheDebounce();

        assertThat(engine.listCalls()).isEqualTo(2);
        tab.scheduler().advance(Duration.ofMinutes(1));
        assertThat(engine.listCalls()).isEqualTo(2);
    }

    @Test
    void selectionSurvivesARefreshAndSeesTheNewState() {
        select("web");
        ContainerRow selected = model.rows().selectedProperty().get();

        engine.setContainers(
                container("aaa111", "web", "nginx:1.27", ContainerState.EXITED),
                container("ccc333", "cache", "redis:7", ContainerState.RUNNING),
                container("eee555", "worker", "busybox", ContainerState.CREATED));
        engine.emit(containerEvent("die", "aaa111"));
        afterTheDebounce();

        assertThat(model.rows().selectedProperty().get()).isSameAs(selected);
        assertThat(selected.state()).isEqualTo(ContainerState.EXITED);
        assertThat(model.rows().all()).extracting(ContainerRow::name)
                .containsExactlyInAnyOrder("web", "cache", "worker");
    }

    @Test
    void selectionIsClearedWhenTheSelectedContainerDisappears() {
        select("db");
        engine.setContainers(container("aaa111", "web", "nginx:1.27", ContainerState.RUNNING));
        engine.emit(containerEvent("destroy", "bbb222"));
        afterTheDebounce();

        assertThat(model.rows().all()).hasSize(1);
        assertThat(model.rows().selectedProperty().get()).isNull();
        assertThat(model.selectedRows()).isEmpty();
    }

    @Test
    void reconnectingReadsTheListAgain() {
        engine.goDown();
        engine.setContainers(container("fff666", "after", "busybox", ContainerState.RUNNING));
        engine.goUp();
        afterTheDebounce();

        assertThat(model.rows().all()).extracting(ContainerRow::name).containsExactly("after");
    }

    @Test
    void lifecycleActionsTargetTheSelectedContainerAndEchoTheCommand() {
        select("web");
        model.perform(LifecycleAction.STOP).join();
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker stop web");
        model.perform(LifecycleAction.RESTART).join();
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker restart web");
        model.perform(LifecycleAction.PAUSE).join();
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker pause web");
        model.perform(LifecycleAction.KILL).join();
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker kill web");
        select("db");
        model.perform(LifecycleAction.START).join();
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker start db");
        tab.dialogs().sayYesTicking(ContainersViewModel.FORCE);
        model.askRemoveSelected().join();
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker rm -f db");

        assertThat(engine.actions()).containsExactly("stop aaa111", "restart aaa111", "pause aaa111", "kill aaa111",
                "start bbb222", "remove bbb222 force=true volumes=false");
        assertThat(row("db").isBusy()).isFalse();
    }

    @Test
    void bulkActionsSkipTheContainersTheyDoNotApplyTo() {
        select("web", "db", "cache");
        assertThat(model.targetsOf(LifecycleAction.STOP)).extracting(ContainerRow::name)
                .containsExactly("web", "cache");
        model.perform(LifecycleAction.STOP).join();
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker stop web cache");
        model.perform(LifecycleAction.START).join();
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker start db");
        tab.dialogs().sayYesTicking(ContainersViewModel.VOLUMES);
        model.askRemoveSelected().join();
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker rm -v web db cache");
        assertThat(engine.actions()).containsExactly("stop aaa111", "stop ccc333", "start bbb222",
                "remove aaa111 force=false volumes=true", "remove bbb222 force=false volumes=true",
                "remove ccc333 force=false volumes=true");
    }

    @Test
    void whichActionsAreOfferedFollowsTheSelectedStates() {
        select("db");
        assertThat(model.canPerform(LifecycleAction.START).get()).isTrue();
        assertThat(model.canPerform(LifecycleAction.STOP).get()).isFalse();
        assertThat(model.canPerform(LifecycleAction.PAUSE).get()).isFalse();
        assertThat(model.canPerform(LifecycleAction.UNPAUSE).get()).isFalse();
        var canStop = model.canPerform(LifecycleAction.STOP);

        engine.setContainers(
                container("aaa111", "web", "nginx:1.27", ContainerState.RUNNING),
                container("bbb222", "db", "postgres:16", ContainerState.RUNNING),
                container("ccc333", "cache", "redis:7", ContainerState.RUNNING));
        engine.emit(containerEvent("start", "bbb222"));
        afterTheDebounce();

        assertThat(canStop.get()).isTrue();
        assertThat(model.canPerform(LifecycleAction.START).get()).isFalse();
    }

    @Test
    void renameChecksTheNameLikeTheEngine() {
        select("web");
        model.renameSelected("bad name!").join();
        assertThat(engine.actions()).isEmpty();
        assertThat(ContainersViewModel.nameProblem("")).isPresent();
        assertThat(ContainersViewModel.nameProblem("-dash-first")).isPresent();
        assertThat(ContainersViewModel.nameProblem("w")).as("the engine wants two characters").isPresent();
        assertThat(ContainersViewModel.nameProblem("web_2.prod-1")).isEmpty();

        model.renameSelected("frontend").join();
        assertThat(engine.actions()).containsExactly("rename aaa111 frontend");
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker rename web frontend");
    }

    @Test
    void withoutSelectionActionsDoNothing() {
        model.perform(LifecycleAction.STOP).join();
        model.askRemoveSelected().join();
        assertThat(engine.actions()).isEmpty();
        assertThat(tab.dialogs().confirmations()).isEmpty();
    }

    @Test
    void aFailedActionBecomesANoticeWithTheOfferedAction() {
        select("web");
        engine.failNextAction(new DaemonException("Could not stop container web: it is stuck.", "Try again."));
        model.perform(LifecycleAction.STOP).exceptionally(failure -> null).join();

        assertThat(model.notice().get().sentence()).isEqualTo("Could not stop container web: it is stuck.");
        assertThat(model.notice().get().offeredAction()).isEqualTo("Try again.");
        assertThat(row("web").isBusy()).isFalse();
        model.notice().set(null);
        assertThat(model.notice().get()).isNull();
    }

    @Test
    void aStopTheEngineFailedOffersRetryWhichStopsTheSameContainerAgainOnceAndTakesTheNoticeDown() {
        select("web", "cache");
        engine.failNextAction(new DaemonException("The Docker engine refused to stop container web: overloaded.",
                "Try again in a moment.", 500, null));
        model.perform(LifecycleAction.STOP).exceptionally(failure -> null).join();
        assertThat(engine.actions()).containsExactlyInAnyOrder("stop aaa111", "stop ccc333");
        String failedOne = engine.actions().get(0);
        assertThat(model.notice().get().retry()).as("a 500 may pass: it offers to try again").isNotNull();

        model.notice().retry();
        model.notice().retry(); // a second click finds it done, with nothing left to retry

        assertThat(engine.actions()).as("the retry stops only the container the stop failed for")
                .hasSize(3).last().isEqualTo(failedOne);
        assertThat(model.notice().get()).as("the notice once the retry worked").isNull();
    }

    @Test
    void aRefusalThatWouldOnlyBeRepeatedOffersNoRetry() {
        select("web");
        engine.failNextAction(new DaemonException("Could not stop container web: it is stuck.", "Try again.", 409,
                null));
        model.perform(LifecycleAction.STOP).exceptionally(failure -> null).join();

        assertThat(model.notice().get().sentence()).contains("it is stuck");
        assertThat(model.notice().get().retry()).isNull();
    }

    @Test
    void aFailedListOffersRetryWhichReadsItNowAndTakesTheNoticeDown() {
        engine.failNextList(new DaemonException("The Docker engine did not answer in time to list containers.",
                "Try again in a moment.", 0, null, true));
        model.reload();
        assertThat(model.notice().get().retry()).isNotNull();
        int calls = engine.listCalls();

        model.notice().retry();

        assertThat(engine.listCalls()).isEqualTo(calls + 1);
        assertThat(model.notice().get()).isNull();
    }

    @Test
    void removeCommandRendersTheChosenFlags() {
        assertThat(ContainersViewModel.removeCommand(List.of("web"), false, false)).isEqualTo("docker rm web");
        assertThat(ContainersViewModel.removeCommand(List.of("my web", "db"), true, true))
                .isEqualTo("docker rm -f -v 'my web' db");
    }
}
