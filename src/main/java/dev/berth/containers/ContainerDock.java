package dev.berth.containers;

import atlantafx.base.theme.Styles;
import dev.berth.console.ConsoleTabs;
import dev.berth.daemon.EngineGateway;
import dev.berth.logs.ContainerLifecycle;
import dev.berth.logs.LogTabs;
import dev.berth.ui.EmptyState;
import dev.berth.ui.HoverTooltips;
import dev.berth.ui.Icons;
import dev.berth.ui.ResourceSection;
import dev.berth.ui.TabWindows;
import dev.berth.ui.UserAction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The lower half of the Containers tab: the selected container's details, the open logs and the open consoles.
 * It keeps open logs true to the engine: a restarted container's log carries on, a removed one says so, and after a
 * lost connection every log resumes where it stopped. It can take the whole tab (a button, a double-click on its
 * tab bar, Esc to restore), and a log or console can move out into a window of its own and back.
 */
public final class ContainerDock extends StackPane implements AutoCloseable {
    private final TabPane tabs = new TabPane();
    private final LogTabs logs;
    private final ConsoleTabs consoles;
    private final Tab logsTab;
    private final Tab consoleTab;
    private final ContainerLifecycle lifecycle;
    private final TabWindows windows = new TabWindows();
    private final BooleanProperty maximized = new SimpleBooleanProperty(this, "maximized", false);
    private final DoubleProperty divider = new SimpleDoubleProperty(this, "divider", 0.5);
    private UserAction logsOffer;
    private UserAction consoleOffer;

