package dev.berth.containers;

import dev.berth.console.ConsoleTabs;
import dev.berth.daemon.EngineGateway;
import dev.berth.logs.ContainerLifecycle;
import dev.berth.logs.LogTabs;
import dev.berth.ui.EmptyState;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.concurrent.Executor;

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
    private final ContainerLifecycle lifecycle;

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
        lifecycle = new ContainerLifecycle(gateway, ui, new ContainerLifecycle.Listener() {
            @Override
            public void containerStarted(String containerId) {
                logs.containerStarted(containerId);
            }

            @Override
            public void containerRemoved(String containerId) {
                logs.containerRemoved(containerId);
                consoles.closeFor(containerId);
            }

            @Override
            public void engineReconnected() {
                logs.engineReconnected();
            }
        });
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

    public void attachConsole(ContainerRow row) {
        getSelectionModel().select(consoleTab);
        consoles.attach(row.id(), row.name());
    }

    @Override
    public void close() {
        lifecycle.close();
        logs.closeAll();
        consoles.closeAll();
    }
}
