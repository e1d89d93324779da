package dev.berth.bench;

import dev.berth.terminal.ScreenSnapshot;
import dev.berth.terminal.TerminalEmulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How fast the terminal emulator takes a program's output into its model: plain ASCII text, SGR-dense coloured
 * output and CJK text, each about 32 MB fed in 64 KiB reads into an 80x24 emulator with 10,000 lines of
 * scrollback (as a console gets). The baseline, measured in the same run on the same reads, is decoding them to
 * a String (UTF-8), the least any text view must do. Needs no engine and no display:
 *
 * <pre>./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.berth.bench.TerminalThroughputBenchmark</pre>
 */
public final class TerminalThroughputBenchmark {
    private static final int SIZE = 32 * 1024 * 1024;
    private static final int READ = 64 * 1024;
    private static final int RUNS = Integer.getInteger("bench.runs", 5);

    private TerminalThroughputBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf("%-12s %14s %16s %8s %8s%n", "workload", "emulator MB/s", "UTF-8 decode MB/s", "ratio",
                "target");
        report("ASCII", ascii(), 50);
        report("SGR-dense", sgrDense(), 30);
        report("CJK", cjk(), 30);
    }

    private static void report(String name, byte[] data, int target) {
        for (int i = 0; i < 2; i++) {
            emulate(data);
            decode(data);
        }
        double[] emulator = new double[RUNS];
        double[] baseline = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            emulator[run] = megabytesPerSecond(data.length, emulate(data));
            baseline[run] = megabytesPerSecond(data.length, decode(data));
        }
        double e = median(emulator);
        double b = median(baseline);
        System.out.printf("%-12s %14.0f %16.0f %7.2fx %6d%s%n", name, e, b, e / b, target,
                e >= target ? " met" : " NOT met");
    }

    private static long emulate(byte[] data) {
        TerminalEmulator emulator = new TerminalEmulator(80, 24, TerminalEmulator.DEFAULT_SCROLLBACK);
        long start = System.nanoTime();
        for (int off = 0; off < data.length; off += READ) {
            emulator.feed(data, off, Math.min(READ, data.length - off));
        }
        long elapsed = System.nanoTime() - start;
        ScreenSnapshot snapshot = new ScreenSnapshot();
        emulator.snapshot(snapshot, 0);
        if (snapshot.rowText(0).isEmpty() && snapshot.rowText(22).isEmpty()) {
            throw new IllegalStateException("the emulator shows nothing");
        }
        return elapsed;
    }

    private static long decode(byte[] data) {
        long start = System.nanoTime();
        long chars = 0;
        for (int off = 0; off < data.length; off += READ) {
            chars += new String(data, off, Math.min(READ, data.length - off), StandardCharsets.UTF_8).length();
        }
        long elapsed = System.nanoTime() - start;
        if (chars == 0) {
            throw new IllegalStateException("nothing decoded");
        }
        return elapsed;
    }

    private static double megabytesPerSecond(int bytes, long nanos) {
        return bytes / 1e6 / (nanos / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Lines of 79 printable characters, as `cat` of a log or source file gives. */
    private static byte[] ascii() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; line.length() < 79; i++) {
            line.append((char) ('!' + (i * 7) % 94));
        }
        return repeat((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** Every word in its own colour, as `ls --color`, `grep --color` or a coloured log gives. */
    private static byte[] sgrDense() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            out.append("\u001b[").append(i % 2 == 0 ? "1;" : "").append(31 + i % 7).append("mword").append(i)
                    .append("\u001b[0m \u001b[38;5;").append(i * 3 % 256).append("mx\u001b[m ");
            out.append("\u001b[38;2;").append(i * 4).append(";100;").append(255 - i).append("mrgb\u001b[0m");
            if (i % 4 == 3) {
                out.append("\r\n");
            }
        }
        return repeat(out.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Lines of 39 CJK ideographs (wide, 3 bytes each in UTF-8). */
    private static byte[] cjk() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 39; i++) {
            line.appendCodePoint(0x4E00 + i * 37);
        }
        return repeat((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] repeat(byte[] unit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(SIZE + unit.length);
        while (out.size() < SIZE) {
            out.write(unit, 0, unit.length);
        }
        return out.toByteArray();
    }
}
