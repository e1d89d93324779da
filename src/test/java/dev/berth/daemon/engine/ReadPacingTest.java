package dev.berth.daemon.engine;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ReadPacingTest {
    private static final long US = TimeUnit.MICROSECONDS.toNanos(1);
    private static final long MAX_REST = ReadPacing.MAX_REST_MICROS * US;

    private final ReadPacing pacing = new ReadPacing();
    private long now = 1_000_000_000L;

    @Test
    void noRestBeforeTheRateIsKnown() {
        assertThat(read(500 * US)).isZero();
        assertThat(read(500 * US)).isZero();
    }

    @Test
    void aReadThatWaitedAtTheFloodsRateIsFollowedByTheLongestRest() {
        readsAtRate(50_000, 25 * 1_000); // 50,000 lines/s for 25 ms: the rate is known
        // 16 lines at 50,000/s take 320 µs: more than the longest rest
        assertThat(read(100 * US)).isEqualTo(MAX_REST);
    }

    @Test
    void aReadThatFoundDataWaitingIsNotFollowedByARest() {
        readsAtRate(50_000, 25 * 1_000);
        assertThat(read(5 * US)).isZero();
    }

    @Test
    void aFasterFloodGetsAShorterRestSoThatTheEnginesSocketDoesNotFill() {
        readsAtRate(400_000, 25 * 1_000);
        long rest = read(100 * US);
        // 16 lines at 400,000/s: 40 µs
        assertThat(rest).isBetween(35 * US, 45 * US);
    }

    @Test
    void aTrickleGetsAtMostTheLongestRest() {
        readsAtRate(10, 100 * 1_000); // ten lines a second for 100 ms
        assertThat(read(50_000 * US)).isEqualTo(MAX_REST);
    }

    /** Reads of 1 µs each at this many reads per second, for this many microseconds. */
    private void readsAtRate(int perSecond, long forMicros) {
        long gap = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long end = now + forMicros * US;
        while (now < end) {
            pacing.restAfter(now, now + US);
            now += gap;
        }
    }

    /** One read that took {@code took} ns; its rest. */
    private long read(long took) {
        long rest = pacing.restAfter(now, now + took);
        now += took;
        return rest;
    }
}
