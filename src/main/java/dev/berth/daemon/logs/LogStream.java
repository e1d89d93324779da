package dev.berth.daemon.logs;

import com.github.dockerjava.transport.DockerHttpClient;
import dev.berth.daemon.DaemonErrors;
import dev.berth.daemon.Subscription;
import dev.berth.daemon.engine.EngineClients;
import dev.berth.daemon.engine.EngineJson;
import dev.berth.daemon.engine.EngineThreads;
import dev.berth.daemon.engine.ReadPacing;
import dev.berth.daemon.engine.StreamFrames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * One container's {@code docker logs --timestamps [--follow] [--tail N] [--since T]} on the stream connection.
 * <p>
 * A thread of its own ({@value #THREAD_PREFIX}N) asks for the log and reads the engine's answer in large reads,
 * splits it into frames ({@link StreamFrames}) and decodes them ({@link LogDecoder}) straight into the batch being
 * gathered ({@link LogBatch.Builder}), so a line's bytes are copied once on their way from the socket to the batch.
 * docker-java's own log call would copy each frame into a new array of its own and wrap it in an object with a map.
 * <p>
 * Batches: one goes to {@code onLines} when it holds {@value #BATCH_LINES} lines or its oldest line has waited
 * {@value #LINGER_MILLIS} ms; a quiet stream's last lines are handed out by a timer on a {@code berth-log-delivery}
 * thread. So a flood costs a call per thousand lines and no thread hand-over per line, and a trickle still shows each
 * line within a few milliseconds. Batches never overlap and keep their order; a slow subscriber slows the reading
 * rather than piling up lines.
 * <p>
 * {@code since} goes to the engine to the nanosecond, and the lines at or before {@code since} itself are also left out
 * of the batches (the engine keeps a line of exactly that time). A view that resumes from the time of the last line it
 * has therefore gets neither that line again nor loses the lines later in the same second.
 * <p>
 * The end: when the engine ends the log (not followed, or the container stopped) the last unfinished line is handed
 * out and {@code onEnd(null)} follows; when the connection breaks or the engine refuses (no such container), the
 * unfinished line is dropped (resuming from the last whole line reads it again, whole) and {@code onEnd} gets the
 * failure. Either way once, after the last batch, and never after {@link #close()}; after close no new batch starts,
 * and the thread ends.
 */
public final class LogStream implements Subscription {
    private static final Logger log = LoggerFactory.getLogger(LogStream.class);
    static final String THREAD_PREFIX = "berth-log-reader-";
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Where a quiet stream's last lines are handed out, shared by all log streams. */
    private static final ExecutorService DELIVERY = EngineThreads.boundedPool("berth-log-delivery", 2);
    static final int BATCH_LINES = 1024;
    static final long LINGER_MILLIS = 5;
    private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS);
    private static final Executor LATER = CompletableFuture.delayedExecutor(LINGER_MILLIS, TimeUnit.MILLISECONDS,
            DELIVERY);
    /** As much as the engine has sent is taken in one read, up to this. */
    private static final int READ_BYTES = 64 * 1024;

    private final String container;
    private final Instant since;
    private final Consumer<List<LogLine>> onLines;
    private final Consumer<Throwable> onEnd;
    /** Only the reading thread touches these two (it decodes into the batch under this' lock). */
    private final StreamFrames frames = new StreamFrames();
    private final LogDecoder decoder = new LogDecoder();
    private final StreamFrames.Payloads toBatch = (source, bytes, from, to) ->
            this.decoder.decode(source, bytes, from, to - from, this.pending);
    /** Held while handing out a batch or the end, so they never overlap and keep their order. */
    private final Object handingOut = new Object();

    // Guarded by this.
    private DockerHttpClient.Response answer;
    private boolean closedByUs;
    private boolean ended;
    private LogBatch.Builder pending;
    private long oldestPending;
    private boolean timerSet;

    private LogStream(String container, Instant since, Consumer<List<LogLine>> onLines, Consumer<Throwable> onEnd) {
        this.container = container;
        this.since = since;
        this.onLines = onLines;
        this.onEnd = onEnd;
        this.pending = new LogBatch.Builder(since);
    }

    public static LogStream open(EngineClients clients, String idOrName, LogRequest request,
                          Consumer<List<LogLine>> onLines, Consumer<Throwable> onEnd) {
        LogStream stream = new LogStream(idOrName, request.since(), onLines, onEnd);
        String path = path(idOrName, request);
        Thread reader = new Thread(() -> stream.read(clients, path), THREAD_PREFIX + THREADS.incrementAndGet());
        reader.setDaemon(true);
        reader.start();
        return stream;
    }

    /** The engine's {@code GET /containers/{id}/logs} for the request, below the version prefix. */
    static String path(String idOrName, LogRequest request) {
        StringBuilder path = new StringBuilder("/containers/").append(EngineJson.pathSegment(idOrName))
                .append("/logs?stdout=1&stderr=1&timestamps=1&follow=").append(request.follow() ? 1 : 0)
                .append("&tail=").append(request.tail() >= 0 ? Integer.toString(request.tail()) : "all");
        Instant since = request.since();
        if (since != null) {
            path.append("&since=").append(since.getEpochSecond()).append('.')
                    .append(String.format("%09d", since.getNano()));
        }
        return path.toString();
    }

    @Override
    public void close() {
        DockerHttpClient.Response open;
        synchronized (this) {
            closedByUs = true;
            pending = new LogBatch.Builder(since); // no batch starts after the close, so none would take these
            open = answer;
        }
        closeQuietly(open);
    }

    private void read(EngineClients clients, String path) {
        DockerHttpClient.Response opened;
        try {
            opened = clients.openStream(path);
        } catch (RuntimeException refusedOrBroken) {
            end(refusedOrBroken);
            return;
        }
        boolean closedMeanwhile;
        synchronized (this) {
            closedMeanwhile = closedByUs;
            answer = opened;
        }
        if (closedMeanwhile) {
            closeQuietly(opened); // closed while the engine was being asked
            return;
        }
        try (opened; InputStream body = opened.getBody()) {
            byte[] buffer = new byte[READ_BYTES];
            ReadPacing pacing = new ReadPacing();
            while (true) {
                long started = System.nanoTime();
                int read = body.read(buffer);
                if (read < 0) {
                    break;
                }
                long rest = pacing.restAfter(started, System.nanoTime());
                if (keep(buffer, read)) {
                    handOut();
                }
                if (rest > 0) {
                    LockSupport.parkNanos(rest);
                }
            }
            synchronized (this) {
                if (!ended && !closedByUs) {
                    decoder.flush(pending);
                }
            }
            end(null);
        } catch (IOException | RuntimeException broken) {
            end(broken);
        }
    }

    private synchronized boolean isClosedByUs() {
        return closedByUs;
    }

    /**
     * Decodes what was read after {@code since} into the batch being gathered; true if the batch should go out now.
     * Otherwise a timer makes sure it goes out soon.
     */
    private synchronized boolean keep(byte[] bytes, int length) {
        if (closedByUs) {
            return false;
        }
        boolean wasEmpty = pending.isEmpty();
        frames.feed(bytes, 0, length, toBatch);
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
                if (closedByUs || pending.isEmpty()) {
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
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
        }
        synchronized (handingOut) {
            if (!isClosedByUs()) {
                reportEnd(broken);
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

    private static void closeQuietly(DockerHttpClient.Response open) {
        if (open == null) {
            return;
        }
        try {
            open.close();
        } catch (RuntimeException ignored) {
            // The connection is being dropped; failing to close a dead one changes nothing.
        }
    }
}
