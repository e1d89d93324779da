package dev.berth.logs;

import dev.berth.daemon.cli.ContainerCommandLines;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.logs.LogLine;
import dev.berth.daemon.logs.LogRequest;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.concurrent.Scheduler;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The log of one container, like {@code docker logs --follow --tail 1000}, or the combined log of several, like
 * {@code docker compose logs --follow}, each container's lines prefixed with its name: a stream per container into
 * one bounded buffer, handed to the UI in batches; search, filter and save are in {@link LogSearchModel} and
 * {@link LogSaveModel}. When a stream ends (its container stopped, the engine went away) the model remembers where it
 * got to; {@link #containerStarted(String)} and {@link #engineReconnected()} (or {@link #resume()}) carry on from
 * there, marking the gap. A stream that was cut while followed carries on by itself a moment later
 * ({@link CutStreams}), marking the gap too. All properties change on the {@code ui} executor only.
 */
public final class LogViewModel implements AutoCloseable {
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ContainerOperations containers;
    private final String name;
    private final String followCommandLine;
    private final boolean combined;
    private final Executor ui;
    private final Clock clock;
    private final LogContent content;
    /** The containers' streams, by container id, in the order they were added. */
    private final Map<String, ContainerStream> streams = new LinkedHashMap<>();
    private final LogSaveModel saveModel;
    private final ObjectProperty<LogScope> range = new SimpleObjectProperty<>(this, "range", LogScope.LAST_1000);
    private final BooleanProperty follow = new SimpleBooleanProperty(this, "follow", true);
    private final BooleanProperty timestamps = new SimpleBooleanProperty(this, "timestamps", false);
    private final BooleanProperty wrap = new SimpleBooleanProperty(this, "wrap", false);
    private final BooleanProperty autoScroll = new SimpleBooleanProperty(this, "autoScroll", true);
    private final ReadOnlyObjectWrapper<LogState> state = new ReadOnlyObjectWrapper<>(this, "state", LogState.CLOSED);
    private final NoticeHolder notice = new NoticeHolder();
    private final CutStreams cuts;
    private boolean opened;
    private boolean closed;

    /** @param scheduler waits before a cut stream carries on */
    public LogViewModel(ContainerOperations containers, String containerId, String name, Executor ui, Executor io,
                        Scheduler scheduler) {
        this(containers, containerId, name, ui, io, scheduler, LogBuffer.DEFAULT_CAPACITY, Clock.systemDefaultZone());
    }

    /** @param capacity how many lines the view keeps (the settings' "log buffer"); older ones are dropped */
    public LogViewModel(ContainerOperations containers, String containerId, String name, Executor ui, Executor io,
                        Scheduler scheduler, int capacity, Clock clock) {
        this(containers, name, ContainerCommandLines.followLogs(name), false, containerId, ui, io, scheduler, capacity,
                clock);
        streams.put(containerId, stream(containerId, null, null));
    }

    private LogViewModel(ContainerOperations containers, String name, String followCommandLine, boolean combined,
                         String savedContainerId, Executor ui, Executor io, Scheduler scheduler, int capacity,
                         Clock clock) {
        this.containers = containers;
        this.name = name;
        this.followCommandLine = followCommandLine;
        this.combined = combined;
        this.ui = ui;
        this.clock = clock;
        this.content = new LogContent(capacity);
        this.cuts = new CutStreams(scheduler, ui, notice, this::resumeCut);
        this.saveModel = new LogSaveModel(containers, savedContainerId, ui, io, content::snapshot, timestamps);
        range.addListener((obs, old, now) -> reload());
        follow.addListener((obs, old, now) -> followChanged(now));
    }

    /**
     * A combined log of several containers, none yet: {@link #addContainer} adds each (also while it is open, for a
     * container that appears later). Saving the whole log from the engine is a single container's; here the lines
     * the view holds are saved.
     *
     * @param name              what the log is called (the tab, the file name offered when saving)
     * @param followCommandLine the {@code docker compose logs --follow} line it equals
     */
    public static LogViewModel combined(ContainerOperations containers, String name, String followCommandLine,
                                        Executor ui, Executor io, Scheduler scheduler, int capacity, Clock clock) {
        return new LogViewModel(containers, name, followCommandLine, true, null, ui, io, scheduler, capacity, clock);
    }

    /**
     * Adds a container to a combined log; once the log is open and following, its stream opens at once. A container
     * added before does nothing.
     *
     * @param prefix what each of its lines starts with, e.g. "web-1  | " in a colour (escape sequences allowed)
     * @param label  its name in the gap markers, e.g. "web-1"
     */
    public void addContainer(String containerId, String prefix, String label) {
        if (!combined || streams.containsKey(containerId) || closed) {
            return;
        }
        ContainerStream stream = stream(containerId, prefix, label);
        streams.put(containerId, stream);
        if (opened && follow.get()) {
            stream.open(wholeRange());
        }
        updateState();
    }

    private ContainerStream stream(String containerId, String prefix, String label) {
        return new ContainerStream(containers, containerId, prefix, label, ui, this::append, notice,
                this::streamEnded);
    }

    private void append(List<List<LogLine>> batches) {
        content.append(batches);
        cuts.linesArrived();
    }

    /** A stream ended by itself; one that was cut while followed carries on a moment later. */
    private void streamEnded() {
        updateState();
        if (!cutStreams().isEmpty()) {
            cuts.cut();
        }
    }

    /** The streams that were cut and wait to carry on. */
    private List<ContainerStream> cutStreams() {
        return streams.values().stream().filter(stream -> stream.state() == LogState.DISCONNECTED
                && resumable(stream)).toList();
    }

    /** The cut streams carry on from their last lines, marking the gap once however often they were cut meanwhile. */
    private void resumeCut() {
        carryOn(cutStreams(), content.endsWithMarker() ? null : "stream cut, resumed at ");
    }

    /** The request for the chosen range, read now. */
    private LogRequest wholeRange() {
        return range.get().request(follow.get(), clock.instant());
    }

    /** Whether this container's lines are part of the log. */
    public boolean hasContainer(String containerId) {
        return streams.containsKey(containerId);
    }

    /** Opens the streams with the chosen range; call it once, when the view is shown. */
    public void open() {
        if (opened || closed) {
            return;
        }
        opened = true;
        streams.values().forEach(stream -> stream.open(wholeRange()));
        updateState();
    }

    /** Reads the log again from the start of the chosen range, forgetting what was shown. */
    public void reload() {
        if (!opened || closed) {
            return;
        }
        cuts.cancel();
        streams.values().forEach(ContainerStream::close);
        content.clear();
        streams.values().forEach(stream -> stream.restart(wholeRange()));
        updateState();
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

    /** Every container of the log started again: each carries on from its last line, marking the restart. */
    public void containerStarted() {
        List.copyOf(streams.keySet()).forEach(this::containerStarted);
    }

    /** This container started again: its lines carry on from its last one, marking the restart. */
    public void containerStarted(String containerId) {
        ContainerStream stream = streams.get(containerId);
        if (stream != null && resumable(stream)) {
            mark((stream.label() == null ? "container" : stream.label()) + " restarted at ");
            stream.carryOn(follow.get(), wholeRange());
            updateState();
            if (cutStreams().isEmpty()) {
                cuts.cancel(); // it was the one waiting
            }
        }
    }

    /** The engine connection is back: every stream carries on from its last line, marking where it was lost. */
    public void engineReconnected() {
        resumeAll("connection restored at ");
    }

    /** Carries on after the streams ended, saying why there was a gap as far as the model knows. */
    public void resume() {
        resumeAll(state.get() == LogState.DISCONNECTED ? "connection restored at "
                : combined ? "containers restarted at " : "container restarted at ");
    }

    private void resumeAll(String gap) {
        List<ContainerStream> resumable = streams.values().stream().filter(this::resumable).toList();
        if (!resumable.isEmpty()) {
            cuts.cancel();
        }
        carryOn(resumable, gap);
    }

    /** These streams carry on from their last lines, after a marker saying why, if {@code gap} gives one. */
    private void carryOn(List<ContainerStream> these, String gap) {
        if (these.isEmpty()) {
            return;
        }
        if (gap != null) {
            mark(gap);
        }
        these.forEach(stream -> stream.carryOn(follow.get(), wholeRange()));
        updateState();
    }

    /** Whether a stream can carry on: not following means the user asked for the log as it was. */
    private boolean resumable(ContainerStream stream) {
        return opened && !closed && stream.state() != LogState.REMOVED && follow.get();
    }

    private void mark(String gap) {
        if (!content.isEmpty()) {
            Instant at = clock.instant();
            content.appendMarker("— " + gap + CLOCK_TIME.format(at.atZone(clock.getZone())) + " —", at);
        }
    }

    private void followChanged(boolean following) {
        if (!opened || closed) {
            return;
        }
        cuts.cancel();
        for (ContainerStream stream : streams.values()) {
            if (stream.state() == LogState.REMOVED) {
                continue;
            }
            if (following) {
                stream.carryOn(true, wholeRange());
            } else {
                stream.stopReading();
            }
        }
        updateState();
    }

    /** Every container of the log is gone: it cannot continue. */
    public void containerRemoved() {
        List.copyOf(streams.keySet()).forEach(this::containerRemoved);
    }

    /** This container is gone: its lines end. Call it on the engine's "destroy" event for its id. */
    public void containerRemoved(String containerId) {
        ContainerStream stream = streams.get(containerId);
        if (stream != null && !closed) {
            stream.removed();
            updateState();
        }
    }

    /** The log's state: the liveliest of its streams' (following while any follows, removed once all are). */
    private void updateState() {
        if (closed) {
            state.set(LogState.CLOSED);
            return;
        }
        LogState shown = null;
        for (ContainerStream stream : streams.values()) {
            LogState each = stream.state();
            if (each != null && (shown == null || each.ordinal() < shown.ordinal())) {
                shown = each;
            }
        }
        if (shown == null) { // a combined log with no container yet waits for one
            shown = !opened ? LogState.CLOSED : follow.get() ? LogState.FOLLOWING : LogState.READ;
        }
        state.set(shown);
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
        cuts.cancel();
        streams.values().forEach(ContainerStream::close);
        saveModel.cancel();
        closed = true;
        updateState();
    }

    public String name() {
        return name;
    }

    /** The {@code docker logs --follow NAME} (or {@code docker compose logs --follow}) line this log equals. */
    public String followCommandLine() {
        return followCommandLine;
    }

    /** Whether this is the combined log of several containers. */
    public boolean isCombined() {
        return combined;
    }

    /** What the state means for this log, in a sentence (a combined log speaks of its containers). */
    public String stateSentence(LogState shown) {
        return combined ? shown.combinedSentence : shown.sentence;
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
