package dev.berth.daemon.engine;

import com.github.dockerjava.api.async.ResultCallback;

import java.io.Closeable;

/**
 * What every long-lived stream that docker-java reads for Berth (stats, exec output) has to get right about
 * its own end and its close, and what docker-java's {@link ResultCallback.Adapter} gets wrong for Berth ({@link
 * LogStream} reads its stream itself and keeps the same rules):
 * <ul>
 *   <li>docker-java hands over the connection ({@link #onStart}) only once the engine has answered. A close that
 *       came before that must still close it; the adapter alone would forget it and leak the connection and its
 *       stream thread.</li>
 *   <li>docker-java calls {@code onComplete} after {@code onError}: only the first end counts.</li>
 *   <li>An end that we caused by closing is no news to the subscriber (a stream we close ends with an error), so
 *       only an end by the engine or by a broken connection is reported, and once.</li>
 *   <li>The adapter's own {@code onError} logs every end as an error, ours included; so each stream must say what
 *       its end means ({@link #onError}, {@link #onComplete} are abstract again).</li>
 * </ul>
 * The two flags are guarded by this callback's monitor. A subclass may guard its own state by it too, and so check
 * its state and the flags in one step.
 */
public abstract class EngineStreamCallback<T> extends ResultCallback.Adapter<T> {
    // Guarded by this.
    private boolean closedByUs;
    private boolean ended;

    @Override
    public void onStart(Closeable stream) {
        boolean alreadyClosed;
        synchronized (this) {
            super.onStart(stream);
            alreadyClosed = closedByUs;
        }
        if (alreadyClosed) {
            closeQuietly();
        }
    }

    @Override
    public abstract void onError(Throwable failure);

    @Override
    public abstract void onComplete();

    /** Closes the stream for good: its end, whenever it comes, is not reported. */
    public void closeByUs() {
        markClosedByUs();
        closeQuietly();
    }

    /** True the first time only, so that a close runs its side effects once. */
    public final synchronized boolean markClosedByUs() {
        if (closedByUs) {
            return false;
        }
        closedByUs = true;
        return true;
    }

    public final synchronized boolean isClosedByUs() {
        return closedByUs;
    }

    /** True the first time only: the end that docker-java reports second is not a second end. */
    public final synchronized boolean markEnded() {
        if (ended) {
            return false;
        }
        ended = true;
        return true;
    }

    /** {@link #markEnded()}, but false too if we closed the stream: true for the one end the subscriber hears of. */
    public final synchronized boolean markEndedToReport() {
        return markEnded() && !closedByUs;
    }

    public final synchronized boolean hasEnded() {
        return ended;
    }

    /** Closes the connection (the adapter's close, whatever a subclass means by its own {@code close()}). */
    public final void closeQuietly() {
        try {
            super.close();
        } catch (Exception ignored) {
            // The connection is being dropped; failing to close a dead one changes nothing.
        }
    }
}
