package dev.berth.daemon;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(batch.get(1)).isSameAs(lines.get(1));
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
}
