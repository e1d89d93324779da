package dev.berth.terminal.view;

import dev.berth.terminal.view.Selection.Point;
import dev.berth.terminal.view.Selection.Unit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SelectionTest {
    private final List<String> lines = List.of(
            "$ cat /etc/hosts  # look",
            "127.0.0.1 localhost",
            "");
    private final Selection selection = new Selection(line -> lines.get((int) line));

    @Test
    void aClickAloneSelectsNothing() {
        selection.start(new Point(0, 3), Unit.CHARACTER);

        assertThat(selection.isEmpty()).isTrue();
        assertThat(selection.contains(0, 3)).isFalse();
    }

    @Test
    void aDragSelectsTheCellsBetweenTwoBoundaries() {
        selection.start(new Point(0, 2), Unit.CHARACTER);
        selection.extend(new Point(0, 5));

        assertThat(selection.from()).isEqualTo(new Point(0, 2));
        assertThat(selection.to()).isEqualTo(new Point(0, 4));
        assertThat(selection.contains(0, 2)).isTrue();
        assertThat(selection.contains(0, 5)).isFalse();
    }

    @Test
    void aDragBackwardsSelectsBetweenTheSameBoundaries() {
        selection.start(new Point(1, 5), Unit.CHARACTER);
        selection.extend(new Point(0, 20));

        assertThat(selection.from()).isEqualTo(new Point(0, 20));
        assertThat(selection.to()).isEqualTo(new Point(1, 4));
        assertThat(selection.contains(0, 23)).isTrue();
        assertThat(selection.contains(1, 0)).isTrue();
        assertThat(selection.contains(1, 5)).isFalse();
        assertThat(selection.contains(0, 19)).isFalse();
    }

    @Test
    void aDoubleClickSelectsAPathAsOneWord() {
        selection.start(new Point(0, 9), Unit.WORD);

        assertThat(selection.from()).isEqualTo(new Point(0, 6));
        assertThat(selection.to()).isEqualTo(new Point(0, 15));
    }

    @Test
    void aDoubleClickOnBlanksSelectsTheRunOfBlanks() {
        selection.start(new Point(0, 17), Unit.WORD);

        assertThat(selection.from()).isEqualTo(new Point(0, 16));
        assertThat(selection.to()).isEqualTo(new Point(0, 17));
    }

    @Test
    void draggingAfterADoubleClickExtendsByWords() {
        selection.start(new Point(1, 2), Unit.WORD);
        selection.extend(new Point(1, 12));

        assertThat(selection.from()).isEqualTo(new Point(1, 0));
        assertThat(selection.to()).isEqualTo(new Point(1, 18));
    }

    @Test
    void aTripleClickSelectsWholeLines() {
        selection.start(new Point(1, 4), Unit.LINE);
        selection.extend(new Point(0, 1));

        assertThat(selection.contains(0, 0)).isTrue();
        assertThat(selection.contains(1, 500)).isTrue();
        assertThat(selection.contains(2, 0)).isFalse();
    }

    @Test
    void aDoubleClickOnAnEmptyLineSelectsWhereItLanded() {
        selection.start(new Point(2, 4), Unit.WORD);

        assertThat(selection.from()).isEqualTo(new Point(2, 4));
        selection.clear();
        assertThat(selection.isEmpty()).isTrue();
    }
}
