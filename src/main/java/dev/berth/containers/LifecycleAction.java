package dev.berth.containers;

import dev.berth.daemon.cli.ContainerCommandLines;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.containers.ContainerState;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/** The one-click container actions, which states each applies to, and the `docker …` line each equals. */
public enum LifecycleAction {
    START("start", "Starting…", state -> !state.isActive()),
    STOP("stop", "Stopping…", ContainerState::isActive),
    RESTART("restart", "Restarting…", state -> state != ContainerState.REMOVING && state != ContainerState.DEAD),
    PAUSE("pause", "Pausing…", state -> state == ContainerState.RUNNING),
    UNPAUSE("unpause", "Resuming…", state -> state == ContainerState.PAUSED),
    KILL("kill", "Killing…", ContainerState::isActive);

    private final String verb;
    private final String progress;
    private final Predicate<ContainerState> appliesTo;

    LifecycleAction(String verb, String progress, Predicate<ContainerState> appliesTo) {
        this.verb = verb;
        this.progress = progress;
        this.appliesTo = appliesTo;
    }

    public String verb() {
        return verb;
    }

    String progress() {
        return progress;
    }

    /** Whether the action makes sense in this state: no "start" on a running container. */
    public boolean appliesTo(ContainerState state) {
        return appliesTo.test(state);
    }

    /** E.g. {@code docker stop web db}. */
    public String commandLine(List<String> names) {
        return ContainerCommandLines.lifecycle(verb, names);
    }

    CompletableFuture<Void> perform(ContainerOperations containers, String id) {
        return switch (this) {
            case START -> containers.start(id);
            case STOP -> containers.stop(id);
            case RESTART -> containers.restart(id);
            case PAUSE -> containers.pause(id);
            case UNPAUSE -> containers.unpause(id);
            case KILL -> containers.kill(id);
        };
    }
}
