package dev.berth.daemon.volumes;

import dev.berth.daemon.containers.ContainerState;

/** A container that mounts a volume, running or not: the engine refuses to remove the volume while it exists. */
public record VolumeUser(String containerId, String containerName, String image, ContainerState state) {

    /** "web (running)", as the sentences of the Volumes tab name a user. */
    public String describe() {
        return containerName + " (" + state.label().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
