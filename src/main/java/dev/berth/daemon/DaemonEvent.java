package dev.berth.daemon;

import dev.berth.daemon.volumes.VolumeHelper;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * One entry of the engine's event stream ({@code docker events}): e.g. type "container", action "start".
 * {@code timeNanos} is the engine's own clock in nanoseconds since the epoch; it orders and de-duplicates events.
 */
public record DaemonEvent(String type, String action, String actorId, Map<String, String> attributes, long timeNanos) {
    /** Container events that change nothing `docker ps` shows. */
    private static final Set<String> SILENT_CONTAINER_ACTIONS = Set.of("attach", "detach", "resize", "top",
            "archive-path", "extract-to-dir", "export", "commit", "copy");

    public DaemonEvent {
        attributes = SharedAttributes.of(attributes);
    }

    public Instant time() {
        return Instant.ofEpochSecond(0, timeNanos);
    }

    /** The actor's name when the engine gives one (containers, volumes, networks), else its id. */
    public String actorName() {
        return attributes.getOrDefault("name", actorId);
    }

    public boolean isAbout(String resourceType) {
        return resourceType.equals(type);
    }

    /**
     * Whether a list of containers (or what is derived from one: users of volumes, images in use) may now read
     * differently: a container event other than an attach, exec or copy, and not about one of Berth's own helper
     * containers, which the container list leaves out.
     */
    public boolean changesContainerList() {
        return isAbout("container") && !SILENT_CONTAINER_ACTIONS.contains(action) && !action.startsWith("exec_")
                && !attributes.containsKey(VolumeHelper.LABEL);
    }
}
