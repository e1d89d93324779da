package dev.berth.logs;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.logs.LogLine;
import dev.berth.daemon.logs.LogRequest;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * One container's stream in a log view: the feed while one is open, where its lines got to (so a new feed carries on
 * there, nothing lost and nothing doubled), and its state. Changes on the UI thread only.
 */
final class ContainerStream {
    private final ContainerOperations containers;
    private final String containerId;
    private final byte[] prefix;
    private final String label;
    private final Executor ui;
    private final Consumer<List<List<LogLine>>> append;
    private final NoticeHolder notice;
    private final Runnable changed;
    private final Continuity continuity = new Continuity();
    private LogFeed feed;
    private LogState state;

    /**
     * @param prefix  what its lines start with in a combined log ("web-1  | ", coloured); null in a single log
     * @param label   its name in the gap markers of a combined log ("web-1"); null in a single log
     * @param append  takes the lines the view does not have yet, in batches
     * @param notice  where a stream that cannot be opened is reported
     * @param changed told when the stream's state changed by itself (it ended)
     */
    ContainerStream(ContainerOperations containers, String containerId, String prefix, String label, Executor ui,
                    Consumer<List<List<LogLine>>> append, NoticeHolder notice, Runnable changed) {
        this.containers = containers;
        this.containerId = containerId;
        this.prefix = prefix == null ? null : prefix.getBytes(StandardCharsets.UTF_8);
        this.label = label;
        this.ui = ui;
        this.append = append;
        this.notice = notice;
        this.changed = changed;
    }

    /** Opens a feed for this request, in place of the one open now. */
    void open(LogRequest request) {
        close();
        state = LogState.OPENING;
        notice.set(null);
        try {
            feed = new LogFeed(containers, containerId, request, prefix, ui, this::accept, this::ended);
            if (state == LogState.OPENING && request.follow()) {
                state = LogState.FOLLOWING;
            }
        } catch (RuntimeException failed) {
            feed = null;
            state = LogState.FAILED;
            notice.set(Notice.error(failed));
        }
    }

    /** Opens a feed from the last line on, or {@code whole} (the chosen range) if no line came yet. */
    void carryOn(boolean follow, LogRequest whole) {
        Instant since = continuity.lastTime();
        if (since == null) {
            open(whole);
            return;
        }
        continuity.resuming();
        open(new LogRequest(follow, LogRequest.ALL, since));
    }

    /** Forgets where the lines got to, for a log read again from the start. */
    void restart(LogRequest whole) {
        continuity.reset();
        open(whole);
    }

    /** Follow was turned off: nothing more is read, whether the feed was open or waiting for the container. */
    void stopReading() {
        close();
        if (state != null && state != LogState.FAILED) {
            state = LogState.READ;
        }
    }

    /** The container is gone: its lines end. */
    void removed() {
        close();
        state = LogState.REMOVED;
    }

    private void accept(List<List<LogLine>> batches) {
        List<List<LogLine>> fresh = new ArrayList<>(batches.size());
        for (List<LogLine> batch : batches) {
            List<LogLine> lines = continuity.fresh(batch);
            if (!lines.isEmpty()) {
                fresh.add(lines);
            }
        }
        if (!fresh.isEmpty()) {
            append.accept(fresh);
        }
    }

    private void ended(Throwable failure) {
        feed = null;
        if (failure instanceof DaemonException daemon && daemon.httpStatus() == 404) {
            state = LogState.REMOVED;
        } else if (failure instanceof DaemonException daemon && daemon.httpStatus() >= 400) {
            state = LogState.FAILED; // the engine refused the log: reading it again would not help
            notice.set(Notice.error(failure));
        } else if (failure != null) { // cut off, or the engine is away
            state = LogState.DISCONNECTED;
        } else {
            state = state == LogState.OPENING ? LogState.READ : LogState.STOPPED; // a feed not followed ends read
        }
        changed.run();
    }

    void close() {
        if (feed != null) {
            feed.close();
            feed = null;
        }
    }

    /** Null until it was first opened. */
    LogState state() {
        return state;
    }

    /** Its name in gap markers, or null in a single container's log. */
    String label() {
        return label;
    }
}
