package dev.berth.logs;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.cli.ContainerCommandLines;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.logs.LogLine;
import dev.berth.daemon.logs.LogRequest;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The log of one container, like {@code docker logs --follow --tail 1000}: a stream into a bounded buffer, handed to
 * the UI in batches; search, filter and save are in {@link LogSearchModel} and {@link LogSaveModel}. When the stream
 * ends (the container stopped, the engine went away) the model remembers where it got to; {@link #containerStarted()}
 * and {@link #engineReconnected()} (or {@link #resume()}) carry on from there, marking the gap. All properties change
 * on the {@code ui} executor only.
 */
public final class LogViewModel implements AutoCloseable {
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ContainerOperations containers;
    private final String containerId;
    private final String name;
    private final Executor ui;
    private final Clock clock;
    private final LogContent content;
    private final Continuity continuity = new Continuity();
    private final LogSaveModel saveModel;
    private final ObjectProperty<LogScope> range = new SimpleObjectProperty<>(this, "range", LogScope.LAST_1000);
    private final BooleanProperty follow = new SimpleBooleanProperty(this, "follow", true);
    private final BooleanProperty timestamps = new SimpleBooleanProperty(this, "timestamps", false);
    private final BooleanProperty wrap = new SimpleBooleanProperty(this, "wrap", false);
    private final BooleanProperty autoScroll = new SimpleBooleanProperty(this, "autoScroll", true);
    private final ReadOnlyObjectWrapper<LogState> state = new ReadOnlyObjectWrapper<>(this, "state", LogState.CLOSED);
    private final NoticeHolder notice = new NoticeHolder();
    private LogFeed feed;
    private boolean opened;

    public LogViewModel(ContainerOperations containers, String containerId, String name, Executor ui, Executor io) {
        this(containers, containerId, name, ui, io, LogBuffer.DEFAULT_CAPACITY, Clock.systemDefaultZone());
    }

    /** @param capacity how many lines the view keeps (the settings' "log buffer"); older ones are dropped */
    public LogViewModel(ContainerOperations containers, String containerId, String name, Executor ui, Executor io,
                        int capacity, Clock clock) {
        this.containers = containers;
        this.containerId = containerId;
        this.name = name;
        this.ui = ui;
        this.clock = clock;
        this.content = new LogContent(capacity);
        this.saveModel = new LogSaveModel(containers, containerId, ui, io, content::snapshot, timestamps);
        range.addListener((obs, old, now) -> reload());
        follow.addListener((obs, old, now) -> followChanged(now));
    }

    /** Opens the stream with the chosen range; call it once, when the view is shown. */
    public void open() {
        if (opened) {
            return;
        }
        opened = true;
        openFeed(range.get().request(follow.get(), clock.instant()));
    }

    /** Reads the log again from the start of the chosen range, forgetting what was shown. */
    public void reload() {
        if (!opened || state.get() == LogState.CLOSED) {
            return;
        }
        closeFeed();
        content.clear();
        continuity.reset();
        openFeed(range.get().request(follow.get(), clock.instant()));
    }

    /** What the user typed in the range box ("500", "all", "15m", "12:30"…); a sentence says if it is not understood. */
    public void chooseRange(String typed) {
        try {
            range.set(LogScope.parse(typed, clock.instant(), clock.getZone()));
            notice.set(null);
        } catch (IllegalArgumentException notUnderstood) {
            notice.set(new Notice(Notice.Kind.ERROR, notUnderstood.getMessage(), null));
        }
    }

    /** The container started again: carry on from the last line, marking the restart. */
    public void containerStarted() {
        resume("container restarted at ");
    }

    /** The engine connection is back: carry on from the last line, marking where it was lost. */
    public void engineReconnected() {
        resume("connection restored at ");
    }

    /** Carries on after the stream ended, saying why there was a gap as far as the model knows. */
    public void resume() {
        resume(state.get() == LogState.DISCONNECTED ? "connection restored at " : "container restarted at ");
    }

    private void resume(String gap) {
        LogState now = state.get();
        if (!opened || now == LogState.CLOSED || now == LogState.REMOVED || !follow.get()) {
            return; // not following: the user asked for the log as it was; Follow picks up from the last line
        }
        closeFeed();
        if (!content.isEmpty()) {
            Instant at = clock.instant();
            content.appendMarker("— " + gap + CLOCK_TIME.format(at.atZone(clock.getZone())) + " —", at);
        }
        carryOn();
    }

    /** Opens a stream from the last line on, or the whole range if no line came yet. */
    private void carryOn() {
        Instant since = continuity.lastTime();
        if (since == null) {
            openFeed(range.get().request(follow.get(), clock.instant()));
            return;
        }
        continuity.resuming();
        openFeed(new LogRequest(follow.get(), LogRequest.ALL, since));
    }

    private void followChanged(boolean following) {
        LogState now = state.get();
        if (!opened || now == LogState.CLOSED || now == LogState.REMOVED) {
            return;
        }
        if (following) {
            closeFeed();
            carryOn();
        } else {
            closeFeed(); // nothing more is read, whether the stream was open or waiting for the container
            state.set(now == LogState.FAILED ? now : LogState.READ);
        }
    }

    /** The container is gone: its log cannot continue. Call it on the engine's "destroy" event for this id. */
    public void containerRemoved() {
        if (state.get() != LogState.CLOSED) {
            closeFeed();
            state.set(LogState.REMOVED);
        }
    }

    private void openFeed(LogRequest request) {
        state.set(LogState.OPENING);
        notice.set(null);
        try {
            feed = new LogFeed(containers, containerId, request, ui, this::accept, this::ended);
            if (state.get() == LogState.OPENING && request.follow()) {
                state.set(LogState.FOLLOWING);
            }
        } catch (RuntimeException failed) {
            feed = null;
            state.set(LogState.FAILED);
            notice.set(Notice.error(failed));
        }
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
            content.append(fresh);
        }
    }

    private void ended(Throwable failure) {
        feed = null;
        if (failure instanceof DaemonException daemon && daemon.httpStatus() == 404) {
            state.set(LogState.REMOVED);
        } else if (failure != null) {
            state.set(LogState.DISCONNECTED);
        } else {
            state.set(follow.get() ? LogState.STOPPED : LogState.READ);
        }
    }

    private void closeFeed() {
        if (feed != null) {
            feed.close();
            feed = null;
        }
    }

    /** The selected lines as plain text for the clipboard (escape sequences stripped, gap markers left out). */
    public String copyText(List<LogLine> selected) {
        StringBuilder text = new StringBuilder();
        for (LogLine line : selected) {
            if (line != null && !content.isMarker(line)) {
                text.append(LogSaver.plain(line, timestamps.get())).append('\n');
            }
        }
        return text.toString();
    }

    /** Whether this row is a gap marker ("— container restarted at … —") rather than a line of the log. */
    public boolean isGapMarker(LogLine line) {
        return content.isMarker(line);
    }

    @Override
    public void close() {
        closeFeed();
        saveModel.cancel();
        state.set(LogState.CLOSED);
    }

    public String containerId() {
        return containerId;
    }

    public String name() {
        return name;
    }

    /** The {@code docker logs --follow NAME} line that this log equals. */
    public String followCommandLine() {
        return ContainerCommandLines.followLogs(name);
    }

    /** The rows to show: every kept line, or in filter mode the matching ones; one change per batch. */
    public ObservableList<LogLine> lines() {
        return content.lines();
    }

    public LogSearchModel search() {
        return content.search();
    }

    public LogSaveModel saving() {
        return saveModel;
    }

    public ObjectProperty<LogScope> rangeProperty() {
        return range;
    }

    public BooleanProperty followProperty() {
        return follow;
    }

    public BooleanProperty timestampsProperty() {
        return timestamps;
    }

    public BooleanProperty wrapProperty() {
        return wrap;
    }

    /** Whether the list follows the newest line, by the rule of {@link dev.berth.ui.TailFollowing}. */
    public BooleanProperty autoScrollProperty() {
        return autoScroll;
    }

    public ReadOnlyObjectProperty<LogState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "N earlier lines dropped … — save the full log" once the buffer has wrapped; "" before. */
    public StringExpression droppedNoteProperty() {
        return content.droppedNote();
    }

    /** "12,345 lines". */
    public StringExpression summaryProperty() {
        return content.summary();
    }

    /** Lines kept (gap markers not counted). */
    public ReadOnlyLongProperty lineCountProperty() {
        return content.lineCountProperty();
    }

    public NoticeHolder notice() {
        return notice;
    }

    /** How many lines the buffer dropped so far. */
    public ReadOnlyLongProperty droppedProperty() {
        return content.droppedProperty();
    }
}
