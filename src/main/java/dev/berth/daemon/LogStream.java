package dev.berth.daemon;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.LogContainerCmd;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * One container's {@code docker logs --timestamps [--follow] [--tail N] [--since T]} on the stream client.
 * <p>
 * docker-java's stream thread reads and decodes; the lines go to {@code onLines} from a delivery thread that takes
 * everything decoded since its last hand-over. So while the subscriber keeps up, lines arrive as soon as they are
 * read, and when it is busy (or the engine sends a long log at full speed) they arrive in large batches — never a
 * call per line. If the subscriber falls far behind, reading waits for it instead of piling up lines.
 * <p>
 * {@code since}: docker-java sends whole seconds only, so the log is asked from the second of {@code since} and the
 * lines at or before {@code since} itself are dropped here. A view that resumes from the time of the last line it
 * has therefore gets neither that line again nor loses the lines later in the same second.
 * <p>
 * The end: when the engine ends the log (not followed, or the container stopped) the last unfinished line is handed
 * out and {@code onEnd(null)} follows; when the connection breaks, the unfinished line is dropped (resuming from the
 * last whole line reads it again, whole) and {@code onEnd} gets the failure. Either way once, after the last batch,
 * and never after {@link #close()}.
 */
final class LogStream implements Subscription {
    private static final Logger log = LoggerFactory.getLogger(LogStream.class);
    /** Delivery threads, shared by all log streams; each stream uses at most one at a time. */
    private static final ExecutorService DELIVERY = EngineThreads.boundedPool("berth-log-delivery", 4);
    /** Reading waits while this much decoded text waits for the subscriber. */
    private static final int MAX_PENDING_LINES = 100_000;
    private static final long MAX_PENDING_CHARS = 32L * 1024 * 1024;

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

    /** Whether a line is wanted after {@code since} (lines without a time cannot be placed and are kept). */
    static boolean isAfter(LogLine line, Instant since) {
        return since == null || line.time() == null || line.time().isAfter(since);
    }

    @Override
    public void close() {
        callback.closeByUs();
    }

    private static final class Callback extends ResultCallback.Adapter<Frame> {
        private final String container;
        private final Instant since;
        private final Consumer<List<LogLine>> onLines;
        private final Consumer<Throwable> onEnd;
        /** Only docker-java's stream thread touches the decoder and the scratch list. */
        private final LogDecoder decoder = new LogDecoder();
        private final List<LogLine> decoded = new ArrayList<>();

        // Guarded by this.
        private List<LogLine> pending = new ArrayList<>();
        private long pendingChars;
        private boolean delivering;
        private boolean ended;
        private Throwable failure;
        private boolean endReported;
        private boolean closedByUs;

        Callback(String container, Instant since, Consumer<List<LogLine>> onLines, Consumer<Throwable> onEnd) {
            this.container = container;
            this.since = since;
            this.onLines = onLines;
            this.onEnd = onEnd;
        }

        /** A close that came before the engine answered must still close the connection (see StatsStream). */
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
        public void onNext(Frame frame) {
            LogLine.Source source = source(frame.getStreamType());
            if (source == null || isClosedByUs()) {
                return;
            }
            byte[] payload = frame.getPayload(); // docker-java reuses this array for the next frame
            decoder.decode(source, payload, 0, payload.length, decoded);
            if (!decoded.isEmpty()) {
                offer(decoded);
                decoded.clear();
            }
        }

        /** Not the adapter's: it logs every end as an error, and a stream closed by us ends with one. */
        @Override
        public void onError(Throwable broken) {
            end(broken);
            closeQuietly();
        }

        @Override
        public void onComplete() {
            decoder.flush(decoded);
            offer(decoded);
            decoded.clear();
            end(null);
            closeQuietly();
        }

        private synchronized void offer(List<LogLine> lines) {
            if (ended) {
                return; // docker-java calls onComplete after onError; the first end counts
            }
            try {
                while (!closedByUs && (pending.size() >= MAX_PENDING_LINES || pendingChars >= MAX_PENDING_CHARS)) {
                    wait();
                }
            } catch (InterruptedException closing) {
                // docker-java interrupts the stream thread when the stream is closed.
                Thread.currentThread().interrupt();
                return;
            }
            if (closedByUs) {
                return;
            }
            for (LogLine line : lines) {
                if (isAfter(line, since)) {
                    pending.add(line);
                    pendingChars += line.text().length();
                }
            }
            deliverSoon();
        }

        private synchronized void end(Throwable broken) {
            if (ended) {
                return;
            }
            ended = true;
            failure = broken;
            deliverSoon();
        }

        /** Guarded by this. One delivery task at a time keeps the batches in order. */
        private void deliverSoon() {
            if (!delivering && !closedByUs && (!pending.isEmpty() || ended && !endReported)) {
                delivering = true;
                DELIVERY.execute(this::deliver);
            }
        }

        private void deliver() {
            while (true) {
                List<LogLine> batch = null;
                Throwable endedBy = null;
                boolean reportEnd = false;
                synchronized (this) {
                    if (closedByUs) {
                        delivering = false;
                        return;
                    }
                    if (!pending.isEmpty()) {
                        batch = pending;
                        pending = new ArrayList<>(Math.min(batch.size(), 4096));
                        pendingChars = 0;
                        notifyAll();
                    } else if (ended && !endReported) {
                        endReported = true;
                        reportEnd = true;
                        endedBy = failure;
                        delivering = false;
                    } else {
                        delivering = false;
                        return;
                    }
                }
                if (reportEnd) {
                    reportEnd(endedBy);
                    return;
                }
                try {
                    onLines.accept(batch);
                } catch (RuntimeException bug) {
                    log.error("A log subscriber of {} failed on a batch of {} lines", container, batch.size(), bug);
                }
            }
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

        void closeByUs() {
            synchronized (this) {
                closedByUs = true;
                pending = new ArrayList<>();
                notifyAll();
            }
            closeQuietly();
        }

        private synchronized boolean isClosedByUs() {
            return closedByUs;
        }

        private void closeQuietly() {
            try {
                super.close();
            } catch (Exception ignored) {
                // The connection is being dropped; failing to close a dead one changes nothing.
            }
        }
    }
}
