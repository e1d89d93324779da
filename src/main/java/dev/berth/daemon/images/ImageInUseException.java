package dev.berth.daemon.images;

import dev.berth.daemon.DaemonException;

/**
 * The engine refused to remove an image because a container uses it: names that container, so the user can be
 * sent to it, and says whether removing with force would go through.
 */
public final class ImageInUseException extends DaemonException {
    private final String containerId;
    private final boolean forceHelps;

    public ImageInUseException(String sentence, String offeredAction, String containerId, boolean forceHelps,
                               Throwable cause) {
        super(sentence, offeredAction, 409, cause);
        this.containerId = containerId;
        this.forceHelps = forceHelps;
    }

    public String containerId() {
        return containerId;
    }

    /** False when the container is running: the engine refuses even a forced removal then. */
    public boolean forceHelps() {
        return forceHelps;
    }
}
