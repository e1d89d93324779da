package dev.berth.logs;

import dev.berth.daemon.logs.LogLine;
import dev.berth.testing.FakeEngineGateway;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.berth.logs.LogFixtures.model;
import static dev.berth.logs.LogFixtures.numbered;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows the log list holds while it follows: the newest ones of a model that keeps 50 lines, in a window of 10,
 * with every change replayed onto a plain list (as the ListView's selection and cells see it) to check that the
 * changes fired say exactly what happened.
 */
class LogTailWindowTest {
    private final FakeEngineGateway engine = new FakeEngineGateway();
    private final AtomicInteger firstSelected = new AtomicInteger(-1);
    private final List<LogLine> replayed = new ArrayList<>();
    private final List<String> changes = new ArrayList<>();
    private LogViewModel model;
    private LogTailWindow window;

    @BeforeEach
    void followALogOfFiftyLinesThroughAWindowOfTen() {
        model = model(engine, 50);
        model.open();
        window = new LogTailWindow(model.lines(), 10, firstSelected::get);
        window.addListener(this::replay);
        window.setWindowed(true);
    }

    private void replay(ListChangeListener.Change<? extends LogLine> change) {
        while (change.next()) {
            if (change.wasRemoved()) {
                replayed.subList(change.getFrom(), change.getFrom() + change.getRemovedSize()).clear();
                changes.add("-" + change.getRemovedSize() + "@" + change.getFrom());
            }
            if (change.wasAdded()) {
                replayed.addAll(change.getFrom(), change.getAddedSubList());
                changes.add("+" + change.getAddedSize() + "@" + change.getFrom());
            }
        }
    }

    private static List<String> texts(List<LogLine> lines) {
        return lines.stream().map(LogLine::text).toList();
    }

    private List<String> rows() {
        return texts(window);
    }

    private static List<String> numberedTexts(int from, int to) {
        return texts(numbered(from, to));
    }

    @Test
    void whileFollowingItHoldsTheNewestRowsInOneChangePerBatch() {
        engine.emitLogLines(numbered(0, 6));
        engine.emitLogLines(numbered(6, 14));
        engine.emitLogLines(numbered(14, 17));

        assertThat(rows()).isEqualTo(numberedTexts(7, 17));
        assertThat(texts(replayed)).isEqualTo(rows());
        assertThat(changes).containsExactly("+6@0", "-4@0", "+8@2", "-3@0", "+3@7");
        assertThat(window.sourceRow(0)).isEqualTo(7);
    }

    @Test
    void showingAllRowsInsertsTheOlderOnesAtTheStartAndFollowingDropsThemAgain() {
        engine.emitLogLines(numbered(0, 30));
        changes.clear();

        window.setWindowed(false);
        assertThat(rows()).isEqualTo(numberedTexts(0, 30));
        assertThat(changes).containsExactly("+20@0");
        assertThat(window.sourceRow(5)).isEqualTo(5);

        engine.emitLogLines(numbered(30, 60)); // the buffer is full: 10 dropped at its start
        assertThat(rows()).isEqualTo(numberedTexts(10, 60));

        window.setWindowed(true);
        assertThat(rows()).isEqualTo(numberedTexts(50, 60));
        assertThat(texts(replayed)).isEqualTo(rows());
        assertThat(changes).containsExactly("+20@0", "-10@0", "+30@20", "-40@0");
    }

    @Test
    void aSelectedRowIsNotSlidOutOfTheWindowButTheBufferMayStillDropIt() {
        engine.emitLogLines(numbered(0, 10));
        firstSelected.set(3); // "line 3"

        engine.emitLogLines(numbered(10, 30));
        assertThat(rows()).isEqualTo(numberedTexts(3, 30));

        firstSelected.set(0); // the ListView moved the selection with the rows
        engine.emitLogLines(numbered(30, 60)); // the buffer keeps 10…59: "line 3" is gone
        assertThat(rows()).isEqualTo(numberedTexts(50, 60));
        assertThat(texts(replayed)).isEqualTo(rows());
    }

    @Test
    void filteringReplacesTheRowsWithTheNewestMatches() {
        engine.emitLogLines(numbered(0, 40));

        model.search().queryProperty().set("1");
        model.search().filterProperty().set(true);

        List<String> matches = numberedTexts(0, 40).stream().filter(text -> text.contains("1")).toList();
        assertThat(rows()).isEqualTo(matches.subList(matches.size() - 10, matches.size()));
        assertThat(texts(replayed)).isEqualTo(rows());

        model.search().filterProperty().set(false);
        assertThat(rows()).isEqualTo(numberedTexts(30, 40));
        assertThat(texts(replayed)).isEqualTo(rows());
    }

    @Test
    void withoutALimitItHoldsEveryRow() {
        window = new LogTailWindow(model.lines(), Integer.MAX_VALUE, () -> -1);
        window.setWindowed(true);

        engine.emitLogLines(numbered(0, 45));

        assertThat(rows()).isEqualTo(numberedTexts(0, 45));
    }
}
