package dev.berth.logs;

import dev.berth.ui.concurrent.PulseExecutor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PulseExecutorGateTest {
    private static final long MS = 1_000_000L;

    @Test
    void withoutAnIntervalEveryPulseRuns() {
        PulseExecutor.Gate gate = new PulseExecutor.Gate(0);

        assertThat(gate.open(0)).isTrue();
        assertThat(gate.open(0)).isTrue();
        assertThat(gate.open(16 * MS)).isTrue();
    }

    @Test
    void theFirstPulseRunsAtOnceAndLaterOnesWaitForTheInterval() {
        PulseExecutor.Gate gate = new PulseExecutor.Gate(100 * MS);

        assertThat(gate.open(5_000 * MS)).as("the first pulse, whenever it comes").isTrue();
        assertThat(gate.open(5_016 * MS)).isFalse();
        assertThat(gate.open(5_083 * MS)).isFalse();
        assertThat(gate.open(5_100 * MS)).as("100 ms after the last run").isTrue();
        assertThat(gate.open(5_116 * MS)).isFalse();
        assertThat(gate.open(9_000 * MS)).as("after a quiet spell: at once").isTrue();
    }

    @Test
    void anIntervalIsCountedFromTheLastRunNotFromTheFirst() {
        PulseExecutor.Gate gate = new PulseExecutor.Gate(100 * MS);

        gate.open(0);
        assertThat(gate.open(150 * MS)).isTrue();
        assertThat(gate.open(200 * MS)).as("only 50 ms after the run at 150 ms").isFalse();
        assertThat(gate.open(250 * MS)).isTrue();
    }

    @Test
    void itTellsHowLongUntilItOpensSoThatTheWaitNeedNoPulses() {
        PulseExecutor.Gate gate = new PulseExecutor.Gate(250 * MS);

        assertThat(gate.waitBefore(1_000 * MS)).as("before the first run").isZero();
        gate.open(1_000 * MS);
        assertThat(gate.waitBefore(1_040 * MS)).isEqualTo(210 * MS);
        assertThat(gate.waitBefore(1_250 * MS)).isZero();
        assertThat(gate.waitBefore(4_000 * MS)).isZero();
    }
}
