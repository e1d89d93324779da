package dev.berth.logs;

import dev.berth.testing.FakeEngineGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.berth.logs.LogFixtures.err;
import static dev.berth.logs.LogFixtures.model;
import static dev.berth.logs.LogFixtures.numbered;
import static dev.berth.logs.LogFixtures.out;
import static dev.berth.logs.LogFixtures.shown;
import static org.assertj.core.api.Assertions.assertThat;

class LogSearchModelTest {
    private final FakeEngineGateway engine = new FakeEngineGateway();
    private LogViewModel model;
    private LogSearchModel search;

    @BeforeEach
    void openWithSomeLines() {
        model = model(engine, 100);
        search = model.search();
        model.open();
        engine.emitLogLines(List.of(out(1, "GET /health 200"), err(2, "ERROR db timeout"), out(3, "GET /api 500"),
                out(4, "\u001b[31merror\u001b[0m: retrying"), out(5, "GET /health 200")));
    }

    @Test
    void findsPlainTextIgnoringCaseAndCountsKOfN() {
        search.queryProperty().set("error");

        assertThat(search.matchCount()).isEqualTo(2);
        assertThat(search.statusProperty().get()).isEqualTo("2 of 2"); // the newest match first
        assertThat(search.currentRow()).isEqualTo(3);
    }

    @Test
    void nextAndPreviousWalkTheMatchesAndWrapAround() {
        search.queryProperty().set("GET");
        assertThat(search.statusProperty().get()).isEqualTo("3 of 3");

        search.next();
        assertThat(search.statusProperty().get()).isEqualTo("1 of 3");
        assertThat(search.currentRow()).isEqualTo(0);
        search.next();
        assertThat(search.currentRow()).isEqualTo(2);
        search.previous();
        search.previous();
        assertThat(search.statusProperty().get()).isEqualTo("3 of 3");
        assertThat(search.currentRow()).isEqualTo(4);
    }

    @Test
    void caseSensitiveSearchTellsCasesApart() {
        search.caseSensitiveProperty().set(true);
        search.queryProperty().set("ERROR");

        assertThat(search.matchCount()).isEqualTo(1);
        assertThat(search.currentRow()).isEqualTo(1);
    }

    @Test
    void plainTextIgnoresCaseBeyondAscii() {
        engine.emitLogLines(List.of(out(6, "ÄRGER mit der Straße"), out(7, "ärger")));

        search.queryProperty().set("ärger");
        assertThat(search.matchCount()).isEqualTo(2);
        search.queryProperty().set("STRASSE"); // one character to two is beyond a character-wise comparison
        assertThat(search.matchCount()).isZero();
        search.queryProperty().set("straße");
        assertThat(search.matchRanges("Die STRAßE", 100)).containsExactly(4, 10);
    }

    @Test
    void regularExpressionsMatchAndInvalidOnesSaySo() {
        search.regexProperty().set(true);
        search.queryProperty().set("GET /\\w+ [45]\\d\\d");
        assertThat(search.matchCount()).isEqualTo(1);

        search.queryProperty().set("GET (");
        assertThat(search.matchCount()).isZero();
        assertThat(search.statusProperty().get()).isEqualTo("Invalid pattern");
        assertThat(search.errorProperty().get()).contains("regular expression");

        search.queryProperty().set("");
        assertThat(search.statusProperty().get()).isEmpty();
        assertThat(search.errorProperty().get()).isEmpty();
    }

    @Test
    void searchLooksAtTheTextWithoutColourCodes() {
        search.queryProperty().set("31m");
        assertThat(search.statusProperty().get()).isEqualTo("No matches");

        search.queryProperty().set("error: retrying");
        assertThat(search.matchCount()).isEqualTo(1);
        assertThat(search.matchRanges("error: retrying", 10_000)).containsExactly(0, 15);
    }

    @Test
    void filterModeListsOnlyMatchingLinesAndGrowsAsLinesArrive() {
        search.queryProperty().set("health");
        search.filterProperty().set(true);
        assertThat(shown(model)).containsExactly("GET /health 200", "GET /health 200");

        engine.emitLogLines(List.of(out(6, "POST /login 200"), out(7, "GET /health 503")));

        assertThat(shown(model)).containsExactly("GET /health 200", "GET /health 200", "GET /health 503");
        assertThat(search.statusProperty().get()).isEqualTo("2 of 3");

        search.filterProperty().set(false);
        assertThat(model.lines()).hasSize(7);
    }

    @Test
    void filterWithoutAQueryShowsEverything() {
        search.filterProperty().set(true);

        assertThat(model.lines()).hasSize(5);
    }

    @Test
    void theFilterAndMatchesFollowTheBufferAsItDropsOldLines() {
        model = model(engine, 10);
        search = model.search();
        model.open();
        search.queryProperty().set("7");
        search.filterProperty().set(true);

        engine.emitLogLines(numbered(0, 20)); // line 7 and line 17; the buffer keeps 10..19
        assertThat(shown(model)).containsExactly("line 17");

        engine.emitLogLines(numbered(20, 30));
        assertThat(shown(model)).containsExactly("line 27");
        assertThat(search.statusProperty().get()).isEqualTo("1 of 1");
        assertThat(search.currentRow()).isZero();
    }

    @Test
    void theCurrentMatchStaysOnItsLineAsNewMatchesArrive() {
        search.queryProperty().set("GET");
        search.next(); // 1 of 3: row 0

        engine.emitLogLines(List.of(out(8, "GET /new 200")));

        assertThat(search.statusProperty().get()).isEqualTo("1 of 4");
        assertThat(search.currentRow()).isZero();
        assertThat(search.isCurrent(model.lines().get(0), 0)).isTrue();
    }

    @Test
    void aMillionLinesFilterIncrementallyInTheirBatches() {
        model = model(engine, 1_000_000);
        search = model.search();
        model.open();
        search.queryProperty().set("line 99999");
        search.filterProperty().set(true);

        for (int from = 0; from < 1_000_000; from += 1000) {
            engine.emitLogLines(numbered(from, from + 1000));
        }

        assertThat(shown(model)).containsExactly("line 99999", "line 999990", "line 999991", "line 999992",
                "line 999993", "line 999994", "line 999995", "line 999996", "line 999997", "line 999998",
                "line 999999");
        assertThat(model.summaryProperty().get()).isEqualTo("1,000,000 lines");
    }
}
