package dev.berth.events;

/** What Berth tells the user about while they look elsewhere; each kind can be turned off in the settings. */
public enum NotificationKind {
    CONTAINER_FAILED("A container exits with an error"),
    OUT_OF_MEMORY("A container is killed for lack of memory"),
    UNHEALTHY("A health check turns unhealthy"),
    PULL_FINISHED("A long image pull finishes"),
    BUILD_FINISHED("A long image build finishes");

    public final String setting;

    NotificationKind(String setting) {
        this.setting = setting;
    }
}
