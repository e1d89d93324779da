package dev.berth.daemon.containers;

import java.util.Locale;

/** The engine's container states, as `docker ps` reports them. */
public enum ContainerState {
    CREATED, RUNNING, PAUSED, RESTARTING, REMOVING, EXITED, DEAD, UNKNOWN;

    public static ContainerState parse(String engineState) {
        if (engineState == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(engineState.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notAState) {
            return UNKNOWN;
        }
    }

    /** Running, paused and restarting containers hold resources; the others are stopped. */
    public boolean isActive() {
        return this == RUNNING || this == PAUSED || this == RESTARTING;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
