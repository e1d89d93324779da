package dev.berth.images.build;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BuildProgressTest {
    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void elapsedTimeReadsLikeAClock() {
        assertThat(BuildProgress.elapsed(START, START.plusMillis(7_900))).isEqualTo("0:07");
        assertThat(BuildProgress.elapsed(START, START.plusSeconds(750))).isEqualTo("12:30");
        assertThat(BuildProgress.elapsed(START, START.plusSeconds(3723))).isEqualTo("1:02:03");
        assertThat(BuildProgress.elapsed(START, START.minusSeconds(1))).isEqualTo("0:00");
    }

    @Test
    void buildKitStepsLoseTheirVertexNumber() {
        assertThat(BuildProgress.stepTitle("#5 [2/2] RUN make")).isEqualTo("[2/2] RUN make");
        assertThat(BuildProgress.stepTitle("Step 2/4 : RUN make")).isEqualTo("Step 2/4 : RUN make");
    }
}
