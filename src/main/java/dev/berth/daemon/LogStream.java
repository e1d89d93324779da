package dev.berth.daemon;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.LogContainerCmd;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One container's {@code docker logs --timestamps [--follow] [--tail N] [--since T]} on the stream client.
 * <p>
 * docker-java's stream thread reads, decodes and hands the lines to {@code onLines} in batches: a batch goes out
 * when it holds {@value #BATCH_LINES} lines or its oldest line has waited {@value #LINGER_MILLIS} ms; a quiet stream's
 * last lines are handed out by a timer on a {@code berth-log-delivery} thread. So a flood costs a call per thousand
 * lines and no thread hand-over per line, and a trickle still shows each line within a few milliseconds. Batches
 * never overlap and keep their order; a slow subscriber slows the reading rather than piling up lines. Each batch is a
 * {@link LogBatch} that the reading thread fills as it decodes (the text as the engine's bytes), not the subscriber.
 * <p>
 * {@code since}: docker-java sends whole seconds only, so the log is asked from the second of {@code since} and the
 * lines at or before {@code since} itself are left out of the batches. A view that resumes from the time of the last
 * line it has therefore gets neither that line again nor loses the lines later in the same second.
 * <p>
 * The end: when the engine ends the log (not followed, or the container stopped) the last unfinished line is handed
 * out and {@code onEnd(null)} follows; when the connection breaks, the unfinished line is dropped (resuming from the
 * last whole line reads it again, whole) and {@code onEnd} gets the failure. Either way once, after the last batch,
 * and never after {@link #close()}; after close no new batch starts.
 */
final class LogStream implements Subscription {
    private static final Logger log = LoggerFactory.getLogger(LogStream.class);
    /** Where a quiet stream's last lines are handed out, shared by all log streams. */
    private static final ExecutorService DELIVERY = EngineThreads.boundedPool("berth-log-delivery", 2);
    static final int BATCH_LINES = 1024;
    static final long LINGER_MILLIS = 5;
    private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS);
    private static final Executor LATER = CompletableFuture.delayedExecutor(LINGER_MILLIS, TimeUnit.MILLISECONDS,
            DELIVERY);

    private final Callback callback;

    private LogStream(Callback callback) {
        this.callback = callback;
    }

    static LogStream open(DockerClient streams, String idOrName, LogRequest request,
                          Consumer<List<LogLine>> onLines, Consumer<Throwable> onEnd) {
        Callback callback = new Callback(idOrName, request.since(), onLines, onEnd);
        command(streams, idOrName, request).exec(callback);
        return new LogStream(callback);
    }

    static LogContainerCmd command(DockerClient streams, String idOrName, LogRequest request) {
        LogContainerCmd command = streams.logContainerCmd(idOrName).withStdOut(true).withStdErr(true)
                .withTimestamps(true).withFollowStream(request.follow());
        if (request.tail() >= 0) {
            command.withTail(request.tail());
        } else {
            command.withTailAll();
        }
        if (request.since() != null) {
            command.withSince(Math.toIntExact(request.since().getEpochSecond()));
        }
        return command;
    }

    /** A TTY's raw stream is the container's stdout; stdin frames (never sent for logs) are not log lines. */
    static LogLine.Source source(StreamType type) {
        return switch (type) {
            case STDOUT, RAW -> LogLine.Source.STDOUT;
            case STDERR -> LogLine.Source.STDERR;
            case STDIN -> null;
        };
    }

    @Override
    public void close() {
        callback.closeByUs();
    }

    private static final class Callback extends EngineStreamCallback<Frame> {
        private final String container;
        private final Instant since;
        private final Consumer<List<LogLine>> onLines;
        private final Consumer<Throwable> onEnd;
        /** Only docker-java's stream thread touches the decoder (it decodes into the batch under this' lock). */
        private final LogDecoder decoder = new LogDecoder();
        /** Held while handing out a batch or the end, so they never overlap and keep their order. */
        private final Object handingOut = new Object();

        // Guarded by this, as are the end and the close (see EngineStreamCallback).
        private LogBatch.Builder pending;
        private long oldestPending;
        private boolean timerSet;

        Callback(String container, Instant since, Consumer<List<LogLine>> onLines, Consumer<Throwable> onEnd) {
            this.container = container;
            this.since = since;
            this.onLines = onLines;
            this.onEnd = onEnd;
            this.pending = new LogBatch.Builder(since);
        }

        @Override
        public void onNext(Frame frame) {
            LogLine.Source source = source(frame.getStreamType());
            if (source == null) {
                return;
            }
            byte[] payload = frame.getPayload(); // read only during this call: the decoder keeps no reference
            if (keep(source, payload)) {
                handOut();
            }
        }

        @Override
        public void onError(Throwable broken) {
            end(broken);
        }

        @Override
        public void onComplete() {
            synchronized (this) {
                if (!hasEnded() && !isClosedByUs()) {
                    decoder.flush(pending);
                }
            }
            end(null);
        }

        /**
         * Decodes the frame's lines after {@code since} into the batch being gathered; true if the batch should go
         * out now. Otherwise a timer makes sure it goes out soon.
         */
        private synchronized boolean keep(LogLine.Source source, byte[] payload) {
            if (hasEnded() || isClosedByUs()) {
                return false; // docker-java calls onComplete after onError; the first end counts
            }
            boolean wasEmpty = pending.isEmpty();
            decoder.decode(source, payload, 0, payload.length, pending);
            if (pending.isEmpty()) {
                return false;
            }
            long now = System.nanoTime();
            if (wasEmpty) {
                oldestPending = now;
            }
            if (pending.size() >= BATCH_LINES || now - oldestPending >= LINGER_NANOS) {
                return true;
            }
            if (!timerSet) {
                timerSet = true;
                LATER.execute(this::timerFired);
            }
            return false;
        }

        private void timerFired() {
            synchronized (this) {
                timerSet = false;
            }
            handOut();
        }

        /** Hands the gathered batch to the subscriber, on the calling thread. */
        private void handOut() {
            synchronized (handingOut) {
                LogBatch.Builder batch;
                synchronized (this) {
                    if (isClosedByUs() || pending.isEmpty()) {
                        return;
                    }
                    batch = pending;
                    // room for a batch like this one: a flood's batches are full, a trickle's hold a line or two
                    int lines = Math.min(batch.size() + batch.size() / 4 + 1, BATCH_LINES + 64);
                    pending = new LogBatch.Builder(since, lines, lines * (batch.textBytes() / batch.size() + 8));
                }
                try {
                    onLines.accept(batch.build());
                } catch (RuntimeException bug) {
                    log.error("A log subscriber of {} failed on a batch of {} lines", container, batch.size(), bug);
                }
            }
        }

        private void end(Throwable broken) {
            handOut();
            if (!markEnded()) {
                return;
            }
            synchronized (handingOut) {
                if (!isClosedByUs()) {
                    reportEnd(broken);
                }
            }
            closeQuietly();
        }

        private void reportEnd(Throwable endedBy) {
            log.debug("The log of {} ended: {}", container, endedBy == null ? "by the engine" : endedBy.toString());
            try {
                onEnd.accept(endedBy == null ? null : DaemonErrors.translate(endedBy, "read the log of container "
                        + container));
            } catch (RuntimeException bug) {
                log.error("A log subscriber of {} failed at the end of the log", container, bug);
            }
        }

        /** Also lets go of the lines not handed out yet: no batch starts after the close, so none would take them. */
        @Override
        void closeByUs() {
            synchronized (this) {
                markClosedByUs();
                pending = new LogBatch.Builder(since);
            }
            closeQuietly();
        }
    }
}
