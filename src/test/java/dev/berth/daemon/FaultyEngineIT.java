package dev.berth.daemon;

import dev.berth.containers.ContainerRow;
import dev.berth.containers.ContainersViewModel;
import dev.berth.containers.LifecycleAction;
import dev.berth.daemon.logs.LogLine;
import dev.berth.daemon.logs.LogRequest;
import dev.berth.logs.LogViewModel;
import dev.berth.testing.EngineProxy;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.ProxyFaults;
import dev.berth.testing.RecordingDialogs;
import dev.berth.testing.TestEngine;
import dev.berth.ui.CommandEcho;
import dev.berth.ui.Notice;
import dev.berth.ui.TabContext;
import dev.berth.ui.concurrent.Scheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real gateway and the Containers section's view model with the engine behind a proxy that turns slow,
 * refusing, mute or cuts its streams mid-frame: each failure is a sentence with a way out, an action in flight
 * shows its progress and reaches the engine once, nothing is left half-done, and when the engine behaves again
 * Berth recovers without being asked. Results are checked through the engine and the proxy's count of requests.
 */
@ExtendWith(EngineRequired.class)
class FaultyEngineIT {
    private static final String STOP = "/containers/[^/]+/stop";

    private TestEngine engine;
    private EngineProxy proxy;
    private ProxyFaults faults;
    private DockerEngineGateway gateway;
    private ContainersViewModel containers;
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @BeforeEach
    void startProxy() throws Exception {
        engine = TestEngine.connect();
        proxy = new EngineProxy(Path.of(URI.create(TestEngine.HOST).getPath()));
        proxy.start();
        faults = proxy.faults();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (containers != null) {
            onUi(() -> {
                containers.close();
                return null;
            });
        }
        if (gateway != null) {
            gateway.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        ui.shutdownNow();
        timer.shutdownNow();
        if (engine != null) {
            engine.removeCreated();
            engine.close();
        }
    }

    @Test
    void onASlowEngineAStopShowsItsProgressAndReachesTheEngineOnce() throws Exception {
        String id = engine.runContainer(TestEngine.uniqueName("slow"));
        faults.delayEveryCall(Duration.ofSeconds(2));
        ContainerRow row = connectAndSelect(id);

        onUi(() -> containers.perform(LifecycleAction.STOP));
        assertThat(onUi(() -> row.pendingActionProperty().get())).as("the row's progress while the stop is under way")
                .isEqualTo("Stopping…");
        assertThat(onUi(() -> containers.canPerform(LifecycleAction.STOP).get()))
                .as("the Stop button while the stop is under way").isFalse();
        onUi(() -> containers.perform(LifecycleAction.STOP)); // a second click, or the shortcut
        onUi(() -> containers.perform(LifecycleAction.KILL));

        await().atMost(Duration.ofSeconds(20)).until(() -> !engine.isRunning(id));
        await().atMost(Duration.ofSeconds(20)).until(() -> onUi(() -> !row.isBusy()));
        assertThat(faults.count("POST", STOP)).as("stop requests that reached the engine").isEqualTo(1);
        assertThat(faults.count("POST", "/containers/[^/]+/kill")).isZero();
        assertThat(onUi(() -> containers.notice().get())).isNull();
    }

    @Test
    void aRefusedStopIsASentenceWithAWayOutAndLeavesTheContainerRunning() throws Exception {
        String id = engine.runContainer(TestEngine.uniqueName("refused"));
        faults.refuse("POST", STOP, 500, "cannot stop container: the engine is overloaded");
        ContainerRow row = connectAndSelect(id);

        onUi(() -> containers.perform(LifecycleAction.STOP));
        await().atMost(Duration.ofSeconds(10)).until(() -> onUi(() -> containers.notice().get()) != null);
        Notice notice = onUi(() -> containers.notice().get());
        assertThat(notice.sentence()).contains("stop container").contains("the engine is overloaded");
        assertThat(notice.offeredAction()).as("what the user can do about a 500").contains("Try again");
        assertThat(onUi(row::isBusy)).as("the row's progress after the refusal").isFalse();
        assertThat(engine.isRunning(id)).as("the container after a refused stop").isTrue();
        assertThat(faults.count("POST", STOP)).isEqualTo(1);

        assertThat(notice.retry()).as("a 500 offers to try again").isNotNull();

        faults.clear();
        onUi(() -> {
            containers.notice().retry();
            containers.notice().retry(); // a second click while the first retry is under way
            return null;
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> !engine.isRunning(id));
        await().atMost(Duration.ofSeconds(5)).until(() -> onUi(() -> containers.notice().get()) == null);
        assertThat(faults.count("POST", STOP)).as("the stop and its one retry").isEqualTo(2);
    }

    @Test
    void aListThatFailedIsReadAgainByItselfOnceTheEngineAnswers() throws Exception {
        faults.refuse("GET", "/containers/json", 500, "the engine is overloaded");
        connect();
        await().atMost(Duration.ofSeconds(10)).until(() -> onUi(() -> containers.notice().get()) != null);
        assertThat(onUi(() -> containers.notice().get().sentence())).contains("the engine is overloaded");
        String made = engine.createContainer(TestEngine.uniqueName("listed-later"), "true");
        long refusedBefore = faults.count("GET", "/containers/json");
        await().atMost(Duration.ofSeconds(10)).until(() -> faults.count("GET", "/containers/json") > refusedBefore);

        faults.clear(); // no event follows: only reading the list again shows the container
        await().atMost(Duration.ofSeconds(15)).until(() -> onUi(() -> row(made) != null));
        assertThat(onUi(() -> containers.notice().get())).as("the list's failure once it was read").isNull();
    }

    @Test
    void aMuteEngineEndsTheCallWithASentenceAndBerthComesBackWhenItAnswers() throws Exception {
        connect();
        String id = engine.runContainer(TestEngine.uniqueName("mute"));
        await().atMost(Duration.ofSeconds(10)).until(() -> onUi(() -> row(id)) != null);

        faults.muteEngine(true);
        CompletableFuture<?> inspect = gateway.containers().inspect(id);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            inspect.whenComplete((answer, failed) -> failure.set(failed));
            return inspect.isDone();
        });
        assertThat(failure.get()).isInstanceOf(CompletionException.class).cause().isInstanceOf(DaemonException.class);
        DaemonException sentence = (DaemonException) failure.get().getCause();
        assertThat(sentence.getMessage()).contains("lost the connection").contains("inspect container");
        assertThat(sentence.offeredAction()).as(sentence.getMessage()).isPresent();
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.connectionState().status()
                == ConnectionState.Status.DOWN);
        String during = engine.createContainer(TestEngine.uniqueName("made-while-mute"), "true");

