package dev.berth.logs;

import dev.berth.ui.Icons;
import dev.berth.ui.concurrent.PulseExecutor;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Open logs, one tab per container. A tab's stream is open while the tab exists and is closed with it; the
 * composition root passes the engine's container events and reconnects on to the open logs.
 */
public final class LogTabs extends TabPane {
    private final BiFunction<String, String, LogViewModel> logs;
    private final Map<String, Tab> open = new LinkedHashMap<>();
    private final Map<String, LogViewModel> models = new LinkedHashMap<>();

    /**
     * @param logs makes the model of a container's log from its id and name; its UI executor is best a
     *             {@link PulseExecutor} with the {@link PulseExecutor#FEED_INTERVAL}, so batches reach the list
     *             together
     */
    public LogTabs(BiFunction<String, String, LogViewModel> logs) {
        this.logs = logs;
        setId("log-tabs");
        getStyleClass().add("log-tabs");
        setTabClosingPolicy(TabClosingPolicy.ALL_TABS);
    }

    /** Shows the log of this container: its tab if it has one, else a new tab that starts reading it. */
    public void open(String containerId, String name) {
        Tab existing = open.get(containerId);
        if (existing != null) {
            getSelectionModel().select(existing);
            return;
        }
        LogViewModel model = logs.apply(containerId, name);
        Tab tab = new Tab(name, new LogView(model));
        tab.setId("log-tab-" + containerId);
        tab.setGraphic(Icons.of(MaterialDesignT.TEXT_BOX_OUTLINE));
        tab.setTooltip(new Tooltip(model.followCommandLine()));
        tab.setOnClosed(event -> forget(containerId));
        open.put(containerId, tab);
        models.put(containerId, model);
        getTabs().add(tab);
        getSelectionModel().select(tab);
        model.open();
    }

    /** Closes this container's tab, if open, and its stream. */
    public void close(String containerId) {
        Tab tab = open.get(containerId);
        if (tab != null) {
            getTabs().remove(tab);
            forget(containerId);
        }
    }

    private void forget(String containerId) {
        open.remove(containerId);
        LogViewModel model = models.remove(containerId);
        if (model != null) {
            model.close();
        }
    }

    /** The engine's "start" event for a container: its open log carries on, marking the restart. */
    public void containerStarted(String containerId) {
        LogViewModel model = models.get(containerId);
        if (model != null) {
            model.containerStarted();
        }
    }

    /** The engine's "destroy" event: the log says the container is gone (the tab stays, to read what it said). */
    public void containerRemoved(String containerId) {
        LogViewModel model = models.get(containerId);
        if (model != null) {
            model.containerRemoved();
        }
    }

    /** The engine connection is back: every open log carries on from its last line, marking the gap. */
    public void engineReconnected() {
        models.values().forEach(LogViewModel::engineReconnected);
    }

    /** Whether a log is open for this container. */
    public boolean isOpen(String containerId) {
        return open.containsKey(containerId);
    }

    /** Closes every tab and stream, e.g. when the window closes. */
    public void closeAll() {
        for (String id : List.copyOf(open.keySet())) {
            close(id);
        }
    }
}
