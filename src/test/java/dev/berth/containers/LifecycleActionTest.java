package dev.berth.containers;

import dev.berth.daemon.containers.ContainerState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleActionTest {

    @Test
    void eachActionRendersItsDockerLineForOneOrManyContainers() {
        assertThat(LifecycleAction.START.commandLine(List.of("web"))).isEqualTo("docker start web");
        assertThat(LifecycleAction.STOP.commandLine(List.of("web", "db"))).isEqualTo("docker stop web db");
        assertThat(LifecycleAction.UNPAUSE.commandLine(List.of("my job"))).isEqualTo("docker unpause 'my job'");
        assertThat(LifecycleAction.KILL.commandLine(List.of("a"))).isEqualTo("docker kill a");
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
