package dev.berth.daemon.logs;

import dev.berth.daemon.logs.LogLine.Source;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LogDecoderTest {
    private static final String TS = "2026-11-28T03:04:05.123456789Z";
    private static final Instant TIME = Instant.parse(TS);

    private final LogDecoder decoder = new LogDecoder();
    private final Collected out = new Collected();

    /** What a decoder hands out, gathered as the log stream gathers it (in a batch builder), read as lines. */
    private static final class Collected extends AbstractList<LogLine> implements LogDecoder.Lines {
        private final LogBatch.Builder builder = new LogBatch.Builder(null);
        private LogBatch built;

        @Override
        public void line(Source source, byte[] bytes, int from, int to, Instant time, boolean wellFormed) {
            builder.line(source, bytes, from, to, time, wellFormed);
            built = null;
        }

        @Override
        public LogLine get(int index) {
            if (built == null) {
                built = builder.build();
            }
            return built.get(index);
        }

        @Override
        public int size() {
            return builder.size();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void feed(Source source, byte[] bytes) {
        decoder.decode(source, bytes, 0, bytes.length, out);
    }

    private void feed(Source source, String text) {
        feed(source, utf8(text));
    }

    /** Feeds {@code bytes} in frames of at most {@code size}, through one reused array as docker-java does. */
    private void feedInFrames(Source source, byte[] bytes, int size) {
        byte[] frame = new byte[size];
        for (int at = 0; at < bytes.length; at += size) {
            int length = Math.min(size, bytes.length - at);
            System.arraycopy(bytes, at, frame, 0, length);
            decoder.decode(source, frame, 0, length, out);
            Arrays.fill(frame, (byte) '#'); // whatever the decoder kept must not be this array
        }
    }

    @Test
    void aMultiByteLineSplitAtEveryByteOffsetDecodesTheSame() {
        String text = "héllo wörld €𝄞 ✓";
        byte[] line = utf8(TS + " " + text + "\n");
        for (int cut = 0; cut <= line.length; cut++) {
            LogDecoder fresh = new LogDecoder();
            Collected lines = new Collected();
            byte[] reused = new byte[line.length];
            System.arraycopy(line, 0, reused, 0, cut);
            fresh.decode(Source.STDOUT, reused, 0, cut, lines);
            Arrays.fill(reused, (byte) 0);
            System.arraycopy(line, cut, reused, 0, line.length - cut);
            fresh.decode(Source.STDOUT, reused, 0, line.length - cut, lines);

            assertThat(lines).as("cut at byte %d", cut).containsExactly(new LogLine(Source.STDOUT, text, TIME));
            assertThat(fresh.pendingBytes()).isZero();
        }
    }

    @Test
    void aMultiByteLineCutAtEveryPairOfOffsetsDecodesTheSame() {
        String text = "€𝄞é";
        byte[] line = utf8(TS + " " + text + "\n");
        for (int first = 0; first <= line.length; first++) {
            for (int second = first; second <= line.length; second++) {
                LogDecoder fresh = new LogDecoder();
                Collected lines = new Collected();
                fresh.decode(Source.STDERR, line, 0, first, lines);
                fresh.decode(Source.STDERR, line, first, second - first, lines);
                fresh.decode(Source.STDERR, line, second, line.length - second, lines);
                assertThat(lines).as("cuts at %d and %d", first, second)
                        .containsExactly(new LogLine(Source.STDERR, text, TIME));
            }
        }
    }

    @Test
    void oneByteFramesDecodeTheSame() {
        feedInFrames(Source.STDOUT, utf8(TS + " α\n" + TS + " β𝄞γ\n"), 1);

        assertThat(out).extracting(LogLine::text).containsExactly("α", "β𝄞γ");
    }

    @Test
    void stdoutAndStderrKeepTheirOwnUnfinishedLines() {
        feed(Source.STDOUT, TS + " out-one-fir");
        feed(Source.STDERR, TS + " err-one\n" + TS + " err-two-fir");
        feed(Source.STDOUT, "st\n" + TS + " out-two");
        feed(Source.STDERR, "st\n");
        feed(Source.STDOUT, "\n");

        assertThat(out).containsExactly(
                new LogLine(Source.STDERR, "err-one", TIME),
                new LogLine(Source.STDOUT, "out-one-first", TIME),
                new LogLine(Source.STDERR, "err-two-first", TIME),
                new LogLine(Source.STDOUT, "out-two", TIME));
    }

    @Test
    void aTtysCrLfLineEndsAreRemoved() {
        byte[] raw = utf8(TS + " # ls\r\n" + TS + " bin  etc\r\n" + TS + " \u001b[1;34mdev\u001b[0m\r\n");
        // StreamFrames hands a TTY's raw stream on as stdout, in the pieces it was read in.
        feed(Source.STDOUT, Arrays.copyOf(raw, 1));
        decoder.decode(Source.STDOUT, raw, 1, raw.length - 1, out);

        assertThat(out).containsExactly(
                new LogLine(Source.STDOUT, "# ls", TIME),
                new LogLine(Source.STDOUT, "bin  etc", TIME),
                new LogLine(Source.STDOUT, "\u001b[1;34mdev\u001b[0m", TIME));
    }

    @Test
    void invalidUtf8BecomesReplacementCharactersAndTheRestSurvives() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8(TS + " a"));
        bytes.write(0xff);
        bytes.writeBytes(utf8("b"));
        bytes.write(0xc3); // a lead byte followed by ASCII
        bytes.writeBytes(utf8("(c"));
        bytes.write(0xe2); // a sequence cut short by the line end
        bytes.write(0x82);
        bytes.writeBytes(utf8("\n" + TS + " next ok\n"));
        feedInFrames(Source.STDOUT, bytes.toByteArray(), 3);

        assertThat(out).extracting(LogLine::text).containsExactly("a\uFFFDb\uFFFD(c\uFFFD", "next ok");
    }

    @Test
    void aOneMegabyteLineInKibiFramesIsOneLineInLinearTime() {
        byte[] text = new byte[1024 * 1024];
        for (int i = 0; i < text.length; i++) {
            text[i] = (byte) ('a' + i % 26);
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes(utf8(TS + " "));
        line.writeBytes(text);
        line.writeBytes(utf8("\n" + TS + " after\n"));
        byte[] bytes = line.toByteArray();

        long start = System.nanoTime();
        feedInFrames(Source.STDOUT, bytes, 1024);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(out).hasSize(2);
        assertThat(out.get(0).text()).hasSize(text.length);
        assertThat(out.get(0).text().equals(new String(text, StandardCharsets.US_ASCII))).as("the 1 MB line").isTrue();
        assertThat(out.get(1).text()).isEqualTo("after");
        assertThat(took).isLessThan(Duration.ofSeconds(2)); // quadratic copying would take minutes
    }

    @Test
    void theEnginesTimestampsBeforeEach16KiBPieceOfALongLineAreRemoved() {
        // What `docker logs -t` sends for a 40,000-byte line: a timestamp before every 16 KiB piece.
        String later = "2026-11-28T03:04:05.223456789Z";
        String last = "2026-11-28T03:04:05.323456789Z";
        String a = "a".repeat(16_384);
        String b = "b".repeat(16_384);
        String c = "c".repeat(40_000 - 2 * 16_384);
        feedInFrames(Source.STDOUT, utf8(TS + " " + a + later + " " + b + last + " " + c + "\n"), 1024);

        assertThat(out).hasSize(1);
        assertThat(out.get(0).time()).isEqualTo(TIME);
        assertThat(out.get(0).text().equals(a + b + c)).as("the line without its inner timestamps").isTrue();
    }

    @Test
    void anEndlessLineComesInPartsCutWhereTheEnginesPiecesBegin() {
        StringBuilder raw = new StringBuilder(TS + " ");
        StringBuilder text = new StringBuilder();
        List<Instant> pieceTimes = new ArrayList<>();
        for (int piece = 0; piece < 600; piece++) { // 600 pieces of 16 KiB: 9.4 MiB
            Instant time = TIME.plusNanos(piece);
            if (piece > 0) {
                raw.append(String.format(Locale.ROOT, "2026-11-28T03:04:05.%09dZ ", time.getNano()));
            }
            pieceTimes.add(time);
            String content = String.valueOf((char) ('a' + piece % 26)).repeat(LogDecoder.ENGINE_PIECE);
            raw.append(content);
            text.append(content);
        }
        feedInFrames(Source.STDOUT, utf8(raw.append('\n').toString()), 1024);

        assertThat(out).hasSize(3);
        assertThat(out).allSatisfy(part -> assertThat(part.text().length()).isLessThanOrEqualTo(LogDecoder.MAX_LINE_BYTES)
                .isGreaterThan(0));
        assertThat(String.join("", out.stream().map(LogLine::text).toList()).equals(text.toString()))
                .as("the parts make up the line without the engine's timestamps").isTrue();
        int piecesPerPart = out.get(0).text().length() / LogDecoder.ENGINE_PIECE;
        assertThat(out).extracting(LogLine::time)
                .containsExactly(TIME, pieceTimes.get(piecesPerPart), pieceTimes.get(2 * piecesPerPart));
        assertThat(decoder.pendingBytes()).isZero();
    }

    @Test
    void anEndlessLineWithoutPiecesIsCutBetweenCharactersAndKeepsItsTime() {
        String text = "é€𝄞".repeat(1_000_000); // 9 MB of two-, three- and four-byte sequences
        feedInFrames(Source.STDERR, utf8(TS + " " + text + "\n"), 1000);

        assertThat(out).hasSize(3).allSatisfy(part -> {
            assertThat(part.time()).isEqualTo(TIME);
            assertThat(part.source()).isEqualTo(Source.STDERR);
            assertThat(part.text()).doesNotContain("\uFFFD");
        });
        assertThat(String.join("", out.stream().map(LogLine::text).toList()).equals(text))
                .as("the parts make up the line").isTrue();
    }

    @Test
    void textThatLooksLikeATimestampInsideALineStays() {
        String inside = "x".repeat(100) + TS + " y" + "z".repeat(20_000);
        feed(Source.STDOUT, TS + " " + inside + "\n");

        assertThat(out).hasSize(1);
        assertThat(out.get(0).text().equals(inside)).as("the line as it was").isTrue();
    }

    @Test
    void anAnsiEscapeSequenceSplitAcrossFramesPassesThroughIntact() {
        String text = "\u001b[38;5;196mred\u001b[0m plain \u001b[1mbold\u001b[22m";
        byte[] line = utf8(TS + " " + text + "\n");
        for (int cut = TS.length() + 1; cut < line.length; cut++) {
            LogDecoder fresh = new LogDecoder();
            Collected lines = new Collected();
            fresh.decode(Source.STDOUT, line, 0, cut, lines);
            fresh.decode(Source.STDOUT, line, cut, line.length - cut, lines);
            assertThat(lines).extracting(LogLine::text).as("cut at %d", cut).containsExactly(text);
        }
    }

    @Test
    void aProgressLineKeepsWhatATerminalWouldShowLast() {
        feed(Source.STDOUT, TS + " 10%\r 20%\r 30% done\n");
        feed(Source.STDOUT, TS + " crlf line\r\n");
        feed(Source.STDOUT, TS + " redrawn then ended\r\r\n");
        feed(Source.STDOUT, TS + " \r\n");
        feed(Source.STDOUT, TS + " split 1%\r");
        feed(Source.STDOUT, " 2%\r");
        feed(Source.STDOUT, " 100%\r\n");

        assertThat(out).extracting(LogLine::text)
                .containsExactly(" 30% done", "crlf line", "redrawn then ended", "", " 100%");
    }

    @Test
    void timestampsAreReadAndRemoved() {
        feed(Source.STDOUT, "2024-02-29T23:59:59.999999999Z leap day\n");
        feed(Source.STDOUT, "1970-01-01T00:00:00.000000000Z epoch\n");
        feed(Source.STDOUT, "2026-11-28T03:04:05.000000001Z  two spaces\n");
        feed(Source.STDOUT, "2026-11-28T03:04:05.5Z short fraction\n");
        feed(Source.STDOUT, "2026-11-28T04:04:05.123+01:00 with offset\n");
        feed(Source.STDOUT, "no timestamp here\n");
        feed(Source.STDOUT, "2026-13-28T03:04:05.000000001Z bad month\n");
        feed(Source.STDOUT, TS + " \n");

        assertThat(out).containsExactly(
                new LogLine(Source.STDOUT, "leap day", Instant.parse("2024-02-29T23:59:59.999999999Z")),
                new LogLine(Source.STDOUT, "epoch", Instant.EPOCH),
                new LogLine(Source.STDOUT, " two spaces", Instant.parse("2026-11-28T03:04:05.000000001Z")),
                new LogLine(Source.STDOUT, "short fraction", Instant.parse("2026-11-28T03:04:05.5Z")),
                new LogLine(Source.STDOUT, "with offset", Instant.parse("2026-11-28T03:04:05.123Z")),
                new LogLine(Source.STDOUT, "no timestamp here", null),
                new LogLine(Source.STDOUT, "2026-13-28T03:04:05.000000001Z bad month", null),
                new LogLine(Source.STDOUT, "", TIME));
    }

    @Test
    void theDaysSinceTheEpochMatchTheJdks() {
        for (LocalDate day = LocalDate.of(1899, 12, 1); day.isBefore(LocalDate.of(2101, 3, 1)); day = day.plusDays(1)) {
            assertThat(LogTimestamps.epochDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth()))
                    .as("%s", day).isEqualTo(day.toEpochDay());
        }
    }

    @Test
    void flushHandsOutTheUnfinishedLinesOnce() {
        feed(Source.STDOUT, TS + " whole\n" + TS + " no newline at the e");
        feed(Source.STDERR, TS + " err");
        feed(Source.STDOUT, "nd");
        assertThat(out).extracting(LogLine::text).containsExactly("whole");

        decoder.flush(out);
        decoder.flush(out);

        assertThat(out).containsExactly(
                new LogLine(Source.STDOUT, "whole", TIME),
                new LogLine(Source.STDOUT, "no newline at the end", TIME),
                new LogLine(Source.STDERR, "err", TIME));
        assertThat(decoder.pendingBytes()).isZero();
    }

    @Test
    void emptyFramesAndEmptyLinesAreFine() {
        feed(Source.STDOUT, new byte[0]);
        feed(Source.STDOUT, TS + " \n\n");
        decoder.flush(out);

        assertThat(out).containsExactly(new LogLine(Source.STDOUT, "", TIME), new LogLine(Source.STDOUT, "", null));
    }

    @Test
    void aMillionLinesDecodeQuickly() {
        byte[] line = utf8(TS + " " + "0123456789".repeat(8) + "\n");
        byte[] frame = new byte[1024];
        Collected lines = new Collected();
        long start = System.nanoTime();
        for (int i = 0; i < 1_000_000; i++) {
            System.arraycopy(line, 0, frame, 0, line.length);
            decoder.decode(Source.STDOUT, frame, 0, line.length, lines);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(lines).hasSize(1_000_000);
        assertThat(took).isLessThan(Duration.ofSeconds(10)); // about 0.2 s; generous for a loaded CI machine
    }
}
