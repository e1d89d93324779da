package dev.berth.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs the data-driven cases in src/test/resources/terminal/cases (format: {@link TerminalCase}). */
class TerminalCasesTest {

    static List<TerminalCase> allCases() {
        try {
            Path dir = Path.of(TerminalCasesTest.class.getResource("/terminal/cases").toURI());
            List<TerminalCase> cases = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    cases.addAll(TerminalCase.parse(file.getFileName().toString(), Files.readString(file)));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> cases() {
        return allCases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> run(c)));
    }

    @Test
    void thereAreAtLeastThreeHundredCases() {
        assertTrue(allCases().size() >= 300, "only " + allCases().size() + " cases");
    }

    private static void run(TerminalCase c) throws Exception {
        TerminalEmulator emulator = new TerminalEmulator(c.cols(), c.rows(), 100);
        ByteArrayOutputStream replies = new ByteArrayOutputStream();
        int[] bells = {0};
        emulator.setListener(new TerminalListener() {
            @Override
            public void reply(byte[] bytes) {
                replies.writeBytes(bytes);
            }

            @Override
            public void bell() {
                bells[0]++;
            }
        });
        for (byte[] chunk : c.chunks()) {
            emulator.feed(chunk, 0, chunk.length);
        }
        ScreenSnapshot snapshot = new ScreenSnapshot();
        emulator.snapshot(snapshot, 0);
        for (String check : c.checks()) {
            int colon = check.indexOf(':');
            String where = c + " (line " + check.substring(0, colon) + ")";
            String line = check.substring(colon + 1);
            String[] words = line.split("\\s+", 2);
            String arg = words.length > 1 ? words[1] : "";
            switch (words[0]) {
                case "row" -> {
                    String[] parts = arg.split("\\s+", 2);
                    assertEquals(TerminalCase.quoted(parts.length > 1 ? parts[1] : "\"\""),
                            snapshot.rowText(Integer.parseInt(parts[0])), where);
                }
                case "cursor" -> assertEquals(arg.strip(),
                        snapshot.cursorRow() + "," + snapshot.cursorCol(), where);
                case "cell" -> checkCell(snapshot, arg, where);
                case "reply" -> assertEquals(TerminalCase.quoted(arg),
                        replies.toString(StandardCharsets.UTF_8), where);
                case "mode" -> checkMode(emulator.modes(), arg, where);
                case "title" -> assertEquals(TerminalCase.quoted(arg), emulator.title(), where);
                case "scrollback" -> assertEquals(Integer.parseInt(arg.strip()), emulator.scrollbackLines(), where);
                case "line" -> {
                    String[] parts = arg.split("\\s+", 2);
                    int l = Integer.parseInt(parts[0]);
                    assertEquals(TerminalCase.quoted(parts[1]), emulator.text(l, 0, l, c.cols()), where);
                }
                case "wrapped" -> {
                    String[] parts = arg.split("\\s+");
                    assertEquals(Boolean.parseBoolean(parts[1]), snapshot.isWrapped(Integer.parseInt(parts[0])),
                            where);
                }
                case "text" -> {
                    String[] parts = arg.split("\\s+", 2);
                    String[] range = parts[0].split(",");
                    assertEquals(TerminalCase.quoted(parts[1]), emulator.text(Integer.parseInt(range[0]),
                            Integer.parseInt(range[1]), Integer.parseInt(range[2]), Integer.parseInt(range[3])),
                            where);
                }
                case "bells" -> assertEquals(Integer.parseInt(arg.strip()), bells[0], where);
                case "ignored" -> assertEquals(Long.parseLong(arg.strip()), emulator.ignoredSequences(), where);
                case "differs" -> {
                    // a deliberate difference from xterm.js, explained in the case; cases-check.js skips it
                }
                default -> fail(where + ": unknown check " + words[0]);
            }
        }
    }

    private static void checkCell(ScreenSnapshot snapshot, String arg, String where) {
        String[] parts = arg.split("\\s+(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        String[] at = parts[0].split(",");
        int row = Integer.parseInt(at[0]);
        int col = Integer.parseInt(at[1]);
        int[] cells = snapshot.row(row);
        int i = col * Cells.STRIDE;
        int flags = cells[i + Cells.FLAGS];
        for (int p = 1; p < parts.length; p++) {
            String[] kv = parts[p].split("=", 2);
            String expected = kv[1];
            String actual = switch (kv[0]) {
                case "fg" -> Colors.describe(cells[i + Cells.FG]);
                case "bg" -> Colors.describe(cells[i + Cells.BG]);
                case "attrs" -> {
                    String letters = Cells.describeAttributes(flags);
                    yield letters.isEmpty() ? "-" : letters;
                }
                case "underline" -> Integer.toString(Cells.underlineStyle(flags));
                case "width" -> (flags & Cells.WIDE) != 0 ? "2" : (flags & Cells.ZERO_WIDTH) != 0 ? "0" : "1";
                case "text" -> {
                    expected = TerminalCase.quoted(expected);
                    String combined = snapshot.combined(row, col);
                    int code = cells[i + Cells.CODE];
                    yield combined != null ? combined : code == 0 ? "" : new String(Character.toChars(code));
                }
                default -> throw new AssertionError(where + ": unknown cell key " + kv[0]);
            };
            assertEquals(expected, actual, where + " cell " + row + "," + col + " " + kv[0]);
        }
    }

    private static void checkMode(TerminalModes modes, String arg, String where) throws Exception {
        String[] kv = arg.strip().split("=", 2);
        for (RecordComponent component : TerminalModes.class.getRecordComponents()) {
            if (component.getName().equals(kv[0])) {
                assertEquals(kv[1], String.valueOf(component.getAccessor().invoke(modes)), where + " " + kv[0]);
                return;
            }
        }
        fail(where + ": unknown mode " + kv[0]);
    }
}
