package dev.berth.compose;

import dev.berth.compose.actions.ServiceProgress;
import dev.berth.compose.actions.ServiceProgress.Step;

/**
 * One subject of a running action (a container, network, volume or image) with the step it is at, as the progress
 * list shows it: {@code ✔ demo-web-1  Started}, like {@code docker compose up} prints it.
 */
public record ProgressLine(String service, String subject, Step step, String detail) {

    /** How a line reads at a glance: still working, done, or failed (cancelled counts as failed). */
    public enum Outcome { WORKING, DONE, FAILED }

    static ProgressLine of(ServiceProgress progress) {
        return new ProgressLine(progress.service(), progress.subject(), progress.step(),
                progress.detail() == null ? "" : progress.detail());
    }

    /** Lines of the same service and subject are one line, at its latest step. */
    static String keyOf(ServiceProgress progress) {
        return progress.service() + '\u0000' + progress.subject();
    }

    public Outcome outcome() {
        if (step == Step.FAILED || step == Step.CANCELLED) {
            return Outcome.FAILED;
        }
        return step.isFinal() ? Outcome.DONE : Outcome.WORKING;
    }

    /** "Waiting for healthy", "Started"… */
    public String stepText() {
        return switch (step) {
            case PULLING -> "Pulling";
            case PULLED -> "Pulled";
            case BUILDING -> "Building";
            case BUILT -> "Built";
            case CREATING -> "Creating";
            case CREATED -> "Created";
            case RECREATING -> "Recreating";
            case STARTING -> "Starting";
            case WAITING -> "Waiting for healthy";
            case HEALTHY -> "Healthy";
            case STARTED -> "Started";
            case RUNNING -> "Running";
            case STOPPING -> "Stopping";
            case STOPPED -> "Stopped";
            case RESTARTING -> "Restarting";
            case REMOVING -> "Removing";
            case REMOVED -> "Removed";
            case FAILED -> "Failed";
            case CANCELLED -> "Cancelled";
        };
    }
}
