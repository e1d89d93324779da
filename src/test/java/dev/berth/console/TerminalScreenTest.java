package dev.berth.console;

import dev.berth.ui.text.AnsiStyle;
import dev.berth.ui.text.AnsiText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalScreenTest {
    private static final String E = "\u001b";
    private final TerminalScreen screen = new TerminalScreen(100);

    private List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < screen.lineCount(); i++) {
            rows.add(screen.snapshot(i).text());
        }
        return rows;
    }

    @Test
    void linesAndTheCursorFollowTheOutput() {
        screen.feed("/ # ls\r\nbin  etc\r\n/ # ");

        assertThat(rows()).containsExactly("/ # ls", "bin  etc", "/ # ");
        assertThat(screen.cursorRow()).isEqualTo(2);
        assertThat(screen.cursorColumn()).isEqualTo(4);
        assertThat(screen.snapshot(2).cursor()).isEqualTo(4);
        assertThat(screen.snapshot(1).cursor()).isEqualTo(-1);
    }

    @Test
    void carriageReturnOverwritesTheLineFromItsStart() {
        screen.feed("progress  10%\rprogress  55%\rdone");

        assertThat(rows()).containsExactly("doneress  55%"); // as a terminal shows it: the rest stays until erased
    }

    @Test
    void eraseLineClearsFromTheCursorOnwards() {
        screen.feed("progress  55%\r" + E + "[Kdone");
        assertThat(rows()).containsExactly("done");

        screen.feed("\r\nabcdef" + E + "[3D" + E + "[K!");
        assertThat(rows()).last().isEqualTo("abc!");

        screen.feed("\r\nkeep" + E + "[2K");
        assertThat(rows()).last().isEqualTo("");
        assertThat(screen.cursorColumn()).isEqualTo(4);
    }

    @Test
    void backspaceMovesTheCursorBackAsAShellEchoesIt() {
        screen.feed("/ # echp\b \bo hi");

        assertThat(rows()).containsExactly("/ # echo hi");
    }

    @Test
    void lineEditingDeletesAndInsertsCharacters() {
        screen.feed("echo hello" + E + "[3D" + E + "[P");
        assertThat(rows()).containsExactly("echo helo");

        screen.feed(E + "[@l");
        assertThat(rows()).containsExactly("echo hello");
    }

    @Test
    void coloursCarryOnAcrossChunksAndLines() {
        screen.feed(E + "[1;3");
        screen.feed("4mblue\r\nstill" + E + "[0m plain");

        List<AnsiText.Run> first = screen.snapshot(0).runs();
        List<AnsiText.Run> second = screen.snapshot(1).runs();
        assertThat(first).containsExactly(new AnsiText.Run("blue", new AnsiStyle(4, -1, true, false, false, false)));
        assertThat(second).extracting(AnsiText.Run::text).containsExactly("still", " plain");
        assertThat(second.get(1).style()).isEqualTo(AnsiStyle.PLAIN);
    }

    @Test
    void utf8CutAtAnyByteIsPutBackTogether() {
        byte[] bytes = "grüße 😀 ok".getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut <= bytes.length; cut++) {
            TerminalScreen split = new TerminalScreen(10);
            split.feed(Arrays.copyOfRange(bytes, 0, cut));
            split.feed(Arrays.copyOfRange(bytes, cut, bytes.length));

            assertThat(split.snapshot(0).text()).as("cut at %d", cut).isEqualTo("grüße 😀 ok");
        }
    }

    @Test
    void invalidUtf8ShowsReplacementCharacters() {
        screen.feed(new byte[] {'a', (byte) 0xff, 'b'});

        assertThat(rows()).containsExactly("a\uFFFDb");
    }

    @Test
    void outputWrapsAtTheTerminalsWidth() {
        screen.setColumns(10);
        screen.feed("0123456789abcde");

        assertThat(rows()).containsExactly("0123456789", "abcde");
        assertThat(screen.snapshot(0).wrapped()).isTrue();
        assertThat(screen.snapshot(1).wrapped()).isFalse();
    }

    @Test
    void otherCursorMovementAndTitlesAreIgnored() {
        screen.feed(E + "]0;root@web: /" + "\u0007" + E + "[?2004h/ # top" + E + "[H" + E + "[2J" + E + "[5A" + E + "(B");

        assertThat(rows()).containsExactly("/ # top");
    }

    @Test
    void theScrollbackKeepsTheNewestLines() {
        TerminalScreen small = new TerminalScreen(10);
        for (int i = 0; i < 1000; i++) {
            small.feed("line " + i + "\r\n");
        }

        assertThat(small.lineCount()).isLessThanOrEqualTo(10 + 250);
        assertThat(small.snapshot(small.lineCount() - 2).text()).isEqualTo("line 999");
        assertThat(small.takeRemovedTop()).isEqualTo(1001 - small.lineCount());
    }

    @Test
    void changedRowsAreReportedOnce() {
        screen.feed("a\r\nb\r\n");
        assertThat(screen.takeFirstDirty()).isZero();
        assertThat(screen.takeFirstDirty()).isEqualTo(3);

        screen.feed("c");
        assertThat(screen.takeFirstDirty()).isEqualTo(2);
    }
}
