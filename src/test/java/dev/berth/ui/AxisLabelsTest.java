package dev.berth.ui;

import dev.berth.ui.text.ByteSizes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

class AxisLabelsTest {
    private static final DoubleFunction<String> BYTES = value -> ByteSizes.human((long) value);
    /** About what a 12 px UI font gives a label: 7 px a character. */
    private static final ToDoubleFunction<String> WIDTH = label -> label.length() * 7.0;

    @ParameterizedTest
    @ValueSource(longs = {0, 999, 2_048_000, 1_987_654, 26_400_000, 730_000_000, 5_300_000_000L, 12_345_678_901L})
    void tickLabelsNeverTouchAtOrdinaryWidths(long largest) {
        for (double width = 220; width <= 1400; width += 20) {
            AxisLabels.Ticks ticks = AxisLabels.fitting(largest, width, BYTES, WIDTH);

            assertThat(ticks.upper()).as("the longest bar fits on the axis").isGreaterThanOrEqualTo(largest);
            double spacing = width / (ticks.count() - 1);
            for (int tick = 1; tick < ticks.count(); tick++) {
                double halves = (WIDTH.applyAsDouble(BYTES.apply((tick - 1) * ticks.unit()))
                        + WIDTH.applyAsDouble(BYTES.apply(tick * ticks.unit()))) / 2;
                assertThat(spacing).as("labels %s and %s at %s px", BYTES.apply((tick - 1) * ticks.unit()),
                        BYTES.apply(tick * ticks.unit()), width).isGreaterThanOrEqualTo(halves + AxisLabels.GAP);
            }
        }
    }

    @Test
    void theIssuesChartGetsFewerRoundTicksInsteadOfCrowdedOnes() {
        // "1.5 MB1.75 MB2 MB…": a 2 MB image on a 420 px axis
        AxisLabels.Ticks ticks = AxisLabels.fitting(2_048_000, 420, BYTES, WIDTH);

        assertThat(ticks.count()).as("still an axis one can read values off").isBetween(3, 7);
        assertThat(BYTES.apply(ticks.unit())).isIn("500kB", "1MB");
    }

    @Test
    void aWideAxisGetsFinerTicksThanANarrowOne() {
        assertThat(AxisLabels.fitting(26_400_000, 1200, BYTES, WIDTH).count())
                .isGreaterThan(AxisLabels.fitting(26_400_000, 300, BYTES, WIDTH).count());
    }
}
