package dev.berth.logs;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.Subscription;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.logs.LogBatch;
import dev.berth.daemon.logs.LogLine;
import dev.berth.daemon.logs.LogRequest;
import dev.berth.testing.FakeEngineGateway;
import javafx.collections.ListChangeListener;
import dev.berth.testing.ManualScheduler;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.function.Consumer;

import static dev.berth.logs.LogFixtures.CLOCK;
import static dev.berth.logs.LogFixtures.err;
import static dev.berth.logs.LogFixtures.model;
import static dev.berth.logs.LogFixtures.numbered;
import static dev.berth.logs.LogFixtures.out;
import static dev.berth.logs.LogFixtures.shown;
import static org.assertj.core.api.Assertions.assertThat;

class LogViewModelTest {
    private final FakeEngineGateway engine = new FakeEngineGateway();

    @Test
    void opensTheLast1000LinesFollowedByDefault() {
        LogViewModel model = model(engine, 100);
        assertThat(engine.openLogStreams()).isZero(); // nothing until the view is shown

        model.open();

        assertThat(engine.actions()).containsExactly("logs aaa111");
        assertThat(engine.logRequests()).containsExactly(new LogRequest(true, 1000, null));
        assertThat(model.stateProperty().get()).isEqualTo(LogState.FOLLOWING);
    }

    @Test
    void theRangeAndFollowChoicesBecomeTheRequest() {
        LogViewModel model = model(engine, 100);
        model.followProperty().set(false);
        model.open();
        model.rangeProperty().set(LogScope.ALL);
        model.rangeProperty().set(LogScope.lastMinutes(10));

        assertThat(engine.logRequests()).containsExactly(new LogRequest(false, 1000, null),
                new LogRequest(false, LogRequest.ALL, null),
                new LogRequest(false, LogRequest.ALL, CLOCK.instant().minus(Duration.ofMinutes(10))));
        assertThat(engine.openLogStreams()).isEqualTo(1);
    }

    @Test
    void manyBatchesFromTheEngineReachTheUiInOneHopInOrder() {
        Queue<Runnable> ui = new ArrayDeque<>();
        LogViewModel model = model(engine, 100, ui::add);
        model.open();
        List<ListChangeListener.Change<? extends LogLine>> changes = new ArrayList<>();
        model.lines().addListener((ListChangeListener<LogLine>) changes::add);

        engine.emitLogLines(numbered(0, 3));
        engine.emitLogLines(LogBatch.of(numbered(3, 5))); // as the real gateway hands them over
        engine.emitLogLines(LogBatch.of(numbered(5, 9)));

        assertThat(ui).hasSize(1);
        assertThat(model.lines()).isEmpty();
        ui.poll().run();
        assertThat(shown(model)).containsExactly("line 0", "line 1", "line 2", "line 3", "line 4", "line 5",
                "line 6", "line 7", "line 8");
        assertThat(changes).hasSize(1);
        engine.emitLogLines(numbered(9, 10));
        assertThat(ui).hasSize(1);
    }

    @Test
    void withASameThreadUiLinesShowAtOnceAndStderrIsKeptApart() {
        LogViewModel model = model(engine, 100);
        model.open();

        engine.emitLogLines(List.of(out(1, "listening"), err(2, "warning: slow")));

        assertThat(model.lines()).extracting(LogLine::source)
                .containsExactly(LogLine.Source.STDOUT, LogLine.Source.STDERR);
        assertThat(model.summaryProperty().get()).isEqualTo("2 lines");
    }

    @Test
    void onceTheBufferWrapsTheViewSaysHowManyLinesWereDropped() {
        LogViewModel model = model(engine, 5);
        model.open();
        engine.emitLogLines(numbered(0, 5));
        assertThat(model.droppedNoteProperty().get()).isEmpty();

        engine.emitLogLines(numbered(5, 8));

        assertThat(shown(model)).containsExactly("line 3", "line 4", "line 5", "line 6", "line 7");
        assertThat(model.droppedProperty().get()).isEqualTo(3);
        assertThat(model.droppedNoteProperty().get()).startsWith("3 earlier lines dropped").contains("save the full log");
    }

