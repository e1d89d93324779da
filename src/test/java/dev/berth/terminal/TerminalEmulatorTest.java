package dev.berth.terminal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The emulator's API for the view: snapshots with dirty rows, the viewport, the listener, resize, threads. */
class TerminalEmulatorTest {

    private static void feed(TerminalEmulator emulator, String text) {
        emulator.feed(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFirstSnapshotMarksEveryRowDirtyAndALaterOneOnlyTheChangedRows() {
        TerminalEmulator emulator = new TerminalEmulator(10, 4);
        ScreenSnapshot snapshot = new ScreenSnapshot();
        assertTrue(emulator.snapshot(snapshot, 0));
        for (int row = 0; row < 4; row++) {
            assertTrue(snapshot.isDirty(row));
        }
        feed(emulator, "\u001b[3;1Hhi");
        assertTrue(emulator.snapshot(snapshot, 0));
        assertFalse(snapshot.isDirty(0));
        assertTrue(snapshot.isDirty(2));
        assertEquals("hi", snapshot.rowText(2));
        assertFalse(emulator.snapshot(snapshot, 0), "nothing changed since");
        assertFalse(snapshot.anyDirty());
    }

    @Test
    void aCursorMoveAloneChangesNoRowButTheSnapshotHasTheNewCursor() {
        TerminalEmulator emulator = new TerminalEmulator(10, 4);
        ScreenSnapshot snapshot = new ScreenSnapshot();
        emulator.snapshot(snapshot, 0);
        feed(emulator, "\u001b[2;5H");
        assertTrue(emulator.snapshot(snapshot, 0));
        assertFalse(snapshot.anyDirty());
        assertEquals(1, snapshot.cursorRow());
        assertEquals(4, snapshot.cursorCol());
    }

    @Test
    void theViewportShowsTheScrollbackAndMovesTheCursorDown() {
        TerminalEmulator emulator = new TerminalEmulator(10, 2, 50);
        feed(emulator, "one\r\ntwo\r\nthree\r\nfour");
        ScreenSnapshot snapshot = new ScreenSnapshot();
        emulator.snapshot(snapshot, 1);
        assertEquals("two", snapshot.rowText(0));
        assertEquals("three", snapshot.rowText(1));
        assertEquals(2, snapshot.cursorRow());
        assertFalse(snapshot.cursorVisible(), "the cursor's row is below this viewport");
        assertEquals(2, snapshot.scrollbackLines());
        emulator.snapshot(snapshot, 99);
        assertEquals(2, snapshot.viewportOffset(), "clamped to the scrollback");
        assertEquals("one", snapshot.rowText(0));
    }

    @Test
    void cellsArePackedWithColoursAndFlags() {
        TerminalEmulator emulator = new TerminalEmulator(10, 2);
        feed(emulator, "\u001b[1;38;2;1;2;3;48;5;200mA\u001b[0m中");
        ScreenSnapshot snapshot = new ScreenSnapshot();
        emulator.snapshot(snapshot, 0);
        int[] row = snapshot.row(0);
        assertEquals('A', row[Cells.CODE]);
        assertEquals(Colors.rgb(1, 2, 3), row[Cells.FG]);
        assertEquals(Colors.palette(200), row[Cells.BG]);
        assertEquals(Cells.BOLD, row[Cells.FLAGS]);
        assertEquals('中', row[Cells.STRIDE + Cells.CODE]);
        assertEquals(Cells.WIDE, row[Cells.STRIDE + Cells.FLAGS]);
        assertEquals(Cells.ZERO_WIDTH, row[2 * Cells.STRIDE + Cells.FLAGS]);
    }

    @Test
    void theListenerHearsRepliesTitleModesBellAndChanges() {
        TerminalEmulator emulator = new TerminalEmulator(10, 2);
        List<String> events = new ArrayList<>();
        emulator.setListener(new TerminalListener() {
            @Override
            public void reply(byte[] bytes) {
                events.add("reply " + new String(bytes, StandardCharsets.US_ASCII).replace("\u001b", "ESC"));
            }

            @Override
            public void titleChanged(String title) {
                events.add("title " + title);
            }

            @Override
            public void bell() {
                events.add("bell");
            }

            @Override
            public void modesChanged(TerminalModes modes) {
                events.add("modes bracketed=" + modes.bracketedPaste());
            }

            @Override
            public void contentChanged() {
                events.add("changed");
            }
        });
        feed(emulator, "\u001b[6n\u001b]2;t\u0007\u001b[?2004h\u0007");
        assertEquals(List.of("reply ESC[1;1R", "title t", "modes bracketed=true", "bell", "changed"), events);
        assertEquals("t", emulator.title());
        assertTrue(emulator.modes().bracketedPaste());
    }

    @Test
    void resizingKeepsTheTextAndClampsTheCursor() {
        TerminalEmulator emulator = new TerminalEmulator(10, 4);
        feed(emulator, "abcdefghij\r\nline2\u001b[4;10H");
        emulator.resize(5, 4);
        ScreenSnapshot snapshot = new ScreenSnapshot();
        emulator.snapshot(snapshot, 0);
        assertEquals(5, snapshot.cols());
        assertEquals("abcde", snapshot.rowText(0));
        assertEquals(4, snapshot.cursorCol());
        emulator.resize(20, 4);
        emulator.snapshot(snapshot, 0);
        assertEquals("abcde", snapshot.rowText(0), "no reflow: the cut text stays cut");
    }

    @Test
    void aShorterScreenPushesTopLinesIntoTheScrollbackAndATallerOneTakesThemBack() {
        TerminalEmulator emulator = new TerminalEmulator(10, 4, 100);
        feed(emulator, "1\r\n2\r\n3\r\n4");
        emulator.resize(10, 2);
        ScreenSnapshot snapshot = new ScreenSnapshot();
        emulator.snapshot(snapshot, 0);
        assertEquals("3", snapshot.rowText(0));
        assertEquals("4", snapshot.rowText(1));
        assertEquals(2, emulator.scrollbackLines());
        emulator.resize(10, 4);
        emulator.snapshot(snapshot, 0);
        assertEquals("1", snapshot.rowText(0));
        assertEquals("4", snapshot.rowText(3));
        assertEquals(3, snapshot.cursorRow());
    }

    @Test
    void aShorterScreenDropsBlankLinesBelowTheCursorFirst() {
        TerminalEmulator emulator = new TerminalEmulator(10, 4, 100);
        feed(emulator, "top");
        emulator.resize(10, 2);
        ScreenSnapshot snapshot = new ScreenSnapshot();
        emulator.snapshot(snapshot, 0);
        assertEquals("top", snapshot.rowText(0));
        assertEquals(0, emulator.scrollbackLines());
    }

    @Test
    void aFullScrollbackDropsTheOldestLinesAndCountsThem() {
        TerminalEmulator emulator = new TerminalEmulator(10, 2, 3);
        for (int i = 1; i <= 10; i++) {
            feed(emulator, i + "\r\n");
        }
        assertEquals(3, emulator.scrollbackLines());
        assertEquals(6, emulator.droppedLines());
        assertEquals("7", emulator.text(0, 0, 0, 10));
        assertEquals("10", emulator.text(3, 0, 3, 10));
    }

    @Test
    void linesInTheScrollbackKeepOnlyTheirCellsUpToTheLastNonBlank() {
        Screen screen = new Screen(200, 2, 10);
        byte[] text = "\u001b[41mred\u001b[0m x\r\nshort\r\n\r\nlast\r\nend".getBytes(StandardCharsets.UTF_8);
        new Parser(screen).feed(text, 0, text.length);
        assertEquals(5 * Cells.STRIDE, screen.normal.get(0).cells.length);
        assertEquals(5 * Cells.STRIDE, screen.normal.get(1).cells.length);
        assertEquals(0, screen.normal.get(2).cells.length);
        assertEquals(200 * Cells.STRIDE, screen.normal.screen(1).cells.length);
    }

    @Test
    void aScrolledBackViewportShowsCompactedLinesPaddedWithBlanks() {
        TerminalEmulator emulator = new TerminalEmulator(20, 2, 10);
        ScreenSnapshot snapshot = new ScreenSnapshot();
        feed(emulator, "01234567890123456789");
        emulator.snapshot(snapshot, 0);
        feed(emulator, "\r\nab\r\ncd\r\nef");
        emulator.snapshot(snapshot, 2);
        assertEquals("ab", snapshot.rowText(1));
        assertEquals(0, snapshot.row(1)[5 * Cells.STRIDE + Cells.CODE]);
        assertEquals("0123456789012345678", emulator.text(0, 0, 0, 19));
        assertEquals(0, emulator.codePointAt(1, 15));
        emulator.resize(20, 5);
        emulator.snapshot(snapshot, 0);
        assertEquals("01234567890123456789", snapshot.rowText(0));
        feed(emulator, "\u001b[1;1H\u001b[20Gx");
        emulator.snapshot(snapshot, 0);
        assertEquals("0123456789012345678x", snapshot.rowText(0));
    }

    @Test
    void aLargeFeedIsParsedInSlicesWhileSnapshotsAreTakenFromAnotherThread() throws Exception {
        TerminalEmulator emulator = new TerminalEmulator(80, 24, 1000);
        byte[] chunk = "\u001b[31mcoloured text that scrolls by \u001b[0m中文字\r\n".repeat(20_000)
                .getBytes(StandardCharsets.UTF_8);
        AtomicBoolean done = new AtomicBoolean();
        Thread feeder = new Thread(() -> {
            emulator.feed(chunk, 0, chunk.length);
            done.set(true);
        });
        feeder.start();
        ScreenSnapshot snapshot = new ScreenSnapshot();
        int frames = 0;
        while (!done.get()) {
            emulator.snapshot(snapshot, 0);
            frames++;
        }
        feeder.join();
        emulator.snapshot(snapshot, 0);
        assertEquals("", snapshot.rowText(23));
        assertEquals("coloured text that scrolls by 中文字", snapshot.rowText(22));
        assertEquals(1000, emulator.scrollbackLines());
        assertTrue(frames > 0);
    }

    @Test
    void theReplayToolPrintsRowsAndTheCursor() {
        String screen = ScreenReplay.replay(5, 2, "ab\ncd".getBytes(StandardCharsets.UTF_8), true);
        assertEquals("ab\n  cd\ncursor 1,4\n", screen);
        byte[] translated = ScreenReplay.onlcr("ab\ncd\r\n".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("ab\r\ncd\r\n".getBytes(StandardCharsets.UTF_8), translated);
    }
}
