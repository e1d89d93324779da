package dev.berth.logs;

import dev.berth.daemon.logs.LogBatch;
import dev.berth.daemon.logs.LogLine;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogBufferTest {

    static LogLine line(int number) {
        return new LogLine(LogLine.Source.STDOUT, "line " + number, Instant.EPOCH.plusMillis(number));
    }

    static List<LogLine> lines(int from, int to) {
        return IntStream.range(from, to).mapToObj(LogBufferTest::line).toList();
    }

    private static List<String> texts(LogBuffer buffer) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < buffer.size(); i++) {
            texts.add(buffer.get(i).text());
        }
        return texts;
    }

    @Test
    void keepsLinesInArrivalOrderUntilFull() {
        LogBuffer buffer = new LogBuffer(5);
        buffer.append(lines(0, 3));
        buffer.append(lines(3, 5));

        assertThat(texts(buffer)).containsExactly("line 0", "line 1", "line 2", "line 3", "line 4");
        assertThat(buffer.dropped()).isZero();
        assertThat(buffer.last().text()).isEqualTo("line 4");
    }

    @Test
    void onceFullEachNewLineDropsTheOldestAndIsCounted() {
        LogBuffer buffer = new LogBuffer(3);
        buffer.append(lines(0, 2));
        buffer.append(lines(2, 7));

        assertThat(buffer.size()).isEqualTo(3);
        assertThat(buffer.dropped()).isEqualTo(4);
        assertThat(texts(buffer)).containsExactly("line 4", "line 5", "line 6");
    }

    @Test
    void aBatchLargerThanTheBufferKeepsItsNewestLines() {
        LogBuffer buffer = new LogBuffer(4);
        buffer.append(lines(0, 10));

        assertThat(texts(buffer)).containsExactly("line 6", "line 7", "line 8", "line 9");
        assertThat(buffer.dropped()).isEqualTo(6);
    }

    @Test
    void wrapsAroundTheRingManyTimesInOrder() {
        LogBuffer buffer = new LogBuffer(7);
        for (int i = 0; i < 1000; i += 3) {
            buffer.append(lines(i, i + 3));
        }

        assertThat(texts(buffer)).containsExactly("line 995", "line 996", "line 997", "line 998", "line 999",
                "line 1000", "line 1001");
        assertThat(buffer.dropped()).isEqualTo(1002 - 7);
    }

    @Test
    void sequenceNumbersStayWithTheirLinesAsTheyMoveTowardsTheStart() {
        LogBuffer buffer = new LogBuffer(3);
        buffer.append(lines(0, 5));

        assertThat(buffer.firstSequence()).isEqualTo(2);
        assertThat(buffer.appended()).isEqualTo(5);
        assertThat(buffer.bySequence(3).text()).isEqualTo("line 3");
        assertThat(buffer.indexOf(4)).isEqualTo(2);
        assertThat(buffer.indexOf(1)).isEqualTo(-1);
        assertThat(buffer.indexOf(5)).isEqualTo(-1);
    }

    @Test
    void clearStartsAgainFromNothing() {
        LogBuffer buffer = new LogBuffer(2);
        buffer.append(lines(0, 5));
        buffer.clear();

        assertThat(buffer.size()).isZero();
        assertThat(buffer.dropped()).isZero();
        assertThat(buffer.last()).isNull();
        buffer.append(line(9));
        assertThat(texts(buffer)).containsExactly("line 9");
    }

    @Test
    void readingOutsideTheKeptLinesIsAnError() {
        LogBuffer buffer = new LogBuffer(2);
        buffer.append(lines(0, 1));

        assertThatThrownBy(() -> buffer.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> buffer.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new LogBuffer(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultHoldsAHundredThousandLines() {
        LogBuffer buffer = new LogBuffer();
        buffer.append(lines(0, 100_001));

        assertThat(buffer.capacity()).isEqualTo(100_000);
        assertThat(buffer.size()).isEqualTo(100_000);
        assertThat(buffer.dropped()).isEqualTo(1);
        assertThat(buffer.get(0).text()).isEqualTo("line 1");
    }

    @Test
    void givesBackEachLineAsItCameStreamTimeAndText() {
        LogBuffer buffer = new LogBuffer(10);
        List<LogLine> came = List.of(
                new LogLine(LogLine.Source.STDERR, "grüße \u001b[31mrot\u001b[0m 😀 \uFFFD", Instant.parse("2026-12-01T12:03:04.123456789Z")),
                new LogLine(LogLine.Source.STDOUT, "", null),
                new LogLine(LogLine.Source.STDOUT, "zero time", Instant.parse("0001-01-01T00:00:00Z")),
                new LogLine(LogLine.Source.STDOUT, "before 1970", Instant.ofEpochSecond(-5, 7)));
        buffer.append(came);

        assertThat(IntStream.range(0, buffer.size()).mapToObj(buffer::get).toList()).isEqualTo(came);
    }

    @Test
    void aLineLongerThanAChunkIsKeptWhole() {
        LogBuffer buffer = new LogBuffer(3);
        String huge = "x".repeat(3 * LogBuffer.CHUNK_BYTES) + "é";
        buffer.append(List.of(line(1), new LogLine(LogLine.Source.STDOUT, huge, null), line(2)));

        assertThat(buffer.get(1).text()).isEqualTo(huge);
        assertThat(texts(buffer)).startsWith("line 1").endsWith("line 2");
    }

    @Test
    void theTextOfDroppedLinesIsLetGoChunkByChunk() {
        LogBuffer buffer = new LogBuffer(1_000);
        String text = "y".repeat(200);
        for (int i = 0; i < 50_000; i++) { // 10 MB of text through a buffer that keeps 200 KB of it
            buffer.append(new LogLine(LogLine.Source.STDOUT, i + " " + text, null));
        }

        assertThat(buffer.get(0).text()).startsWith("49000 ");
        assertThat(buffer.textBytes()).as("about the kept text plus a chunk").isLessThan(3L * LogBuffer.CHUNK_BYTES);
    }

    @Test
    void aFullBufferThatGoesOnTakingLinesReusesTheChunksItLetGo() {
        LogBuffer buffer = new LogBuffer(10_000);
        String text = "r".repeat(300);
        for (int i = 0; i < 200_000; i++) { // 60 MB through a buffer that keeps 3 MB
            buffer.append(new LogLine(LogLine.Source.STDOUT, i + " " + text, null));
        }
        long arrays = buffer.chunkArrays();
        for (int i = 200_000; i < 400_000; i++) {
            buffer.append(new LogLine(LogLine.Source.STDOUT, i + " " + text, null));
        }

        assertThat(buffer.chunkArrays()).as("no new arrays while the full buffer went on").isEqualTo(arrays);
        assertThat(arrays).as("the growing first chunks and about the kept text's worth").isLessThan(20);
        assertThat(IntStream.range(0, buffer.size()).mapToObj(i -> buffer.get(i).text()).toList())
                .isEqualTo(IntStream.range(390_000, 400_000).mapToObj(i -> i + " " + text).toList());
    }

    @Test
    void aChunkAFrozenListReadsIsNeverReused() {
        LogBuffer buffer = new LogBuffer(5_000);
        String text = "f".repeat(300);
        for (int i = 0; i < 20_000; i++) { // full-size chunks already go round
            buffer.append(new LogLine(LogLine.Source.STDOUT, i + " " + text, null));
        }
        List<LogLine> frozen = buffer.freeze(IntStream.range(0, 5_000).toArray());
        for (int i = 20_000; i < 60_000; i++) { // the frozen lines' chunks are let go, and others reused
            buffer.append(new LogLine(LogLine.Source.STDOUT, i + " " + text, null));
        }

        assertThat(frozen.stream().map(LogLine::text).toList())
                .isEqualTo(IntStream.range(15_000, 20_000).mapToObj(i -> i + " " + text).toList());
        assertThat(buffer.get(0).text()).isEqualTo("55000 " + text);
    }

    @Test
    void aPinnedLineIsTheVeryObjectUntilItIsDropped() {
        LogBuffer buffer = new LogBuffer(3);
        LogLine marker = new LogLine(LogLine.Source.STDOUT, "— container restarted at 12:03:04 —", Instant.EPOCH);
        buffer.append(line(0));
        buffer.appendPinned(marker);
        buffer.append(line(2));

        assertThat(buffer.get(1)).isSameAs(marker);
        assertThat(buffer.bySequence(1)).isSameAs(marker);
        assertThat(buffer.get(0)).isNotSameAs(buffer.get(0)).isEqualTo(line(0));

        buffer.append(lines(3, 5));
        assertThat(texts(buffer)).containsExactly("line 2", "line 3", "line 4");
    }

    @Test
    void aFrozenListKeepsItsLinesWhileTheBufferMovesOn() {
        LogBuffer buffer = new LogBuffer(1_000);
        LogLine marker = new LogLine(LogLine.Source.STDOUT, "— connection restored at 12:03:09 —", null);
        buffer.append(lines(0, 500));
        buffer.appendPinned(marker);
        buffer.append(new LogLine(LogLine.Source.STDERR, "grüße", Instant.EPOCH));

        List<LogLine> frozen = buffer.freeze(new int[] {0, 499, 500, 501});
        buffer.append(lines(1_000, 60_000)); // the ring wraps many times and lets go of the chunks frozen lines are in

        assertThat(frozen).hasSize(4);
        assertThat(frozen.get(0)).isEqualTo(line(0));
        assertThat(frozen.get(1)).isEqualTo(line(499));
        assertThat(frozen.get(2)).isSameAs(marker);
        assertThat(frozen.get(3)).isEqualTo(new LogLine(LogLine.Source.STDERR, "grüße", Instant.EPOCH));
        assertThat(buffer.get(0).text()).isEqualTo("line 59000");
        assertThat(buffer.isPinned(0)).isFalse();
        assertThatThrownBy(() -> buffer.freeze(new int[] {1_000})).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void anEncodedBatchIsKeptAsItsLinesAcrossChunksAndWraps() {
        List<LogLine> came = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) { // several chunks, the ring wraps, one line bigger than a chunk
            String text = i == 20_000 ? "z".repeat(LogBuffer.CHUNK_BYTES + 5) : i + " grüße " + "x".repeat(i % 97);
            came.add(new LogLine(i % 3 == 0 ? LogLine.Source.STDERR : LogLine.Source.STDOUT, text,
                    i % 5 == 0 ? null : Instant.EPOCH.plusNanos(i)));
        }
        LogBuffer encoded = new LogBuffer(12_000);
        LogBuffer oneByOne = new LogBuffer(12_000);
        for (int from = 0; from < came.size(); from += 1_024) {
            List<LogLine> batch = came.subList(from, Math.min(came.size(), from + 1_024));
            encoded.append(LogBatch.of(batch));
            oneByOne.append(batch);
        }

        assertThat(encoded.size()).isEqualTo(12_000);
        assertThat(encoded.dropped()).isEqualTo(18_000);
        assertThat(IntStream.range(0, encoded.size()).mapToObj(encoded::get).toList())
                .isEqualTo(came.subList(18_000, 30_000))
                .isEqualTo(IntStream.range(0, oneByOne.size()).mapToObj(oneByOne::get).toList());
        assertThat(encoded.textBytes()).isLessThanOrEqualTo(oneByOne.textBytes() + 2L * LogBuffer.CHUNK_BYTES);
    }
}