    @Test
    void theListReportsDropsAtTheStartAndAdditionsAtTheEnd() {
        LogViewModel model = model(engine, 4);
        model.open();
        engine.emitLogLines(numbered(0, 4));
        List<String> seen = new ArrayList<>();
        model.lines().addListener((ListChangeListener<LogLine>) change -> {
            while (change.next()) {
                seen.add((change.wasRemoved() ? "-" + change.getRemovedSize() + "@" + change.getFrom() : "")
                        + (change.wasAdded() ? "+" + change.getAddedSize() + "@" + change.getFrom() : ""));
            }
        });

        engine.emitLogLines(numbered(4, 6));

        assertThat(seen).containsExactly("-2@0", "+2@2");
        assertThat(shown(model)).containsExactly("line 2", "line 3", "line 4", "line 5");
    }

    @Test
    void copyStripsColoursAndLeavesOutGapMarkers() {
        LogViewModel model = model(engine, 100);
        model.open();
        engine.emitLogLines(List.of(out(1, "\u001b[32mok\u001b[0m"), out(2, "two")));
        engine.endLogStreams();
        model.containerStarted();

        assertThat(model.copyText(List.copyOf(model.lines()))).isEqualTo("ok\ntwo\n");
        model.timestampsProperty().set(true);
        assertThat(model.copyText(List.of(model.lines().get(0)))).isEqualTo("2026-11-28T12:00:01Z ok\n");
    }

    @Test
    void closeClosesTheStreamAndLateLinesAreIgnored() {
        Queue<Runnable> ui = new ArrayDeque<>();
        LogViewModel model = model(engine, 100, ui::add);
        model.open();
        engine.emitLogLines(numbered(0, 3));

        model.close();
        ui.forEach(Runnable::run);

        assertThat(engine.openLogStreams()).isZero();
        assertThat(model.lines()).isEmpty();
        assertThat(model.stateProperty().get()).isEqualTo(LogState.CLOSED);
    }

    @Test
    void aRemovedContainerEndsTheLogForGood() {
        LogViewModel model = model(engine, 100);
        model.open();
        engine.emitLogLines(numbered(0, 2));

        model.containerRemoved();
        model.containerStarted();

        assertThat(engine.openLogStreams()).isZero();
        assertThat(engine.logRequests()).hasSize(1);
        assertThat(model.stateProperty().get()).isEqualTo(LogState.REMOVED);
        assertThat(model.stateProperty().get().sentence).contains("removed");
    }

    @Test
    void anEngineSayingNoSuchContainerMeansItWasRemoved() {
        ContainerOperations failing = Overrides.replacing(engine, "logs", (proxy, method, args) -> {
            @SuppressWarnings("unchecked")
            Consumer<Throwable> onEnd = (Consumer<Throwable>) args[3];
            onEnd.accept(new DaemonException("No such container: aaa111", null, 404, null));
            return (Subscription) () -> { };
        });
        LogViewModel model = new LogViewModel(failing, "aaa111", "web", Runnable::run, Runnable::run,
                new ManualScheduler(), 100, CLOCK);

        model.open();

        assertThat(model.stateProperty().get()).isEqualTo(LogState.REMOVED);
    }

    @Test
    void aGatewayThatCannotOpenTheStreamIsShownAsANotice() {
        ContainerOperations broken = Overrides.replacing(engine, "logs", (proxy, method, args) -> {
            throw new DaemonException("The engine is not reachable.", "Start Docker.");
        });
        LogViewModel model = new LogViewModel(broken, "aaa111", "web", Runnable::run, Runnable::run,
                new ManualScheduler(), 100, CLOCK);

        model.open();

        assertThat(model.stateProperty().get()).isEqualTo(LogState.FAILED);
        assertThat(model.notice().get().sentence()).isEqualTo("The engine is not reachable.");
    }
}
