package dev.berth.daemon.engine;

import dev.berth.daemon.logs.LogLine.Source;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StreamFramesTest {
    private static final int STDIN = 0;
    private static final int STDOUT = 1;
    private static final int STDERR = 2;

    /** What came out: one entry per stream change, the payloads of a run of the same stream joined. */
    private final List<String> out = new ArrayList<>();
    private final ByteArrayOutputStream run = new ByteArrayOutputStream();
    private Source runSource;

    @Test
    void framesCutAtEveryByteComeOutAsTheirStreamsPayloads() {
        byte[] body = join(frame(STDOUT, "out-1\n"), frame(STDERR, "err-1\nerr-2\n"), frame(STDOUT, "out-2 ünï\n"),
                frame(STDERR, ""), frame(STDOUT, "out-3\n"));
        for (int cut = 0; cut <= body.length; cut++) {
            out.clear();
            StreamFrames frames = new StreamFrames();
            frames.feed(body, 0, cut, this::collect);
            frames.feed(body, cut, body.length, this::collect);
            finish();

            assertThat(out).as("cut at %d", cut)
                    .containsExactly("STDOUT:out-1\n", "STDERR:err-1\nerr-2\n", "STDOUT:out-2 ünï\nout-3\n");
        }
    }

    @Test
    void aBodyReadOneByteAtATimeGivesTheSamePayloads() {
        byte[] body = join(frame(STDERR, "a\n"), frame(STDOUT, "bc\n"));
        StreamFrames frames = new StreamFrames();
        for (int i = 0; i < body.length; i++) {
            frames.feed(body, i, i + 1, this::collect);
        }
        finish();

        assertThat(out).containsExactly("STDERR:a\n", "STDOUT:bc\n");
    }

    @Test
    void payloadsAreHandedOnFromTheReadsOwnArrayWithoutACopyPerFrame() {
        byte[] body = join(frame(STDOUT, "one\n"), frame(STDOUT, "two\n"), frame(STDOUT, "three\n"));
        List<byte[]> arrays = new ArrayList<>();
        new StreamFrames().feed(body, 0, body.length, (source, bytes, from, to) -> {
            arrays.add(bytes);
            collect(source, bytes, from, to);
        });
        finish();

        assertThat(out).containsExactly("STDOUT:one\ntwo\nthree\n");
        assertThat(arrays).as("one call per frame, each on the read's array").hasSize(3)
                .allSatisfy(array -> assertThat(array).isSameAs(body));
    }

    @Test
    void aFrameLargerThanAReadIsHandedOnInPieces() {
        String big = "x".repeat(200_000) + "\n";
        byte[] body = join(frame(STDOUT, big), frame(STDERR, "after\n"));
        StreamFrames frames = new StreamFrames();
        for (int from = 0; from < body.length; from += 65_536) {
            frames.feed(body, from, Math.min(body.length, from + 65_536), this::collect);
        }
        finish();

        assertThat(out).containsExactly("STDOUT:" + big, "STDERR:after\n");
    }

    @Test
    void stdinFramesAreSkipped() {
        byte[] body = join(frame(STDIN, "typed\n"), frame(STDOUT, "shown\n"));
        new StreamFrames().feed(body, 0, body.length, this::collect);
        finish();

        assertThat(out).containsExactly("STDOUT:shown\n");
    }

    @Test
    void aBodyThatStartsWithNoStreamTypeIsATtysRawStdout() {
        byte[] body = utf8("2026-12-02T10:00:00.000000000Z # ls\r\n\u0001\u0002 binary-looking bytes\r\n");
        StreamFrames frames = new StreamFrames();
        frames.feed(body, 0, 1, this::collect);
        frames.feed(body, 1, body.length, this::collect);
        finish();

        assertThat(out).containsExactly("STDOUT:" + new String(body, StandardCharsets.UTF_8));
    }

    @Test
    void aRangeInsideALargerArrayIsReadAsItsOwnBody() {
        byte[] frame = frame(STDERR, "inside\n");
        byte[] array = new byte[frame.length + 20];
        Arrays.fill(array, (byte) 'z');
        System.arraycopy(frame, 0, array, 10, frame.length);
        new StreamFrames().feed(array, 10, 10 + frame.length, this::collect);
        finish();

        assertThat(out).containsExactly("STDERR:inside\n");
    }

    private void collect(Source source, byte[] bytes, int from, int to) {
        assertThat(to).isGreaterThan(from);
        if (source != runSource) {
            finish();
            runSource = source;
        }
        run.write(bytes, from, to - from);
    }

    private void finish() {
        if (runSource != null) {
            out.add(runSource + ":" + run.toString(StandardCharsets.UTF_8));
        }
        run.reset();
        runSource = null;
    }

    private static byte[] frame(int type, String payload) {
        byte[] bytes = utf8(payload);
        byte[] frame = new byte[8 + bytes.length];
        frame[0] = (byte) type;
        frame[4] = (byte) (bytes.length >>> 24);
        frame[5] = (byte) (bytes.length >>> 16);
        frame[6] = (byte) (bytes.length >>> 8);
        frame[7] = (byte) bytes.length;
        System.arraycopy(bytes, 0, frame, 8, bytes.length);
        return frame;
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            joined.writeBytes(part);
        }
        return joined.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
