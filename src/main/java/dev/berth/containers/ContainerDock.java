package dev.berth.containers;

import dev.berth.console.ConsoleTabs;
import dev.berth.daemon.ConnectionState;
import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.Subscription;
import dev.berth.logs.LogTabs;
import dev.berth.ui.EmptyState;
import dev.berth.ui.UiBatcher;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The lower half of the Containers tab: the selected container's details, the open logs and the open consoles.
 * It keeps open logs true to the engine: a restarted container's log carries on, a removed one says so, and after a
 * lost connection every log resumes where it stopped.
 */
public final class ContainerDock extends TabPane implements AutoCloseable {
    private final LogTabs logs;
    private final ConsoleTabs consoles;
    private final Tab logsTab;
    private final Tab consoleTab;
    private final List<Subscription> subscriptions;

    public ContainerDock(Node details, LogTabs logs, ConsoleTabs consoles, EngineGateway gateway, Executor ui) {
        this.logs = logs;
        this.consoles = consoles;
        setId("container-dock");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        Tab detailsTab = new Tab("Details", details);
        logsTab = new Tab("Logs", orEmpty(logs, new EmptyState(MaterialDesignT.TEXT_BOX_OUTLINE, "No log open",
                "Double-click a container, or press Ctrl+L, to follow its log (docker logs -f).")));
        logsTab.setId("dock-logs");
        consoleTab = new Tab("Console", orEmpty(consoles, new EmptyState(MaterialDesignC.CONSOLE, "No console open",
                "Select a running container and press Ctrl+T to open a shell in it (docker exec -it … sh).")));
        consoleTab.setId("dock-console");
        getTabs().setAll(detailsTab, logsTab, consoleTab);
        subscriptions = List.of(followContainerEvents(gateway, ui), followReconnects(gateway, ui));
    }

    private static StackPane orEmpty(TabPane tabs, EmptyState empty) {
        empty.visibleProperty().bind(Bindings.isEmpty(tabs.getTabs()));
        tabs.visibleProperty().bind(empty.visibleProperty().not());
        return new StackPane(empty, tabs);
    }

    public void showLogs(ContainerRow row) {
        getSelectionModel().select(logsTab);
        logs.open(row.id(), row.name());
    }

    public void openConsole(ContainerRow row) {
        getSelectionModel().select(consoleTab);
        consoles.open(row.id(), row.name());
    }

    /** Start and destroy events reach the open logs and consoles in batches, never one UI hop per event. */
    private Subscription followContainerEvents(EngineGateway gateway, Executor ui) {
        UiBatcher<DaemonEvent> relevant = new UiBatcher<>(ui, batch -> batch.forEach(this::onContainerEvent));
        return gateway.subscribeEvents(event -> {
            if (event.isAbout("container") && (event.action().equals("start") || event.action().equals("destroy"))) {
                relevant.add(event);
            }
        });
    }

    private void onContainerEvent(DaemonEvent event) {
        if (event.action().equals("start")) {
            logs.containerStarted(event.actorId());
        } else {
            logs.containerRemoved(event.actorId());
            consoles.closeFor(event.actorId());
        }
    }

    private Subscription followReconnects(EngineGateway gateway, Executor ui) {
        AtomicBoolean wasDown = new AtomicBoolean();
        return gateway.onConnectionChange(state -> {
            if (state.status() == ConnectionState.Status.DOWN) {
                wasDown.set(true);
            } else if (state.isUp() && wasDown.getAndSet(false)) {
                ui.execute(logs::engineReconnected);
            }
        });
    }

    @Override
    public void close() {
        subscriptions.forEach(Subscription::close);
        logs.closeAll();
        consoles.closeAll();
    }
}
