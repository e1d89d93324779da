package dev.berth.compose;

import dev.berth.compose.actions.DownOptions;
import dev.berth.compose.actions.ServiceProgress.Step;
import dev.berth.compose.actions.UpOptions;
import dev.berth.compose.logs.ProjectLogsViewModel;
import dev.berth.compose.model.ComposeFileException;
import dev.berth.compose.model.ComposeProblem;
import dev.berth.compose.model.ComposeProject;
import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.logs.LogViewModel;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.testing.ManualScheduler;
import dev.berth.testing.TabFixture;
import dev.berth.ui.dialogs.Confirmation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;

import static dev.berth.compose.ComposeFixtures.container;
import static dev.berth.compose.ComposeFixtures.onEngine;
import static dev.berth.compose.ComposeFixtures.project;
import static dev.berth.compose.ComposeFixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ComposeViewModelTest {
    private static final Path FILE = Path.of("/work/demo/compose.yaml");

    private final FakeEngineGateway engine = new FakeEngineGateway();
    private final TabFixture tab = new TabFixture();
    private final FakeComposeActions actions = new FakeComposeActions();
    private final Map<List<Path>, Object> files = new HashMap<>();
    private final List<List<Path>> loads = new ArrayList<>();
    private final List<List<List<Path>>> saved = new ArrayList<>();
    private List<List<Path>> remembered = List.of(List.of(FILE));
    private Executor frames = Runnable::run;
    private ComposeViewModel model;

    private final ComposeProject demo = project("demo", FILE, service("web", "busybox", 1), service("db", "busybox", 1));

    @BeforeEach
    void theFileResolves() {
        files.put(List.of(FILE), demo);
    }

    private void open() {
        ProjectLoader loader = chosen -> {
            loads.add(chosen);
            Object answer = files.get(chosen);
            if (answer instanceof ComposeFileException wrong) {
                throw wrong;
            }
            return (ComposeProject) answer;
        };
        RememberedFiles memory = new RememberedFiles() {
            @Override
            public List<List<Path>> load() {
                return remembered;
            }

            @Override
            public void save(List<List<Path>> projects) {
                saved.add(projects);
            }
        };
        model = new ComposeViewModel(actions, engine, tab.context(), new ComposeFiles(loader, memory, Runnable::run,
                project -> "name: " + project.name()), frames,
                (name, services) -> new ProjectLogsViewModel(engine, name, services, Runnable::run,
                        (title, line) -> LogViewModel.combined(
                        engine, title, line, Runnable::run, Runnable::run, new ManualScheduler(), 100,
                        Clock.systemUTC())));
        engine.goUp();
        afterTheDebounce();
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.close();
        }
    }

    private void afterTheDebounce() {
        tab.scheduler().advance(ComposeViewModel.REFRESH_DEBOUNCE);
    }

    private ProjectRow row(String name) {
        return model.rows().all().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }

    private ProjectRow select(String name) {
        ProjectRow row = row(name);
        model.rows().select(row);
        return row;
    }

    @Test
    void anOpenedFileAndTheEngineProjectItStartedAreOneRowBesideProjectsStartedElsewhere() {
        actions.setProjects(onEngine("demo", List.of(FILE.toString()), List.of(),
                        container("demo", "web", 1, ContainerState.RUNNING),
                        container("demo", "db", 1, ContainerState.EXITED)),
                onEngine("other", List.of(), List.of(), container("other", "app", 1, ContainerState.RUNNING)));
        open();

        assertThat(model.rows().all()).extracting(ProjectRow::name).containsExactly("demo", "other");
        assertThat(row("demo").isOpenedFromFiles()).isTrue();
        assertThat(row("demo").statusProperty().get().label()).isEqualTo("Partly running 1/2");
        assertThat(row("other").isOpenedFromFiles()).isFalse();
        assertThat(row("other").statusProperty().get().label()).isEqualTo("Running 1/1");
        assertThat(row("other").whereText()).isEqualTo("/work/other");
    }

    @Test
    void aRememberedFileIsListedWhenNothingOfItIsOnTheEngine() {
        open();

        assertThat(model.rows().all()).extracting(ProjectRow::name).containsExactly("demo");
        assertThat(row("demo").statusProperty().get()).isEqualTo(new ProjectStatus(ProjectStatus.Kind.NOT_CREATED,
                0, 2));
        assertThat(row("demo").statusProperty().get().label()).isEqualTo("Not created");
    }

    @Test
    void openingAFileRemembersItReadsItAndAsksTheViewToSelectIt() {
        remembered = List.of();
        Path other = Path.of("/work/shop/docker-compose.yml");
        files.put(List.of(other), project("shop", other, service("api", "busybox", 2)));
        open();
        tab.dialogs().pick(other);

        model.openFile();
        afterTheDebounce();

        assertThat(tab.dialogs().fileRequests()).singleElement()
                .satisfies(request -> assertThat(request.patterns()).containsExactly("*.yaml", "*.yml"));
        assertThat(saved).last().isEqualTo(List.of(List.of(other)));
        assertThat(model.rows().selectionRequestProperty().get().name()).isEqualTo("shop");
        assertThat(row("shop").resolved().services()).containsOnlyKeys("api");
    }

    @Test
    void upReadsTheFileAgainAndShowsItsLineAndEachServicesSteps() {
        open();
        select("demo");
        int loadsBefore = loads.size();

        model.up();

        assertThat(loads).hasSize(loadsBefore + 1);
        assertThat(actions.calls()).containsExactly("up demo " + UpOptions.DEFAULT);
        assertThat(tab.echo().lastCommandProperty().get())
                .isEqualTo("docker compose -f /work/demo/compose.yaml -p demo up -d");
        ComposeActivity activity = row("demo").activityProperty().get();
        assertThat(activity.statusProperty().get()).isEqualTo("Bringing demo up…");
        assertThat(row("demo").isBusy()).isTrue();
        assertThat(model.canUpProperty().getValue()).isFalse(); // one action at a time

        FakeComposeActions.FakeTask task = actions.lastTask();
        task.step("", "demo_default", Step.CREATED, "");
        task.step("web", "demo-web-1", Step.CREATING, "");
        task.step("web", "demo-web-1", Step.STARTED, "");
        task.step("db", "demo-db-1", Step.WAITING, "");

        assertThat(activity.lines()).extracting(ProgressLine::subject, ProgressLine::stepText).containsExactly(
                tuple("demo_default", "Created"),
                tuple("demo-web-1", "Started"),
                tuple("demo-db-1", "Waiting for healthy"));
        assertThat(activity.progressProperty().get()).isEqualTo(2.0 / 3);

        task.done.complete(null);
        assertThat(activity.statusProperty().get()).isEqualTo("demo is up");
        assertThat(row("demo").isBusy()).isFalse();
    }

    @Test
    void stepsReachTheListOncePerFrameHoweverManyCame() {
        Queue<Runnable> frame = new ArrayDeque<>();
        frames = frame::add;
        open();
        select("demo");
        model.up();
        FakeComposeActions.FakeTask task = actions.lastTask();

        task.step("web", "busybox", Step.PULLING, "1 MB of 2 MB");
        task.step("web", "busybox", Step.PULLING, "2 MB of 2 MB");
        task.step("web", "busybox", Step.PULLED, "");

        assertThat(frame).hasSize(1);
        ComposeActivity activity = row("demo").activityProperty().get();
        assertThat(activity.lines()).isEmpty();
        frame.poll().run();
        assertThat(activity.lines()).singleElement().extracting(ProgressLine::step).isEqualTo(Step.PULLED);
    }

    @Test
    void aWrongFileCreatesNothingAndNamesItsFirstProblem() {
        open();
        select("demo");
        ComposeProblem ports = new ComposeProblem(FILE, 12, 7, "services.web.ports[1]",
                "\"99999\" is not a port: use 1 to 65535.");
        files.put(List.of(FILE), new ComposeFileException(List.of(ports,
                new ComposeProblem(FILE, 3, 1, "services.wbe", "Unknown key; did you mean \"web\"?"))));

        model.up();
        afterTheDebounce();

        assertThat(actions.calls()).isEmpty();
        ComposeActivity activity = row("demo").activityProperty().get();
        assertThat(activity.runningProperty().get()).isFalse();
        assertThat(activity.notice().get().sentence())
                .isEqualTo("compose.yaml:12:7: services.web.ports[1]: \"99999\" is not a port: use 1 to 65535."
                        + " (and 1 more)");
        assertThat(activity.notice().get().offeredAction()).contains("Nothing was created");
        assertThat(model.pageProperty().get()).isEqualTo(DetailsPage.CONFIGURATION);
        assertThat(row("demo").statusProperty().get().label()).isEqualTo("File has errors");
        assertThat(model.config().shownProperty().get().problems()).hasSize(2);
    }

    @Test
    void downAsksFirstNamingContainersAndNetworksAndRemovesVolumesOnlyWhenTicked() {
        actions.setProjects(onEngine("demo", List.of(FILE.toString()), List.of("demo_data"),
                container("demo", "web", 1, ContainerState.RUNNING)));
        open();
        select("demo");
        tab.dialogs().sayNo().sayYesTicking(ProjectRuns.REMOVE_VOLUMES);

        model.askDown();
        assertThat(actions.calls()).isEmpty();
        model.askDown();

        Confirmation question = tab.dialogs().confirmations().get(1);
        assertThat(question.targets()).containsExactly("Container demo-web-1", "Network demo_default");
        assertThat(question.options()).singleElement()
                .satisfies(option -> assertThat(option.label()).isEqualTo("Also remove volumes: demo_data"));
        assertThat(question.commandLineFor(question.asOffered()))
                .isEqualTo("docker compose -f /work/demo/compose.yaml -p demo down");
        assertThat(actions.calls()).containsExactly("down demo " + new DownOptions(true, false));
        assertThat(tab.echo().lastCommandProperty().get())
                .isEqualTo("docker compose -f /work/demo/compose.yaml -p demo down -v");
    }

    @Test
    void aProjectStartedElsewhereIsStoppedStartedAndTakenDownByNameButNotBroughtUp() {
        remembered = List.of();
        actions.setProjects(onEngine("other", List.of(), List.of(),
                container("other", "app", 1, ContainerState.RUNNING)));
        open();
        select("other");

        assertThat(model.canUpProperty().getValue()).isFalse();
        assertThat(model.canPullProperty().getValue()).isFalse();
        assertThat(model.canLoadItsFilesProperty().getValue()).isFalse(); // no file is known
        assertThat(model.canStartProperty().getValue()).isFalse(); // it runs
        assertThat(model.canDownProperty().getValue()).isTrue();
        model.stop();

        assertThat(actions.calls()).containsExactly("stop other []");
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker compose -p other stop");
        actions.lastTask().done.complete(null);
        model.restart();
        assertThat(actions.calls()).last().isEqualTo("restart other []");
    }

    @Test
    void oneServiceIsStoppedAndRestartedOnItsOwnWithItsLine() {
        remembered = List.of();
        actions.setProjects(onEngine("shop", List.of(), List.of(), container("shop", "web", 1, ContainerState.RUNNING),
                container("shop", "db", 1, ContainerState.RUNNING)));
        open();
        select("shop");

        model.stopService(List.of("web"));

        assertThat(actions.calls()).containsExactly("stop shop [web]");
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker compose -p shop stop web");
        actions.lastTask().done.complete(null);
        model.restartService(List.of("web"));
        assertThat(actions.calls()).last().isEqualTo("restart shop [web]");
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker compose -p shop restart web");
    }

    @Test
    void aProjectWhoseFilesAreStillOnDiskOffersToLoadThem(@TempDir Path folder) throws IOException {
        remembered = List.of();
        Path file = Files.writeString(folder.resolve("compose.yaml"), "services: {}\n");
        files.put(List.of(file), project("elsewhere", file, service("app", "busybox", 1)));
        actions.setProjects(onEngine("elsewhere", List.of(file.toString()), List.of(),
                container("elsewhere", "app", 1, ContainerState.EXITED)));
        open();
        select("elsewhere");

        assertThat(model.canLoadItsFilesProperty().getValue()).isTrue();
        model.loadItsFiles();
        afterTheDebounce();

        assertThat(saved).last().isEqualTo(List.of(List.of(file)));
        assertThat(model.rows().all()).singleElement().satisfies(row -> {
            assertThat(row.isOpenedFromFiles()).isTrue();
            assertThat(row.engine()).isNotNull();
        });
    }

    @Test
    void aFailedActionSaysTheEnginesReasonAndTheOthersCarryOn() {
        open();
        select("demo");
        model.up();
        FakeComposeActions.FakeTask task = actions.lastTask();
        task.step("web", "demo-web-1", Step.FAILED, "Port 8080 is already in use on this machine.");
        task.step("db", "demo-db-1", Step.STARTED, "");

        task.done.completeExceptionally(new DaemonException("Port 8080 is already in use on this machine.",
                "Choose another host port."));

        ComposeActivity activity = row("demo").activityProperty().get();
        assertThat(activity.statusProperty().get()).isEqualTo("Up failed for 1 step; the rest carried on.");
        assertThat(activity.notice().get().offeredAction()).isEqualTo("Choose another host port.");
        assertThat(activity.lines().get(0).outcome()).isEqualTo(ProgressLine.Outcome.FAILED);
        assertThat(activity.lines().get(0).detail()).isEqualTo("Port 8080 is already in use on this machine.");
    }

    @Test
    void cancelStopsTheTaskAndSaysWhatStays() {
        open();
        select("demo");
        model.up();

        model.cancel();
        actions.lastTask().done.complete(null);

        assertThat(actions.lastTask().cancelled).isTrue();
        assertThat(row("demo").activityProperty().get().statusProperty().get())
                .isEqualTo("Up cancelled; what was done stays done.");
        model.dismissActivity();
        assertThat(row("demo").activityProperty().get()).isNull();
    }

    @Test
    void removingFromTheListForgetsTheFileButNotWhatRuns() {
        actions.setProjects(onEngine("demo", List.of("/elsewhere/compose.yaml"), List.of(),
                container("demo", "web", 1, ContainerState.RUNNING)));
        open();
        select("demo");

        model.removeFromList();
        afterTheDebounce();

        assertThat(saved).last().isEqualTo(List.of());
        assertThat(model.rows().all()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("demo");
            assertThat(row.isOpenedFromFiles()).isFalse();
        });
        assertThat(model.rows().selectionRequestProperty().get().name()).isEqualTo("demo");
    }

    @Test
    void scalingRunsTheFilesProjectWithItsLine() {
        open();
        select("demo");

        assertThat(model.scaleCommandLine("web", 3))
                .isEqualTo("docker compose -f /work/demo/compose.yaml -p demo up -d --scale web=3 --no-recreate web");
        model.scale("web", 3);

        assertThat(actions.calls()).containsExactly("scale demo web=3");
        assertThat(ComposeViewModel.scaleProblem(101)).contains("Choose from 0 to 100 replicas.");
        assertThat(ComposeViewModel.scaleProblem(0)).isEmpty();
    }

    @Test
    void onlyEventsAboutProjectsReadTheListAgainAndABurstCostsOneCall() {
        open();
        int before = actions.projectCalls();

        engine.emit(new DaemonEvent("container", "start", "x", Map.of("name", "x"), 1));
        afterTheDebounce();
        assertThat(actions.projectCalls()).isEqualTo(before);

        for (int i = 0; i < 5; i++) {
            engine.emit(new DaemonEvent("container", "start", "c" + i,
                    Map.of("com.docker.compose.project", "demo"), i));
        }
        engine.emit(new DaemonEvent("volume", "create", "demo_data", Map.of(), 9));
        afterTheDebounce();
        assertThat(actions.projectCalls()).isEqualTo(before + 1);
    }

    @Test
    void theCombinedLogIsOpenOnlyWhileTheLogsPageShowsAProjectWithContainers() {
        actions.setProjects(onEngine("demo", List.of(FILE.toString()), List.of(),
                container("demo", "web", 1, ContainerState.RUNNING)));
        open();
        select("demo");
        assertThat(model.logsProperty().get()).isNull();

        model.showLogs();
        ProjectLogsViewModel logs = model.logsProperty().get();
        assertThat(logs.project()).isEqualTo("demo");
        assertThat(logs.services()).containsExactly("web", "db");

        model.pageProperty().set(DetailsPage.SERVICES);
        assertThat(model.logsProperty().get()).isNull();
    }

    @Test
    void theServicesJoinTheFileWithWhatTheEngineRuns() {
        actions.setProjects(onEngine("demo", List.of(FILE.toString()), List.of(),
                container("demo", "web", 1, ContainerState.RUNNING), container("demo", "old", 1,
                        ContainerState.EXITED)));
        open();
        select("demo");

        assertThat(model.servicesProperty().getValue()).extracting(ServiceLine::name, ServiceLine::stateText)
                .containsExactly(tuple("web", "1/1 running"),
                        tuple("db", "Not created (1 replica)"),
                        tuple("old", "0/1 running"));
    }
}
