package dev.berth.compose.actions;

/**
 * The options of {@code docker compose down} that Berth offers.
 *
 * @param removeVolumes  {@code -v}: also remove the project's named volumes and the containers' anonymous volumes
 * @param removeOrphans  {@code --remove-orphans}: also remove containers of services the file no longer has
 */
public record DownOptions(boolean removeVolumes, boolean removeOrphans) {
    public static final DownOptions DEFAULT = new DownOptions(false, false);
}
