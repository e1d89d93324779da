package dev.berth.daemon.system;

/** What a prune can take, in the order the engine's own {@code docker system prune} takes it. */
public enum PruneKind {
    STOPPED_CONTAINERS("Stopped containers", "created, exited or dead; not paused, running or restarting"),
    UNUSED_NETWORKS("Unused networks", "user-defined networks no running container is connected to"),
    UNUSED_VOLUMES("Unused volumes", "local volumes no container mounts — their data is lost"),
    DANGLING_IMAGES("Dangling images", "untagged images no container uses"),
    UNUSED_IMAGES("Unused tagged images", "tagged images no container uses (with the dangling ones: prune -a)"),
    BUILD_CACHE("Build cache", "build cache records no build uses");

    private final String title;
    private final String rule;

    PruneKind(String title, String rule) {
        this.title = title;
        this.rule = rule;
    }

    public String title() {
        return title;
    }

    /** Which objects count, in a phrase. */
    public String rule() {
        return rule;
    }
}
