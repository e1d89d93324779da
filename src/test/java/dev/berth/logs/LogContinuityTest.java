package dev.berth.logs;

import dev.berth.daemon.logs.LogBatch;
import dev.berth.daemon.logs.LogRequest;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.testing.ManualScheduler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.berth.logs.LogFixtures.T0;
import static dev.berth.logs.LogFixtures.model;
import static dev.berth.logs.LogFixtures.numbered;
import static dev.berth.logs.LogFixtures.out;
import static dev.berth.logs.LogFixtures.shown;
import static org.assertj.core.api.Assertions.assertThat;

/** A followed log carries on where it stopped when the container restarts or the engine returns. */
class LogContinuityTest {
    private final FakeEngineGateway engine = new FakeEngineGateway();
    private LogViewModel model;

    @BeforeEach
    void followThreeLines() {
        model = model(engine, 100);
        model.open();
        engine.emitLogLines(numbered(1, 4));
    }

    @Test
    void whenTheContainerStopsTheModelSaysSoAndWaits() {
        engine.endLogStreams();

        assertThat(model.stateProperty().get()).isEqualTo(LogState.STOPPED);
        assertThat(engine.openLogStreams()).isZero();
    }

    @Test
    void aRestartResumesFromTheLastLineMarksTheGapAndDoublesNothing() {
        engine.endLogStreams();

        model.containerStarted();
        engine.emitLogLines(List.of(out(2, "line 2"), out(3, "line 3"), out(4, "line 4"))); // a sloppy engine

        assertThat(engine.logRequests()).last().isEqualTo(new LogRequest(true, LogRequest.ALL, T0.plusSeconds(3)));
        assertThat(shown(model)).containsExactly("line 1", "line 2", "line 3",
                "— container restarted at 12:03:04 —", "line 4");
        assertThat(model.isGapMarker(model.lines().get(3))).isTrue();
        assertThat(model.isGapMarker(model.lines().get(4))).isFalse();
        assertThat(model.stateProperty().get()).isEqualTo(LogState.FOLLOWING);
        assertThat(engine.openLogStreams()).isEqualTo(1);
    }

    @Test
    void aLostConnectionResumesWithAConnectionRestoredMarker() {
        engine.endLogStreams();
        model.engineReconnected();
        engine.emitLogLines(numbered(4, 6));

        assertThat(shown(model)).containsExactly("line 1", "line 2", "line 3",
                "— connection restored at 12:03:04 —", "line 4", "line 5");
    }

    @Test
    void resumeAfterAFailedStreamSaysTheConnectionWasRestored() {
        model = new LogViewModel(Overrides.replacing(engine, "logs", (proxy, method, args) -> {
            @SuppressWarnings("unchecked")
            java.util.function.Consumer<Throwable> onEnd = (java.util.function.Consumer<Throwable>) args[3];
            onEnd.accept(new java.io.IOException("Connection reset"));
            return (dev.berth.daemon.Subscription) () -> { };
        }), "aaa111", "web", Runnable::run, Runnable::run, new ManualScheduler(), 100, LogFixtures.CLOCK);
        model.open();

        assertThat(model.stateProperty().get()).isEqualTo(LogState.DISCONNECTED);
        assertThat(model.stateProperty().get().sentence).contains("broke off");
    }

    @Test
    void linesSharingTheLastTimestampAreNeitherLostNorDoubled() {
        engine.emitLogLines(List.of(out(5, "a"), out(5, "b")));
        engine.endLogStreams();

        model.containerStarted();
        engine.emitLogLines(List.of(out(5, "a"), out(5, "b"), out(5, "c"), out(6, "d")));

        assertThat(shown(model)).containsExactly("line 1", "line 2", "line 3", "a", "b",
                "— container restarted at 12:03:04 —", "c", "d");
    }

    @Test
    void linesSharingTheLastTimestampInEncodedBatchesAreNeitherLostNorDoubled() {
        engine.emitLogLines(LogBatch.of(List.of(out(5, "a"))));
        engine.emitLogLines(LogBatch.of(List.of(out(5, "b"), out(4, "late"))));
        engine.endLogStreams();

        model.containerStarted();
        engine.emitLogLines(LogBatch.of(List.of(out(4, "late"), out(5, "a"), out(5, "b"), out(5, "c"), out(6, "d"))));

        assertThat(shown(model)).containsExactly("line 1", "line 2", "line 3", "a", "b", "late",
                "— container restarted at 12:03:04 —", "c", "d");
    }

    @Test
    void aStartEventBeforeTheEndOfTheOldStreamStillDoublesNothing() {
        model.containerStarted(); // the old stream has not ended yet: it is closed and replaced
        engine.emitLogLines(numbered(1, 5));

        assertThat(engine.openLogStreams()).isEqualTo(1);
        assertThat(shown(model)).containsExactly("line 1", "line 2", "line 3",
                "— container restarted at 12:03:04 —", "line 4");
    }

    @Test
    void resumingBeforeAnyLineArrivedAsksForTheChosenRangeAgain() {
        model = model(engine, 100);
        model.open();
        engine.endLogStreams();

        model.resume();

        assertThat(engine.logRequests()).last().isEqualTo(new LogRequest(true, 1000, null));
        assertThat(model.lines()).isEmpty();
    }

    @Test
    void turningFollowOffClosesTheStreamAndOnCarriesOnWithoutAGap() {
        model.followProperty().set(false);
        assertThat(engine.openLogStreams()).isZero();
        assertThat(model.stateProperty().get()).isEqualTo(LogState.READ);
        model.containerStarted(); // not following: nothing to resume
        assertThat(engine.logRequests()).hasSize(1);

        model.followProperty().set(true);
        engine.emitLogLines(numbered(3, 5));

        assertThat(engine.logRequests()).last().isEqualTo(new LogRequest(true, LogRequest.ALL, T0.plusSeconds(3)));
        assertThat(shown(model)).containsExactly("line 1", "line 2", "line 3", "line 4");
    }

    @Test
    void turningFollowOffWhileWaitingForTheContainerStopsWaiting() {
        engine.endLogStreams();
        model.followProperty().set(false);

        assertThat(model.stateProperty().get()).isEqualTo(LogState.READ);
        model.containerStarted();
        assertThat(engine.logRequests()).hasSize(1);
    }

    @Test
    void changingTheRangeReadsAfreshAndForgetsTheOldLines() {
        model.rangeProperty().set(LogScope.ALL);
        engine.emitLogLines(numbered(0, 2));

        assertThat(engine.openLogStreams()).isEqualTo(1);
        assertThat(shown(model)).containsExactly("line 0", "line 1");
    }
}
