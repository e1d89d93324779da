package dev.berth.containers.details;

import dev.berth.daemon.containers.ContainerDetails;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.ProcessList;
import dev.berth.ui.InspectSearch;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.concurrent.LatestAnswer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The details pane of one container: its inspect facts, the raw inspect JSON, live stats and its processes. The
 * JSON and the processes load when their page is shown; the stats stream is open only while the Stats page of a
 * running container is showing. Answers for a container that is no longer shown are dropped. All properties
 * change on the {@code ui} executor only.
 */
public final class ContainerDetailsViewModel implements AutoCloseable {
    private final ContainerOperations containers;
    private final Executor ui;
    private final ReadOnlyStringWrapper containerId = new ReadOnlyStringWrapper(this, "containerId");
    private final ReadOnlyObjectWrapper<ContainerDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final NoticeHolder notice = new NoticeHolder();
    private final ObjectProperty<DetailsTab> tab = new SimpleObjectProperty<>(this, "tab", DetailsTab.OVERVIEW);
    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing", true);
    private final InspectSearch inspect = new InspectSearch();
    private final StatsModel stats = new StatsModel();
    private final ProcessTable processes = new ProcessTable();
    private final LatestAnswer<ContainerDetails> detailsAnswer;
    private final LatestAnswer<String> inspectAnswer;
    private final LatestAnswer<ProcessList> processesAnswer;
    private String inspectLoadedFor;
    private StatsFeed statsFeed;
    private boolean closed;

    public ContainerDetailsViewModel(ContainerOperations containers, Executor ui) {
        this.containers = containers;
        this.ui = ui;
        this.detailsAnswer = new LatestAnswer<>(ui, this::detailsArrived, this::failed);
        this.inspectAnswer = new LatestAnswer<>(ui, this::inspectJsonArrived, this::failed);
        this.processesAnswer = new LatestAnswer<>(ui, processes::apply, this::failed);
        tab.addListener((obs, old, now) -> pageShown());
        showing.addListener((obs, old, now) -> syncStatsStream());
    }

    /** Shows the given container, or the "select a container" state for null. Call it on selection change. */
    public void show(String containerIdOrNull) {
        if (closed) {
            return;
        }
        if (Objects.equals(containerIdOrNull, containerId.get())) {
            refresh();
            return;
        }
        closeStatsStream();
        supersedeAnswers();
        inspectLoadedFor = null;
        containerId.set(containerIdOrNull);
        details.set(null);
        running.set(false);
        loading.set(false);
        notice.set(null);
        inspect.setText("");
        processes.clear();
        stats.clear();
        if (containerIdOrNull != null) {
            pageShown(); // the JSON needs no details; stats and processes wait for them to know whether it runs
            loadDetails();
        }
    }

    /** Re-reads what the shown container's visible page shows; call it on the container's engine events. */
    public void refresh() {
        if (closed || containerId.get() == null) {
            return;
        }
        inspectLoadedFor = null;
        loadDetails();
        if (tab.get() == DetailsTab.INSPECT) {
            loadInspectJson();
        }
    }

    private void pageShown() {
        syncStatsStream();
        if (closed || containerId.get() == null) {
            return;
        }
        if (tab.get() == DetailsTab.INSPECT && !containerId.get().equals(inspectLoadedFor)) {
            loadInspectJson();
        } else if (tab.get() == DetailsTab.PROCESSES && details.get() != null) {
            refreshProcesses(); // else the details' arrival loads them, once it is known whether it runs
        }
    }

    private void loadDetails() {
        loading.set(true);
        detailsAnswer.submit(containers.inspect(containerId.get()));
    }

    private void detailsArrived(ContainerDetails answer) {
        notice.succeeded();
        loading.set(false);
        details.set(answer);
        running.set(answer.state() == ContainerState.RUNNING || answer.state() == ContainerState.PAUSED);
        syncStatsStream();
        if (tab.get() == DetailsTab.PROCESSES) {
            refreshProcesses();
        }
    }

    private void loadInspectJson() {
        inspectAnswer.submit(containers.inspectJson(containerId.get()));
    }

    private void inspectJsonArrived(String json) {
        inspectLoadedFor = containerId.get(); // answers about another container were superseded
        inspect.setText(json);
    }

    /** Reads `docker top` again; a stopped container has no processes to list. */
    public void refreshProcesses() {
        if (closed || containerId.get() == null || !running.get()) {
            processesAnswer.supersede();
            processes.clear();
            return;
        }
        processesAnswer.submit(containers.top(containerId.get()));
    }

    private void failed(Throwable failure) {
        loading.set(false);
        notice.report(failure, this::refresh);
    }

    private void supersedeAnswers() {
        detailsAnswer.supersede();
        inspectAnswer.supersede();
        processesAnswer.supersede();
    }

    /** Opens or closes the stats stream so that it is open exactly while its page shows a running container. */
    private void syncStatsStream() {
        String id = containerId.get();
        boolean wanted = !closed && id != null && showing.get() && tab.get() == DetailsTab.STATS && running.get();
        if (statsFeed != null && (!wanted || !statsFeed.containerId().equals(id))) {
            closeStatsStream();
        }
        if (wanted && statsFeed == null) {
            stats.clear();
            try {
                statsFeed = new StatsFeed(containers, id, ui, stats::accept, this::statsEnded);
            } catch (RuntimeException failure) {
                notice.set(Notice.error(failure));
            }
        }
    }

    /** The engine ended the stream (the container stopped, or the engine went away). */
    private void statsEnded(Throwable failure) {
        statsFeed = null;
        if (failure != null) {
            notice.report(failure, this::refresh);
        }
    }

    private void closeStatsStream() {
        if (statsFeed != null) {
            statsFeed.close();
            statsFeed = null;
        }
    }

    public boolean isStatsStreamOpen() {
        return statsFeed != null;
    }

    /** The page the user is looking at; the view keeps its tabs in step with it. */
    public ObjectProperty<DetailsTab> tabProperty() {
        return tab;
    }

    /**
     * Whether the pane is on screen at all; the view binds it to its window. The stats stream closes while it is
     * not, e.g. while another section of the window is open.
     */
    public BooleanProperty showingProperty() {
        return showing;
    }

    /** The shown container's id, null when none is selected. */
    public ReadOnlyStringProperty containerIdProperty() {
        return containerId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ContainerDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** True while the container runs (or is paused): only then are there stats and processes. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public NoticeHolder notice() {
        return notice;
    }

    public InspectSearch inspect() {
        return inspect;
    }

    public StatsModel stats() {
        return stats;
    }

    public ProcessTable processes() {
        return processes;
    }

    /** Closes the stats stream and ignores answers still on their way. */
    @Override
    public void close() {
        closed = true;
        supersedeAnswers();
        closeStatsStream();
    }
}
