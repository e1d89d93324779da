package dev.berth.ui;

import java.time.Duration;

/**
 * Where a feature reports the end of a long task the user may have stopped watching (the app's notifications). The
 * features call it; what becomes a notice, and which kinds the user turned off, is for the implementation to say.
 * Callable from any thread.
 */
public interface TaskNotices {

    /** A pull ended after {@code took}; {@code failure} is null when it succeeded. Not called when cancelled. */
    void pullFinished(String reference, Duration took, Throwable failure);

    /** A build of {@code tag} (or of the untagged image, by id) ended; {@code failure} null when it succeeded. */
    void buildFinished(String tag, Duration took, Throwable failure);
}
