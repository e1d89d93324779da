package dev.berth.daemon.engine;

/**
 * A stream that ends one way whatever ends it (the engine completing it, a broken connection, or an item that says
 * the work failed): the end is reported once, never after we closed the stream, and the connection is dropped.
 */
public abstract class OneEndStreamCallback<T> extends EngineStreamCallback<T> {

    @Override
    public final void onError(Throwable failure) {
        end(failure);
    }

    @Override
    public final void onComplete() {
        end(null);
    }

    /** Ends the stream from within: {@code failure} says why, or null for a normal end. */
    protected final void end(Throwable failure) {
        if (markEndedToReport()) {
            ended(failure);
        }
        closeQuietly();
    }

    /** The one end the subscriber hears of: null when the stream completed, else why it broke. */
    protected abstract void ended(Throwable failure);
}
