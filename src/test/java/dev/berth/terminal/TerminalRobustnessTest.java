package dev.berth.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Nothing a program writes makes the emulator throw or hang: random mixes of escape-sequence pieces, huge
 * parameters, broken UTF-8 and resizes, fed in random splits, always leave a terminal that still prints.
 */
class TerminalRobustnessTest {
    private static final String[] PIECES = {
        "\u001b", "[", "]", "P", "_", "^", "X", "?", ">", "=", "!", " ", "$", "\"", "'", "#", "%", "(", ")", "*", "+",
        ";", ":", "0", "1", "2", "5", "6", "7", "9", "38", "48", "2147483647", "99999999999", "1049", "1000", "2004",
        "m", "H", "J", "K", "L", "M", "P", "@", "X", "b", "r", "h", "l", "n", "c", "q", "t", "g", "I", "Z", "S", "T",
        "A", "B", "C", "D", "E", "F", "G", "d", "e", "f", "a", "`", "s", "u", "8", "D", "M", "c", "\\", "\u0007",
        "\r", "\n", "\t", "\b", "\u000e", "\u000f", "\u0018", "\u001a", "\u007f", "x", "中", "😀", "\u0301",
        "\u200d", "é", "\u009b", "\u009d", "\u0090", "\u009c", "\ufeff",
    };

    @Test
    void randomSequencesNeverThrowAndTheTerminalStillPrints() {
        Random random = new Random(23);
        for (int round = 0; round < 300; round++) {
            int cols = 1 + random.nextInt(30);
            int rows = 1 + random.nextInt(10);
            TerminalEmulator emulator = new TerminalEmulator(cols, rows, random.nextInt(20));
            ScreenSnapshot snapshot = new ScreenSnapshot();
            for (int chunk = 0; chunk < 40; chunk++) {
                byte[] data = randomBytes(random);
                int off = 0;
                while (off < data.length) {
                    int len = 1 + random.nextInt(data.length - off);
                    emulator.feed(data, off, len);
                    off += len;
                }
                if (random.nextInt(10) == 0) {
                    emulator.resize(1 + random.nextInt(30), 1 + random.nextInt(10));
                }
                emulator.snapshot(snapshot, random.nextInt(5));
                emulator.text(0, 0, emulator.scrollbackLines() + emulator.rows(), emulator.cols());
            }
            byte[] recover = "\u0018\u001b\\\u001bco".getBytes(StandardCharsets.UTF_8);
            emulator.feed(recover, 0, recover.length);
            emulator.snapshot(snapshot, 0);
            assertEquals("o", snapshot.rowText(0), "round " + round);
        }
    }

    @Test
    void rawRandomBytesNeverThrow() {
        Random random = new Random(7);
        TerminalEmulator emulator = new TerminalEmulator(80, 24, 100);
        byte[] data = new byte[1 << 20];
        random.nextBytes(data);
        emulator.feed(data, 0, data.length);
        assertTrue(emulator.ignoredSequences() >= 0);
    }

    private static byte[] randomBytes(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(30); i >= 0; i--) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(4) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        return bytes;
    }
}
