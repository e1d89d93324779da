package dev.berth.logs;

import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.RestartPolicy;
import dev.berth.daemon.DockerEngineGateway;
import dev.berth.daemon.EngineEndpoint;
import dev.berth.daemon.logs.LogLine;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.ManualScheduler;
import dev.berth.testing.PrivateDockerd;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A followed log across a real restart of the Docker engine: the engine is a dockerd of this test's own
 * ({@link PrivateDockerd}; the shared one is never stopped), the log is followed as the app follows it (the gateway,
 * a {@link LogViewModel}, and {@link ContainerLifecycle} passing on the engine's start events and reconnections).
 * The container, with restart policy "always", prints a numbered line every 20 ms, its counter kept in its own
 * filesystem so that the numbers carry on after the engine restarts it.
 */
@ExtendWith(EngineRequired.class)
class EngineRestartLogIT {
    private static final String COUNTING = "trap 'exit 0' TERM; n=$(cat /n 2>/dev/null || echo 0); "
            + "while :; do n=$((n+1)); echo $n > /n; echo line-$n; usleep 20000; done";
    private static final Pattern GAP_MARKER = Pattern.compile(
            "— (connection restored|container restarted) at \\d\\d:\\d\\d:\\d\\d —");

    private static PrivateDockerd engine;
    private final ExecutorService ui = Executors.newSingleThreadExecutor(task -> new Thread(task, "it-log-ui"));

    @BeforeAll
    static void startAnEngineOfOurOwn() throws Exception {
        try (TestEngine shared = TestEngine.connect()) {
            engine = PrivateDockerd.start();
            engine.loadImage(shared.client(), TestEngine.IMAGE);
        }
    }

    @AfterAll
    static void stopIt() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aFollowedLogCarriesOnAcrossAnEngineRestartWithEveryLineOnceAndTheGapMarked() throws Exception {
        EngineEndpoint endpoint = new EngineEndpoint(engine.host(), "private test engine", null);
        String id = engine.client().createContainerCmd(TestEngine.IMAGE)
                .withName(TestEngine.uniqueName("logs-engine-restart"))
                .withLabels(Map.of(TestEngine.TEST_LABEL, "true"))
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none")
                        .withRestartPolicy(RestartPolicy.alwaysRestart()))
                .withCmd("sh", "-c", COUNTING).exec().getId();
        try (DockerEngineGateway gateway = new DockerEngineGateway(() -> endpoint, endpoint)) {
            gateway.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> gateway.connectionState().isUp());
            engine.client().startContainerCmd(id).exec();
            LogViewModel model = onUi(() -> new LogViewModel(gateway.containers(), id, "counter", ui, ui,
                    new ManualScheduler()));
            try (ContainerLifecycle lifecycle = new ContainerLifecycle(gateway, ui, new ContainerLifecycle.Listener() {
                @Override
                public void containerStarted(String containerId) {
                    if (containerId.equals(id)) {
                        model.containerStarted();
                    }
                }

                @Override
                public void containerRemoved(String containerId) {
                    if (containerId.equals(id)) {
                        model.containerRemoved();
                    }
                }

                @Override
                public void engineReconnected() {
                    model.engineReconnected();
                }
            })) {
                onUi(() -> {
                    model.open();
                    return null;
                });
                await().atMost(Duration.ofSeconds(20)).until(() -> onUi(() -> model.lines().size()) >= 25);

                engine.stop(); // SIGTERM: dockerd stops the container, then itself
                await().atMost(Duration.ofSeconds(10)).until(() -> onUi(() -> !model.stateProperty().get()
                        .equals(LogState.FOLLOWING)));
                int beforeRestart = onUi(() -> model.lines().size());
                engine.startAgain(); // the same folders and flags; it starts the "always" container again

                await().atMost(Duration.ofSeconds(30)).until(() -> onUi(() -> model.lines().size())
                        >= beforeRestart + 26);
                assertThat(engine.client().inspectContainerCmd(id).exec().getState().getRunning())
                        .as("the engine started the container again by itself (restart policy)").isTrue();
                engine.client().stopContainerCmd(id).withTimeout(5).exec();
                await().atMost(Duration.ofSeconds(15)).until(() -> onUi(() -> model.stateProperty().get())
                        == LogState.STOPPED);

                List<String> shown = new ArrayList<>();
                List<Integer> markers = new ArrayList<>();
                List<String> markerTexts = new ArrayList<>();
                onUi(() -> {
                    for (int row = 0; row < model.lines().size(); row++) {
                        LogLine line = model.lines().get(row);
                        if (model.isGapMarker(line)) {
                            markers.add(row);
                            markerTexts.add(line.text());
                        } else {
                            shown.add(line.text());
                        }
                    }
                    return null;
                });
                List<String> engineLog = dockerLogs(id);
                assertThat(shown).as("every line of `docker logs`, once each, in order").isEqualTo(engineLog);
                assertThat(numbers(engineLog)).as("the counter carried on across the restart").isSorted()
                        .doesNotHaveDuplicates().hasSizeGreaterThan(50);
                assertThat(markers).as("the gap is marked right after the last line before the restart")
                        .isNotEmpty().startsWith(beforeRestart);
                assertThat(markerTexts).allMatch(text -> GAP_MARKER.matcher(text).matches());
                assertThat(shown.subList(beforeRestart, shown.size())).as("lines after the restart").isNotEmpty();
            }
        } finally {
            ui.shutdownNow();
        }
    }

    private static List<Integer> numbers(List<String> lines) {
        return lines.stream().map(line -> Integer.parseInt(line.substring("line-".length()))).toList();
    }

    /** What the private engine's own log of the container holds, through the docker CLI. */
    private static List<String> dockerLogs(String id) throws IOException, InterruptedException {
        Process cli = new ProcessBuilder("docker", "-H", engine.host(), "logs", id).redirectErrorStream(true).start();
        byte[] out = cli.getInputStream().readAllBytes();
        assertThat(cli.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.exitValue()).as("docker logs: %s", new String(out, StandardCharsets.UTF_8)).isZero();
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }

    private <T> T onUi(Callable<T> work) throws Exception {
        return ui.submit(work).get(10, TimeUnit.SECONDS);
    }
}
