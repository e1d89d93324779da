package dev.berth.compose.logs;

import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.logs.LogLine;
import dev.berth.logs.LogViewModel;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.testing.ManualScheduler;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectLogsViewModelTest {
    private static final Instant T = Instant.parse("2026-11-28T12:00:00Z");
    private final FakeEngineGateway engine = new FakeEngineGateway();

    private static ContainerSummary container(String id, String project, String service, int number, boolean oneoff) {
        return new ContainerSummary(id, project + "-" + service + "-" + number, "busybox", "sha256:1", "sh",
                ContainerState.RUNNING, "Up", List.of(), T, Map.of(ProjectLogsViewModel.PROJECT, project,
                ProjectLogsViewModel.SERVICE, service, ProjectLogsViewModel.NUMBER, String.valueOf(number),
                ProjectLogsViewModel.ONEOFF, oneoff ? "True" : "False"));
    }

    private ProjectLogsViewModel logs() {
        return new ProjectLogsViewModel(engine, "demo", List.of("web", "db"), Runnable::run,
                (name, line) -> LogViewModel.combined(engine, name, line, Runnable::run, Runnable::run,
                        new ManualScheduler(), 100, Clock.systemUTC()));
    }

    private static List<String> shown(ProjectLogsViewModel logs) {
        return logs.log().lines().stream().map(LogLine::text).toList();
    }

    @Test
    void readsEveryContainerOfTheProjectWithItsServiceAndReplicaInFront() {
        engine.setContainers(container("w1", "demo", "web", 1, false), container("d1", "demo", "db", 1, false),
                container("x1", "other", "web", 1, false), container("r1", "demo", "web", 2, true));
        ProjectLogsViewModel logs = logs();

        logs.open();
        engine.emitLogLines("w1", List.of(new LogLine(LogLine.Source.STDOUT, "hello", T)));
        engine.emitLogLines("d1", List.of(new LogLine(LogLine.Source.STDERR, "ready", T)));

        assertThat(engine.openLogContainers()).containsExactlyInAnyOrder("w1", "d1");
        int web = 36; // the project's first service is cyan, its second yellow, as compose colours them
        int db = 33;
        assertThat(shown(logs)).containsExactly("\u001b[" + web + "mweb-1  | \u001b[0mhello",
                "\u001b[" + db + "mdb-1   | \u001b[0mready");
        assertThat(logs.log().followCommandLine()).isEqualTo("docker compose -p demo logs -f");
    }

    @Test
    void aContainerStartedLaterJoinsInAndARemovedOneEnds() {
        engine.setContainers(container("w1", "demo", "web", 1, false));
        ProjectLogsViewModel logs = logs();
        logs.open();

        engine.emit(new DaemonEvent("container", "start", "w2", Map.of(ProjectLogsViewModel.PROJECT, "demo",
                ProjectLogsViewModel.SERVICE, "web", ProjectLogsViewModel.NUMBER, "2"), 1));
        engine.emit(new DaemonEvent("container", "start", "zz", Map.of(ProjectLogsViewModel.PROJECT, "other"), 2));
        engine.emitLogLines("w2", List.of(new LogLine(LogLine.Source.STDOUT, "second", T)));

        assertThat(engine.openLogContainers()).containsExactlyInAnyOrder("w1", "w2");
        assertThat(shown(logs)).singleElement().asString().contains("web-2  | ").endsWith("second");

        engine.emit(new DaemonEvent("container", "destroy", "w2", Map.of(ProjectLogsViewModel.PROJECT, "demo"), 3));
        assertThat(engine.openLogContainers()).containsExactly("w1");

        logs.close();
        assertThat(engine.openLogStreams()).isZero();
    }

    @Test
    void theServicesTakeTheColoursInTheirOrderAndTheNamesArePaddedToTheLongestService() {
        LogPrefixes prefixes = new LogPrefixes(List.of("web", "database"), List.of());

        assertThat(prefixes.prefix("web", "web-1")).isEqualTo("\u001b[36mweb-1       | \u001b[0m");
        assertThat(prefixes.prefix("database", "database-1")).isEqualTo("\u001b[33mdatabase-1  | \u001b[0m");
        assertThat(prefixes.colourOf("cache")).isEqualTo(new LogPrefixes(List.of(), List.of()).colourOf("cache"));
    }
}
