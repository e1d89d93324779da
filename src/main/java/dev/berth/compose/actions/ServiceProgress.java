package dev.berth.compose.actions;

/**
 * One step of a compose action for one service or container, as the progress list shows it.
 *
 * @param service   the service's name, or "" for a project-wide step (a network or volume)
 * @param subject   what the step acts on: a container's, network's or volume's name, or an image reference
 * @param detail    the engine's reason for a failure, a pull's progress ("12 MB of 40 MB"), or ""
 */
public record ServiceProgress(String service, String subject, Step step, String detail) {

    public enum Step {
        PULLING, PULLED, BUILDING, BUILT, CREATING, CREATED, RECREATING, STARTING, WAITING, HEALTHY, STARTED,
        RUNNING, STOPPING, STOPPED, RESTARTING, REMOVING, REMOVED, FAILED, CANCELLED;

        /** The step is the last one for its subject. */
        public boolean isFinal() {
            return switch (this) {
                case PULLED, BUILT, CREATED, HEALTHY, STARTED, RUNNING, STOPPED, REMOVED, FAILED, CANCELLED -> true;
                default -> false;
            };
        }
    }
}