        faults.muteEngine(false);
        await().atMost(Duration.ofSeconds(15)).until(() -> gateway.connectionState().isUp());
        await().atMost(Duration.ofSeconds(10)).until(() -> onUi(() -> row(during)) != null);
    }

    @Test
    void aLogCutMidFrameEndsWithoutAHalfLineAndTheEventStreamComesBack() throws Exception {
        connect();
        String id = engine.createContainer(TestEngine.uniqueName("chatty"), "sh", "-c",
                "i=0; while :; do i=$((i+1)); echo \"line $i of a chatty container\"; sleep 0.05; done");
        engine.client().startContainerCmd(id).exec();
        List<String> lines = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Subscription log = gateway.containers().logs(id, new LogRequest(true, LogRequest.ALL, null),
                batch -> batch.stream().map(LogLine::text).forEach(lines::add),
                failure -> ended.set(failure == null ? new IllegalStateException("ended cleanly") : failure));
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.size() >= 5);
        List<ConnectionState.Status> states = new CopyOnWriteArrayList<>();
        gateway.onConnectionChange(state -> states.add(state.status()));

        faults.cutStreamsMidFrame();
        await().atMost(Duration.ofSeconds(10)).until(() -> ended.get() != null);
        log.close();
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).as("line %d of the cut log", i).isEqualTo("line " + (i + 1)
                    + " of a chatty container");
        }
        engine.client().stopContainerCmd(id).withTimeout(0).exec(); // an event, which reaches the cut stream
        await().atMost(Duration.ofSeconds(15)).until(() -> states.contains(ConnectionState.Status.DOWN)
                && gateway.connectionState().isUp());
        await().atMost(Duration.ofSeconds(10)).until(() -> onUi(() -> row(id) != null
                && !row(id).state().isActive()));
    }

    @Test
    void aFollowedLogWhoseStreamAloneIsCutCarriesOnByItselfWithEveryLineOnce() {
        connect();
        String id = engine.createContainer(TestEngine.uniqueName("cut-log"), "sh", "-c",
                "i=0; while :; do i=$((i+1)); echo \"line $i\"; sleep 0.02; done");
        engine.client().startContainerCmd(id).exec();
        LogViewModel model = onUi(() -> new LogViewModel(gateway.containers(), id, "cut-log", ui, ui,
                Scheduler.on(timer)));
        List<String> notices = new CopyOnWriteArrayList<>();
        onUi(() -> {
            model.notice().property().subscribe(notice -> notices.add(notice == null ? "none" : notice.sentence()));
            model.open();
            return null;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> onUi(() -> model.lines().size()) >= 20);
        List<ConnectionState.Status> states = new CopyOnWriteArrayList<>();
        gateway.onConnectionChange(state -> states.add(state.status()));

        faults.cutStreamsMidFrame("/containers/[^/]+/logs");
        await().atMost(Duration.ofSeconds(10)).until(() -> notices.contains("The log stream was cut off."));
        int atTheCut = onUi(() -> model.lines().size());
        await().atMost(Duration.ofSeconds(15)).until(() -> onUi(() -> model.lines().size()) >= atTheCut + 50);

        List<String> shown = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        onUi(() -> {
            model.lines().forEach(line -> (model.isGapMarker(line) ? markers : shown).add(line.text()));
            model.close();
            return null;
        });
        assertThat(markers).as("the gap").singleElement().asString().startsWith("— stream cut, resumed at ");
        for (int i = 0; i < shown.size(); i++) {
            assertThat(shown.get(i)).as("line %d of the log that was cut and carried on", i)
                    .isEqualTo("line " + (i + 1));
        }
        assertThat(faults.count("GET", "/containers/[^/]+/logs")).as("the log read, then carried on once").isEqualTo(2);
        assertThat(states).as("the connection, whose event stream was not cut").doesNotContain(
                ConnectionState.Status.DOWN);
        assertThat(onUi(() -> model.notice().get())).isNull();
    }

    @Test
    void statsAndAnAttachedConsoleCutMidFrameEndByThemselves() throws Exception {
        connect();
        String id = engine.runInteractiveContainer(TestEngine.uniqueName("attached"));
        AtomicReference<Throwable> statsEnded = new AtomicReference<>();
        List<Object> samples = new CopyOnWriteArrayList<>();
        Subscription stats = gateway.containers().stats(id, samples::add,
                failure -> statsEnded.set(failure == null ? new IllegalStateException("ended cleanly") : failure));
        AtomicReference<Throwable> attachEnded = new AtomicReference<>();
        StringBuilder output = new StringBuilder();
        var session = gateway.containers().attach(id, 80, 24, bytes -> {
            synchronized (output) {
                output.append(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            }
        }, failure -> attachEnded.set(failure == null ? new IllegalStateException("ended cleanly") : failure))
                .get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> !samples.isEmpty());

        faults.cutStreamsMidFrame();
        session.send("echo after-the-cut\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(10)).until(() -> statsEnded.get() != null && attachEnded.get() != null);
        stats.close();
        session.close();
        assertThat(engine.isRunning(id)).as("the attached container after its console was cut").isTrue();
    }

    private void connect() {
        EngineEndpoint viaProxy = new EngineEndpoint(proxy.host(), "test proxy", null);
        gateway = new DockerEngineGateway(() -> viaProxy, viaProxy);
        containers = onUi(() -> new ContainersViewModel(gateway, new TabContext(ui, Scheduler.on(timer),
                new CommandEcho(), new RecordingDialogs())));
        gateway.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> gateway.connectionState().isUp());
    }

    private ContainerRow connectAndSelect(String id) {
        connect();
        await().atMost(Duration.ofSeconds(20)).until(() -> onUi(() -> row(id)) != null);
        return onUi(() -> {
            ContainerRow row = row(id);
            containers.setSelection(List.of(row), row);
            return row;
        });
    }

    private ContainerRow row(String id) {
        return containers.rows().all().stream().filter(row -> row.id().equals(id)).findFirst().orElse(null);
    }

    private <T> T onUi(Supplier<T> step) {
        try {
            return CompletableFuture.supplyAsync(step, ui).get(10, TimeUnit.SECONDS);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
