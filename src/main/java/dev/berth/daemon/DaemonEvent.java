package dev.berth.daemon;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of the engine's event stream ({@code docker events}): e.g. type "container", action "start".
 * {@code timeNanos} is the engine's own clock in nanoseconds since the epoch; it orders and de-duplicates events.
 */
public record DaemonEvent(String type, String action, String actorId, Map<String, String> attributes, long timeNanos) {

    public DaemonEvent {
        attributes = Map.copyOf(attributes);
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
}
