package dev.berth.compose.actions;

/**
 * The options of {@code docker compose up -d} that Berth offers.
 *
 * @param forceRecreate  {@code --force-recreate}: recreate containers even when their configuration is unchanged
 * @param removeOrphans  {@code --remove-orphans}: remove containers of services the file no longer has
 * @param build          {@code --build}: build images before starting even when they exist
 */
public record UpOptions(boolean forceRecreate, boolean removeOrphans, boolean build) {
    public static final UpOptions DEFAULT = new UpOptions(false, false, false);
}