    public ContainerDock(Node details, LogTabs logs, ConsoleTabs consoles, EngineGateway gateway, Executor ui) {
        this.logs = logs;
        this.consoles = consoles;
        setId("container-dock");
        tabs.setId("dock-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab detailsTab = new Tab("Details", details);
        logsTab = new Tab("Logs");
        logsTab.setId("dock-logs");
        whenFirstSelected(logsTab, () -> orEmpty(logs, new EmptyState(MaterialDesignT.TEXT_BOX_OUTLINE,
                "No log open", "Double-click a container, or press Ctrl+L, to follow its log (docker logs -f).",
                offered(logsOffer))));
        consoleTab = new Tab("Console");
        consoleTab.setId("dock-console");
        whenFirstSelected(consoleTab, () -> orEmpty(consoles, new EmptyState(MaterialDesignC.CONSOLE,
                "No console open",
                "Select a running container and press Ctrl+T to open a shell in it (docker exec -it … sh).",
                offered(consoleOffer))));
        tabs.getTabs().setAll(detailsTab, logsTab, consoleTab);
        windows.watch(logs);
        windows.watch(consoles);
        getChildren().addAll(tabs, corner());
        tabs.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                    && inTabBar(event.getPickResult().getIntersectedNode())) {
                maximized.set(!maximized.get());
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && maximized.get()) {
                maximized.set(false);
                event.consume();
            }
        });
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

    /**
     * The commands the empty Logs and Console tabs offer as buttons (following the selected container's log,
     * opening a shell in it), so that a user who opens those tabs first finds the way in without the shortcut.
     * Called before either tab is first shown.
     */
    public void offer(UserAction followLog, UserAction openConsole) {
        logsOffer = followLog;
        consoleOffer = openConsole;
    }

    private static Node[] offered(UserAction action) {
        return action == null ? new Node[0] : new Node[] {action.toButton("dock-empty")};
    }

    /** A tab's content is made when it is first shown, so that the window's first layout does not include it. */
    private static void whenFirstSelected(Tab tab, Supplier<Node> content) {
        tab.selectedProperty().subscribe(selected -> {
            if (selected && tab.getContent() == null) {
                Node made = content.get();
                tab.setContent(made);
                made.applyCss(); // skinned now, so what opens in it next (a console taking the focus) is in the scene
            }
        });
    }

    /** The buttons at the right end of the tab bar: pop the shown log or console out, and maximise or restore. */
    private HBox corner() {
        Button popOut = new Button(null, Icons.of(MaterialDesignO.OPEN_IN_NEW));
        popOut.setId("dock-pop-out");
        popOut.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        HoverTooltips.install(popOut, () -> "Open the shown log or console in its own window");
        popOut.disableProperty().bind(shownItem(logs).not().and(shownItem(consoles).not()));
        popOut.setOnAction(event -> popOutShown());
        Button maximize = new Button();
        maximize.setId("dock-maximize");
        maximize.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        maximize.graphicProperty().bind(maximized.map(max -> Icons.of(max ? MaterialDesignW.WINDOW_RESTORE
                : MaterialDesignW.WINDOW_MAXIMIZE)));
        HoverTooltips.install(maximize, () -> maximized.get() ? "Restore the table above (Esc)"
                : "Give this pane the whole tab (or double-click the tab bar)");
        maximize.setOnAction(event -> maximized.set(!maximized.get()));
        HBox corner = new HBox(2, popOut, maximize);
        corner.getStyleClass().add("dock-corner");
        corner.setAlignment(Pos.TOP_RIGHT);
        corner.setPickOnBounds(false);
        corner.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(corner, Pos.TOP_RIGHT);
        return corner;
    }

    /** Whether {@code inner}'s page is the one shown and has a tab open. */
    private BooleanBinding shownItem(TabPane inner) {
        Tab page = inner == logs ? logsTab : consoleTab;
        return Bindings.createBooleanBinding(() -> tabs.getSelectionModel().getSelectedItem() == page
                && inner.getSelectionModel().getSelectedItem() != null,
                tabs.getSelectionModel().selectedItemProperty(), inner.getSelectionModel().selectedItemProperty());
    }

    /** Whether {@code node} is on a tab bar of the dock (its own or a log's or console's), not a tab's close button. */
    private static boolean inTabBar(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains("tab-close-button")) {
                return false;
            }
            if (at.getStyleClass().contains("tab-header-area")) {
                return true;
            }
        }
        return false;
    }

    private static StackPane orEmpty(TabPane tabs, EmptyState empty) {
        empty.visibleProperty().bind(Bindings.isEmpty(tabs.getTabs()));
        tabs.visibleProperty().bind(empty.visibleProperty().not());
        return new StackPane(empty, tabs);
    }

    /**
     * The table above this dock, split at the remembered {@link #dividerProperty divider}; while the dock is
     * maximised the table steps aside.
     */
    public SplitPane under(Node table) {
        SplitPane split = ResourceSection.tableOverDetails(table, this, divider.get());
        split.getDividers().addListener((ListChangeListener<SplitPane.Divider>) change -> followDivider(split));
        followDivider(split);
        maximized.subscribe(max -> {
            if (max) {
                split.getItems().setAll(this);
            } else if (split.getItems().size() == 1) {
                split.getItems().setAll(table, this);
            }
        });
        return split;
    }

    private void followDivider(SplitPane split) {
        if (!split.getDividers().isEmpty()) {
            split.getDividers().get(0).positionProperty().bindBidirectional(divider);
        }
    }

    /** Opens the shown log or console in its own window, titled with the container and what it shows. */
    public Stage popOutShown() {
        Tab page = tabs.getSelectionModel().getSelectedItem();
        boolean showingLogs = page == logsTab;
        Tab tab = showingLogs ? logs.getSelectionModel().getSelectedItem()
                : page == consoleTab ? consoles.getSelectionModel().getSelectedItem() : null;
        if (tab == null) {
            return null;
        }
        return windows.popOut(tab, tab.getText() + " — " + (showingLogs ? "Log" : "Console"), getScene().getWindow());
    }

    /** Whether the dock has the whole tab, the table above it set aside. */
    public BooleanProperty maximizedProperty() {
        return maximized;
    }

    /** Where the table ends and the dock begins, 0…1 from the top; the window's settings keep it between runs. */
    public DoubleProperty dividerProperty() {
        return divider;
    }

    public void showLogs(ContainerRow row) {
        tabs.getSelectionModel().select(logsTab);
        logs.open(row.id(), row.name());
    }

    public void openConsole(ContainerRow row) {
        tabs.getSelectionModel().select(consoleTab);
        consoles.open(row.id(), row.name());
    }

    public void attachConsole(ContainerRow row) {
        tabs.getSelectionModel().select(consoleTab);
        consoles.attach(row.id(), row.name());
    }

    @Override
    public void close() {
        lifecycle.close();
        windows.bringAllBack();
        logs.closeAll();
        consoles.closeAll();
    }
}
