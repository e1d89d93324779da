package dev.berth.daemon.build;

import dev.berth.daemon.DaemonException;

/**
 * How a build ended: with the id of the image it made, or with a failure phrased for the user (it names the step
 * that failed when there was one).
 */
public record BuildOutcome(String imageId, DaemonException failure) {

    public static BuildOutcome built(String imageId) {
        return new BuildOutcome(imageId, null);
    }

    public static BuildOutcome failed(DaemonException failure) {
        return new BuildOutcome(null, failure);
    }

    public boolean succeeded() {
        return failure == null;
    }
}
