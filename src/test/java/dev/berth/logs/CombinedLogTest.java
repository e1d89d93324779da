package dev.berth.logs;

import dev.berth.daemon.logs.LogRequest;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.testing.ManualScheduler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.berth.logs.LogFixtures.CLOCK;
import static dev.berth.logs.LogFixtures.T0;
import static dev.berth.logs.LogFixtures.numbered;
import static dev.berth.logs.LogFixtures.out;
import static dev.berth.logs.LogFixtures.shown;
import static org.assertj.core.api.Assertions.assertThat;

/** Several containers' logs in one view, each line prefixed with its container, as docker compose logs shows them. */
class CombinedLogTest {
    private final FakeEngineGateway engine = new FakeEngineGateway();
    private final ManualScheduler scheduler = new ManualScheduler();
    private LogViewModel model;

    @BeforeEach
    void followTwoContainers() {
        model = LogViewModel.combined(engine, "demo", "docker compose -p demo logs --follow", Runnable::run,
                Runnable::run, scheduler, 100, CLOCK);
        model.addContainer("web1", "web-1 | ", "web-1");
        model.addContainer("db1", "db-1  | ", "db-1");
        assertThat(engine.openLogStreams()).isZero(); // nothing until the view is shown
        model.open();
    }

    @Test
    void eachContainersLinesCarryItsPrefixInTheOrderTheyCame() {
        engine.emitLogLines("web1", List.of(out(1, "listening")));
        engine.emitLogLines("db1", List.of(out(2, "ready")));
        engine.emitLogLines("web1", List.of(out(3, "GET /")));

        assertThat(engine.openLogContainers()).containsExactlyInAnyOrder("web1", "db1");
        assertThat(shown(model)).containsExactly("web-1 | listening", "db-1  | ready", "web-1 | GET /");
        assertThat(model.stateProperty().get()).isEqualTo(LogState.FOLLOWING);
        assertThat(model.stateSentence(LogState.FOLLOWING)).contains("containers");
        assertThat(model.followCommandLine()).isEqualTo("docker compose -p demo logs --follow");
    }

    @Test
    void aContainerThatAppearsLaterJoinsInAtOnceWithItsWholeRange() {
        model.addContainer("web2", "web-2 | ", "web-2");
        engine.emitLogLines("web2", List.of(out(1, "second replica")));

        assertThat(engine.logRequests()).last().isEqualTo(new LogRequest(true, 1000, null));
        assertThat(shown(model)).containsExactly("web-2 | second replica");
        model.addContainer("web2", "web-2 | ", "web-2");
        assertThat(engine.openLogContainers()).containsExactlyInAnyOrder("web1", "db1", "web2");
    }

    @Test
    void aRestartedContainerCarriesOnAloneWithItsNameInTheGapMarker() {
        engine.emitLogLines("web1", numbered(1, 3));
        engine.emitLogLines("db1", List.of(out(5, "ready")));
        engine.endLogStreams("web1");
        assertThat(model.stateProperty().get()).isEqualTo(LogState.FOLLOWING); // db-1 still runs

        model.containerStarted("web1");
        engine.emitLogLines("web1", List.of(out(2, "line 2"), out(3, "line 3")));

        assertThat(engine.logRequests()).last().isEqualTo(new LogRequest(true, LogRequest.ALL, T0.plusSeconds(2)));
        assertThat(shown(model)).containsExactly("web-1 | line 1", "web-1 | line 2", "db-1  | ready",
                "— web-1 restarted at 12:03:04 —", "web-1 | line 3");
        assertThat(engine.openLogContainers()).containsExactlyInAnyOrder("web1", "db1");
    }

    @Test
    void aCutStreamStillCarriesOnByItselfWhenAnotherContainerRestartsMeanwhile() {
        engine.emitLogLines("web1", List.of(out(1, "listening")));
        engine.emitLogLines("db1", List.of(out(2, "ready")));
        engine.endLogStreams("db1", new java.io.IOException("Truncated chunk"));
        engine.endLogStreams("web1");
        model.containerStarted("web1");
        assertThat(engine.openLogContainers()).containsExactly("web1");

        scheduler.advance(java.time.Duration.ofSeconds(1));

        assertThat(engine.openLogContainers()).containsExactlyInAnyOrder("web1", "db1");
        assertThat(engine.logRequests()).last().isEqualTo(new LogRequest(true, LogRequest.ALL, T0.plusSeconds(2)));
    }

    @Test
    void theLogEndsOnlyWhenEveryContainerIsRemoved() {
        engine.emitLogLines("web1", List.of(out(1, "bye")));
        model.containerRemoved("web1");
        assertThat(model.stateProperty().get()).isEqualTo(LogState.FOLLOWING);
        assertThat(engine.openLogContainers()).containsExactly("db1");

        model.containerRemoved("db1");

        assertThat(model.stateProperty().get()).isEqualTo(LogState.REMOVED);
        assertThat(model.stateSentence(LogState.REMOVED)).isEqualTo("The containers were removed; their logs end here.");
        assertThat(shown(model)).containsExactly("web-1 | bye");
    }

    @Test
    void aLostConnectionMarksTheGapOnceAndResumesEveryStream() {
        engine.emitLogLines("web1", List.of(out(1, "a")));
        engine.endLogStreams();

        model.engineReconnected();

        assertThat(shown(model)).containsExactly("web-1 | a", "— connection restored at 12:03:04 —");
        assertThat(engine.openLogContainers()).containsExactlyInAnyOrder("web1", "db1");
    }

    @Test
    void followingOffStopsEveryStreamAndOnCarriesEachOnFromItsOwnLastLine() {
        engine.emitLogLines("web1", List.of(out(1, "a")));
        model.followProperty().set(false);
        assertThat(engine.openLogStreams()).isZero();
        assertThat(model.stateProperty().get()).isEqualTo(LogState.READ);

        model.followProperty().set(true);

        assertThat(engine.logRequests()).contains(new LogRequest(true, LogRequest.ALL, T0.plusSeconds(1)));
        assertThat(engine.openLogContainers()).containsExactlyInAnyOrder("web1", "db1");
    }

    @Test
    void theWholeLogFromTheEngineIsOneContainersSoOnlyTheLinesHeldAreSaved() {
        assertThat(model.saving().canSaveFullLog()).isFalse();
        assertThat(LogFixtures.model(engine, 10).saving().canSaveFullLog()).isTrue();
    }
}
