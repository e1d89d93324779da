package dev.berth.daemon.compose;

import dev.berth.daemon.containers.ContainerDetails;
import dev.berth.daemon.containers.ContainerState;

import java.util.List;

/**
 * What compose needs to know of one container now, from one inspect call: whether it runs, its health, how it ended,
 * and its mounts (so a recreated container keeps the anonymous volumes of the one it replaces).
 *
 * @param health   "starting", "healthy", "unhealthy", or "" when the container has no health check
 * @param exitCode the last exit code; meaningful once the container has stopped
 * @param error    the engine's reason when the container could not run, or ""
 */
public record ContainerStatus(String id, String name, ContainerState state, String health, int exitCode,
                              String error, List<ContainerDetails.MountInfo> mounts) {

    public static final String HEALTHY = "healthy";
    public static final String UNHEALTHY = "unhealthy";

    public ContainerStatus {
        mounts = List.copyOf(mounts);
    }

    public boolean hasHealthcheck() {
        return !health.isEmpty();
    }

    /** It ran and stopped: exited or dead (a created container that never started has not ended). */
    public boolean hasEnded() {
        return state == ContainerState.EXITED || state == ContainerState.DEAD;
    }
}
