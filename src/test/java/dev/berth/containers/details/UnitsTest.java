package dev.berth.containers.details;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class UnitsTest {
    private static final double MIB = 1024 * 1024;

    @Test
    void bytesIn1024BasedUnits() {
        assertThat(Units.bytes(0)).isEqualTo("0B");
        assertThat(Units.bytes(1023)).isEqualTo("1023B");
        assertThat(Units.bytes(1536)).isEqualTo("1.5KiB");
        assertThat(Units.bytes(45.6 * MIB)).isEqualTo("45.6MiB");
        assertThat(Units.bytes(512 * MIB)).isEqualTo("512MiB");
        assertThat(Units.bytes(1.9 * 1024 * MIB)).isEqualTo("1.9GiB");
        assertThat(Units.rate(2048)).isEqualTo("2KiB/s");
        assertThat(Units.bytes(Double.NaN)).isEqualTo("–");
    }

    @Test
    void percentages() {
        assertThat(Units.percent(0.5)).isEqualTo("0.50 %");
        assertThat(Units.percent(123.45)).isEqualTo("123.5 %");
    }

    @Test
    void axisLabelsDropZeroDecimals() {
        assertThat(Units.tick(Units.percent(50))).isEqualTo("50 %");
        assertThat(Units.tick(Units.percent(0))).isEqualTo("0 %");
        assertThat(Units.tick(Units.percent(0.25))).isEqualTo("0.25 %");
        assertThat(Units.tick(Units.bytes(80 * MIB))).isEqualTo("80MiB");
        assertThat(Units.tick(Units.rate(2.5 * 1024))).isEqualTo("2.5KiB/s");
    }

    @Test
    void byteAxesEndAtARoundNumberInTheRightUnit() {
        AxisScale memory = AxisScale.forBytes(37 * MIB, MIB);
        assertThat(memory.upper()).isEqualTo(50 * MIB);
        assertThat(memory.tick()).isEqualTo(10 * MIB);
        AxisScale idle = AxisScale.forBytes(0, 1024);
        assertThat(idle.upper()).isEqualTo(1024);
        AxisScale busy = AxisScale.forBytes(1500 * MIB, 1024);
        assertThat(busy.upper()).isEqualTo(2 * 1024 * MIB);
        assertThat(busy.tick()).isEqualTo(512 * MIB);
    }

    @Test
    void plainAxesToo() {
        assertThat(AxisScale.forPlain(0.3, 1).upper()).isEqualTo(1);
        assertThat(AxisScale.forPlain(0.3, 1).tick()).isCloseTo(0.2, within(1e-9));
        assertThat(AxisScale.forPlain(140, 1).upper()).isEqualTo(200);
        assertThat(AxisScale.forPlain(100, 1).upper()).isEqualTo(100);
    }
}
