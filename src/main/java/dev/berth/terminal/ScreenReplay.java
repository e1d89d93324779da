package dev.berth.terminal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Feeds a file's bytes to a fresh emulator and prints the final screen, for debugging and golden tests:
 * {@code ScreenReplay --cols C --rows R [--onlcr] [--cursor] FILE}. Each of the R rows is printed with trailing
 * blanks removed and ended by '\n'; {@code --onlcr} turns a lone LF into CR LF as a tty does; {@code --cursor} adds a
 * last line {@code cursor ROW,COL} (0-based).
 */
public final class ScreenReplay {
    private ScreenReplay() {
    }

    public static void main(String[] args) throws IOException {
        int cols = 80;
        int rows = 24;
        boolean onlcr = false;
        boolean cursor = false;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cols" -> cols = Integer.parseInt(args[++i]);
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--onlcr" -> onlcr = true;
                case "--cursor" -> cursor = true;
                default -> file = Path.of(args[i]);
            }
        }
        if (file == null) {
            System.err.println("usage: ScreenReplay --cols C --rows R [--onlcr] [--cursor] FILE");
            System.exit(2);
        }
        byte[] data = Files.readAllBytes(file);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.print(replay(cols, rows, onlcr ? onlcr(data) : data, cursor));
        out.flush();
    }

    /** The screen after feeding {@code data} to a fresh cols x rows emulator, as the tool prints it. */
    public static String replay(int cols, int rows, byte[] data, boolean cursor) {
        TerminalEmulator emulator = new TerminalEmulator(cols, rows);
        emulator.feed(data, 0, data.length);
        ScreenSnapshot snapshot = new ScreenSnapshot();
        emulator.snapshot(snapshot, 0);
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            out.append(snapshot.rowText(row)).append('\n');
        }
        if (cursor) {
            out.append("cursor ").append(snapshot.cursorRow()).append(',').append(snapshot.cursorCol()).append('\n');
        }
        return out.toString();
    }

    /** A lone LF becomes CR LF, as a tty's ONLCR does. */
    static byte[] onlcr(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + data.length / 16);
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '\n' && (i == 0 || data[i - 1] != '\r')) {
                out.write('\r');
            }
            out.write(data[i]);
        }
        return out.toByteArray();
    }
}
