package dev.berth.daemon.logs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogBatchTest {
    private static final Instant T = Instant.parse("2026-12-01T12:03:04.123456789Z");

    private static LogLine out(String text, Instant time) {
        return new LogLine(LogLine.Source.STDOUT, text, time);
    }

    private static String text(LogBatch batch, int from, int to) {
        int length = 0;
        for (int i = from; i < to; i++) {
            length += batch.textLength(i);
        }
        byte[] copied = new byte[length + 3];
        assertThat(batch.copyText(from, to, copied, 3)).isEqualTo(length);
        return new String(copied, 3, length, StandardCharsets.UTF_8);
    }

    @Test
    void isTheSameLinesWithTheirTextEncodedEndToEnd() {
        List<LogLine> lines = List.of(out("grüße 😀", T), new LogLine(LogLine.Source.STDERR, "", null),
                out("\uFFFD ascii", T.plusNanos(1)));
        LogBatch batch = LogBatch.of(lines);

        assertThat(batch).isEqualTo(lines).hasSize(3);
        assertThat(batch.get(1)).isEqualTo(lines.get(1)).isNotSameAs(lines.get(1)); // made when asked
        assertThat(IntStream.range(0, 3).map(batch::textLength))
                .containsExactly("grüße 😀".getBytes(StandardCharsets.UTF_8).length, 0,
                        "\uFFFD ascii".getBytes(StandardCharsets.UTF_8).length);
        assertThat(text(batch, 0, 3)).isEqualTo("grüße 😀\uFFFD ascii");
        assertThat(text(batch, 2, 3)).isEqualTo("\uFFFD ascii");
        assertThat(text(batch, 1, 1)).isEmpty();
    }

    @Test
    void aBatchOfManyLongLinesKeepsEveryByte() {
        List<LogLine> lines = IntStream.range(0, 3_000)
                .mapToObj(i -> out(i + " " + "é".repeat(i % 300), T.plusNanos(i))).toList();
        LogBatch batch = LogBatch.of(lines);

        StringBuilder all = new StringBuilder();
        lines.forEach(line -> all.append(line.text()));
        assertThat(text(batch, 0, lines.size())).isEqualTo(all.toString());
        assertThat(text(batch, 2_999, 3_000)).isEqualTo(lines.get(2_999).text());
    }

    @Test
    void asciiLinesLongerThanTheFirstGuessGrowTheTextAndAreCopiedByteForByte() {
        List<LogLine> lines = List.of(out("x".repeat(500), T), out("ascii then ü", T), out("y".repeat(700), T));
        LogBatch batch = LogBatch.of(lines);

        assertThat(IntStream.range(0, 3).map(batch::textLength)).containsExactly(500, 13, 700);
        assertThat(text(batch, 0, 3)).isEqualTo("x".repeat(500) + "ascii then ü" + "y".repeat(700));
    }

    @Test
    void knowsTheNewestTimeAndTheLinesThatCarryItInOrder() {
        LogLine a = out("a", T.plusSeconds(2));
        LogLine b = out("b", T.plusSeconds(2));
        LogBatch batch = LogBatch.of(List.of(out("older", T), a, out("out of order", T.plusSeconds(1)),
                out("no time", null), b));

        assertThat(batch.newest()).isEqualTo(T.plusSeconds(2));
        assertThat(batch.atNewest()).containsExactly(a, b);
    }

    @Test
    void linesWithoutTimesHaveNoNewest() {
        LogBatch batch = LogBatch.of(List.of(out("x", null)));

        assertThat(batch.newest()).isNull();
        assertThat(batch.atNewest()).isEmpty();
        assertThat(LogBatch.of(List.of())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "2026-12-01T12:03:04.123456788Z, false",
            "2026-12-01T12:03:04.123456789Z, false",
            "2026-12-01T12:03:04.123456790Z, true",
            "2026-12-01T12:03:05.000000000Z, true",
    })
    void aBuilderSinceATimeKeepsOnlyLinesStrictlyAfterItAndLinesWithoutATime(String time, boolean kept) {
        LogBatch.Builder since = new LogBatch.Builder(T);
        byte[] x = "x".getBytes(StandardCharsets.US_ASCII);
        since.line(LogLine.Source.STDOUT, x, 0, 1, Instant.parse(time), true);
        since.line(LogLine.Source.STDOUT, x, 0, 1, null, true);
        LogBatch.Builder all = new LogBatch.Builder(null);
        all.line(LogLine.Source.STDOUT, x, 0, 1, Instant.parse(time), true);

        assertThat(since.build()).hasSize(kept ? 2 : 1).last().isEqualTo(out("x", null));
        assertThat(all.build()).containsExactly(out("x", Instant.parse(time)));
    }

    @Test
    void aBuilderCopiesWellFormedBytesAndDecodesTheRestAsAStringWould() {
        byte[] bytes = "[ascii][\u00fc]".getBytes(StandardCharsets.UTF_8);
        byte[] malformed = {'a', (byte) 0xC3, 'b', (byte) 0xFF};
        LogBatch.Builder builder = new LogBatch.Builder(null);
        builder.line(LogLine.Source.STDOUT, bytes, 1, 6, T, true);
        builder.line(LogLine.Source.STDERR, bytes, 8, bytes.length - 1, null, false);
        builder.line(LogLine.Source.STDOUT, malformed, 0, malformed.length, T, false);
        LogBatch batch = builder.build();

        String replaced = new String(malformed, StandardCharsets.UTF_8);
        assertThat(replaced).isEqualTo("a\uFFFDb\uFFFD");
        assertThat(batch).containsExactly(out("ascii", T), new LogLine(LogLine.Source.STDERR, "\u00fc", null),
                out(replaced, T));
        assertThat(text(batch, 0, 3)).isEqualTo("ascii\u00fc" + replaced);
        assertThat(IntStream.range(0, 3).mapToObj(batch::isStderr)).containsExactly(false, true, false);
        assertThat(IntStream.range(0, 3).mapToObj(batch::hasTime)).containsExactly(true, false, true);
        assertThat(batch.epochSecond(2)).isEqualTo(T.getEpochSecond());
        assertThat(batch.nano(2)).isEqualTo(T.getNano());
    }

    @Test
    void aBatchKeepsItsLinesWhileItsBuilderGoesOn() {
        byte[] bytes = "abc".getBytes(StandardCharsets.US_ASCII);
        LogBatch.Builder builder = new LogBatch.Builder(null);
        builder.line(LogLine.Source.STDOUT, bytes, 0, 1, T, true);
        LogBatch first = builder.build();
        builder.line(LogLine.Source.STDERR, bytes, 1, 3, null, true);

        assertThat(first).containsExactly(out("a", T));
        assertThatThrownBy(() -> first.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(builder.build()).containsExactly(out("a", T), new LogLine(LogLine.Source.STDERR, "bc", null));
    }

    @Test
    void aPrefixedBatchStartsEveryLineWithThePrefixAndKeepsStreamsTimesAndTheNewestLines() {
        List<LogLine> lines = List.of(out("grüße", T), new LogLine(LogLine.Source.STDERR, "", null),
                out("x".repeat(700), T.plusNanos(5)));
        byte[] prefix = "\u001b[36mweb-1  | \u001b[0m".getBytes(StandardCharsets.UTF_8);

        LogBatch prefixed = LogBatch.prefixed(LogBatch.of(lines), prefix);

        assertThat(prefixed).containsExactly(out("\u001b[36mweb-1  | \u001b[0mgrüße", T),
                new LogLine(LogLine.Source.STDERR, "\u001b[36mweb-1  | \u001b[0m", null),
                out("\u001b[36mweb-1  | \u001b[0m" + "x".repeat(700), T.plusNanos(5)));
        assertThat(prefixed.newest()).isEqualTo(T.plusNanos(5));
        assertThat(prefixed.atNewest()).containsExactly(prefixed.get(2));
        assertThat(LogBatch.prefixed(lines, prefix)).isEqualTo(prefixed); // a plain list is encoded first
    }
}
