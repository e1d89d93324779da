package dev.berth.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real programs recorded through a pty at 80x24 (src/test/node/record-all.sh) replay to exactly the screens
 * xterm.js produces from the same bytes (src/test/node/golden.js wrote the goldens): text, cursor, colours and
 * attributes at every checkpoint.
 */
class TerminalRecordingsTest {
    static Stream<String> recordings() {
        return Stream.of("busybox-vi", "busybox-top", "busybox-less", "vim", "htop", "nano", "less-mouse", "vim-wide",
                "busybox-vi-wide", "shell");
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void replaysAsXtermJsDoes(String name) throws IOException {
        replay(name, null);
    }

    /** The same with every read cut at random places, through escape sequences and UTF-8 characters. */
    @ParameterizedTest
    @MethodSource("recordings")
    void replaysTheSameInSmallReads(String name) throws IOException {
        replay(name, new Random(name.hashCode()));
    }

    private static void replay(String name, Random cuts) throws IOException {
        byte[] data = read(name + ".bin");
        int[] marks = Arrays.stream(new String(read(name + ".marks"), StandardCharsets.US_ASCII).trim().split("\\s+"))
                .mapToInt(Integer::parseInt).toArray();
        String[] expected = new String(read(name + ".golden"), StandardCharsets.UTF_8).split("(?m)^(?=== )");
        TerminalEmulator emulator = new TerminalEmulator(80, 24);
        int from = 0;
        for (int i = 0; i < marks.length; i++) {
            while (from < marks[i]) {
                int len = cuts == null ? marks[i] - from : Math.min(1 + cuts.nextInt(7), marks[i] - from);
                emulator.feed(data, from, len);
                from += len;
            }
            assertEquals(expected[i], ScreenDump.dump(emulator, i + 1, marks[i]), name + ", checkpoint " + (i + 1));
        }
    }

    private static byte[] read(String file) throws IOException {
        try (InputStream in = TerminalRecordingsTest.class.getResourceAsStream("/terminal/recordings/" + file)) {
            if (in == null) {
                throw new IOException("missing recording " + file);
            }
            return in.readAllBytes();
        }
    }
}
