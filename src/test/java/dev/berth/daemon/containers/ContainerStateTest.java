package dev.berth.daemon.containers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerStateTest {

    @ParameterizedTest
    @CsvSource({
            "created, CREATED",
            "running, RUNNING",
            "paused, PAUSED",
            "restarting, RESTARTING",
            "removing, REMOVING",
            "exited, EXITED",
            "dead, DEAD",
    })
    void parsesEveryEngineState(String engine, ContainerState expected) {
        assertThat(ContainerState.parse(engine)).isEqualTo(expected);
    }

    @Test
    void parseIgnoresCaseAndSurroundingSpace() {
        assertThat(ContainerState.parse(" Running\n")).isEqualTo(ContainerState.RUNNING);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "up", "stopped", "healthy"})
    void unknownOrMissingStateIsUnknown(String engine) {
        assertThat(ContainerState.parse(engine)).isEqualTo(ContainerState.UNKNOWN);
    }

    @Test
    void onlyRunningPausedAndRestartingAreActive() {
        for (ContainerState state : ContainerState.values()) {
            boolean expected = state == ContainerState.RUNNING || state == ContainerState.PAUSED
                    || state == ContainerState.RESTARTING;
            assertThat(state.isActive()).as(state.name()).isEqualTo(expected);
        }
    }

    @Test
    void labelIsCapitalisedWord() {
        assertThat(ContainerState.RUNNING.label()).isEqualTo("Running");
        assertThat(ContainerState.EXITED.label()).isEqualTo("Exited");
        assertThat(ContainerState.UNKNOWN.label()).isEqualTo("Unknown");
    }
}
