package dev.berth.containers;

import dev.berth.daemon.containers.ContainerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleActionTest {

    @ParameterizedTest
    @CsvSource({
            "START, docker start web db",
            "STOP, docker stop web db",
            "RESTART, docker restart web db",
            "PAUSE, docker pause web db",
            "UNPAUSE, docker unpause web db",
            "KILL, docker kill web db",
    })
    void eachActionRendersItsDockerLine(LifecycleAction action, String expected) {
        assertThat(action.commandLine(List.of("web", "db"))).isEqualTo(expected);
    }

    @Test
    void actionsApplyOnlyToTheStatesWhereTheyMakeSense() {
        assertThat(LifecycleAction.START.appliesTo(ContainerState.RUNNING)).isFalse();
        assertThat(LifecycleAction.START.appliesTo(ContainerState.EXITED)).isTrue();
        assertThat(LifecycleAction.START.appliesTo(ContainerState.CREATED)).isTrue();
        assertThat(LifecycleAction.STOP.appliesTo(ContainerState.EXITED)).isFalse();
        assertThat(LifecycleAction.STOP.appliesTo(ContainerState.PAUSED)).isTrue();
        assertThat(LifecycleAction.PAUSE.appliesTo(ContainerState.PAUSED)).isFalse();
        assertThat(LifecycleAction.PAUSE.appliesTo(ContainerState.RUNNING)).isTrue();
        assertThat(LifecycleAction.UNPAUSE.appliesTo(ContainerState.RUNNING)).isFalse();
        assertThat(LifecycleAction.UNPAUSE.appliesTo(ContainerState.PAUSED)).isTrue();
        assertThat(LifecycleAction.KILL.appliesTo(ContainerState.EXITED)).isFalse();
        assertThat(LifecycleAction.RESTART.appliesTo(ContainerState.DEAD)).isFalse();
    }
}
