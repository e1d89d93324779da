package dev.berth.logs;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.logs.LogRequest;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.testing.ManualScheduler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static dev.berth.logs.LogFixtures.T0;
import static dev.berth.logs.LogFixtures.model;
import static dev.berth.logs.LogFixtures.numbered;
import static dev.berth.logs.LogFixtures.out;
import static dev.berth.logs.LogFixtures.shown;
import static org.assertj.core.api.Assertions.assertThat;

/** A followed log whose stream is cut while the engine stays up carries on by itself, from its last line. */
class LogCutTest {
    private static final String MARKER = "— stream cut, resumed at 12:03:04 —";
    private final FakeEngineGateway engine = new FakeEngineGateway();
    private final ManualScheduler scheduler = new ManualScheduler();
    private LogViewModel model;

    @BeforeEach
    void followThreeLines() {
        model = model(engine, 100, Runnable::run, scheduler);
        model.open();
        engine.emitLogLines(numbered(1, 4));
    }

    private void cut() {
        engine.endLogStreams(new DaemonException("Berth could not reach the Docker engine to read the log.", null, 0,
                new IOException("Premature end of chunk coded message body"), true));
    }

    @Test
    void aCutStreamSaysSoAndCarriesOnFromItsLastLineASecondLaterMarkingTheGap() {
        cut();
        assertThat(model.stateProperty().get()).isEqualTo(LogState.DISCONNECTED);
        assertThat(model.notice().get().sentence()).isEqualTo("The log stream was cut off.");
        assertThat(model.notice().get().offeredAction()).contains("in 1 s");
        assertThat(model.notice().get().retry().label()).isEqualTo("Resume now");

        scheduler.advance(Duration.ofMillis(999));
        assertThat(engine.openLogStreams()).as("streams open before the wait is over").isZero();
        scheduler.advance(Duration.ofMillis(1));
        engine.emitLogLines(List.of(out(3, "line 3"), out(4, "line 4"))); // the engine repeats the last second

        assertThat(engine.logRequests()).hasSize(2).last().isEqualTo(new LogRequest(true, LogRequest.ALL,
                T0.plusSeconds(3)));
        assertThat(shown(model)).containsExactly("line 1", "line 2", "line 3", MARKER, "line 4");
        assertThat(model.stateProperty().get()).isEqualTo(LogState.FOLLOWING);
        assertThat(model.notice().get()).isNull();
    }

    @Test
    void cutsWithoutALineBetweenWaitTwiceAsLongEachTimeAndMarkTheGapOnce() {
        cut();
        scheduler.advance(Duration.ofSeconds(1));
        cut(); // the stream carried on, and was cut again before a line came
        assertThat(model.notice().get().offeredAction()).contains("in 2 s");
        scheduler.advance(Duration.ofMillis(1999));
        assertThat(engine.logRequests()).hasSize(2);
        scheduler.advance(Duration.ofMillis(1));
        assertThat(engine.logRequests()).hasSize(3);
        cut();
        scheduler.advance(Duration.ofSeconds(4));
        assertThat(engine.logRequests()).hasSize(4);

        engine.emitLogLines(List.of(out(4, "line 4")));
        cut();
        assertThat(model.notice().get().offeredAction()).as("the wait after lines came again").contains("in 1 s");
        scheduler.advance(Duration.ofSeconds(1));
        engine.emitLogLines(List.of(out(5, "line 5")));

        assertThat(shown(model)).containsExactly("line 1", "line 2", "line 3", MARKER, "line 4", MARKER, "line 5");
    }

    @Test
    void resumeNowCarriesOnAtOnceAndTheWaitThenDoesNothing() {
        cut();

        model.notice().retry();
        model.notice().retry();
        scheduler.advance(Duration.ofSeconds(30));

        assertThat(engine.logRequests()).as("the first read and one resume").hasSize(2);
        assertThat(engine.openLogStreams()).isEqualTo(1);
        assertThat(model.notice().get()).isNull();
    }

    @Test
    void theEngineComingBackFirstCarriesOnOnceWithItsOwnMarker() {
        cut();
        model.engineReconnected();
        scheduler.advance(Duration.ofSeconds(30));
        engine.emitLogLines(List.of(out(4, "line 4")));

        assertThat(engine.logRequests()).hasSize(2);
        assertThat(shown(model)).containsExactly("line 1", "line 2", "line 3", "— connection restored at 12:03:04 —",
                "line 4");
        assertThat(model.notice().get()).isNull();
    }

    @Test
    void aLogTheEngineRefusesIsNotReadAgainByItself() {
        engine.endLogStreams(new DaemonException("The Docker engine refused to read the log: no log driver.", null,
                501, null));
        scheduler.advance(Duration.ofMinutes(1));

        assertThat(model.stateProperty().get()).isEqualTo(LogState.FAILED);
        assertThat(model.notice().get().sentence()).contains("no log driver");
        assertThat(engine.logRequests()).hasSize(1);
    }

    @Test
    void aCutAfterFollowWasTurnedOffWaitsForNothing() {
        cut();
        model.followProperty().set(false);
        scheduler.advance(Duration.ofSeconds(30));

        assertThat(engine.logRequests()).hasSize(1);
        assertThat(model.notice().get()).isNull();
    }
}
