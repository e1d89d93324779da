package dev.berth.compose;

import dev.berth.compose.config.ResolvedConfigView;
import dev.berth.logs.LogView;
import dev.berth.ui.EmptyState;
import dev.berth.ui.Navigator;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.ResourceSection;
import dev.berth.ui.UserAction;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Compose section: the toolbar, the projects, and under them the selected project's running action, its
 * services with their containers, its combined log and its resolved configuration. A compose file dropped anywhere
 * on the section is opened.
 */
public final class ComposeView extends BorderPane {
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final ComposeViewModel model;
    private final ProjectsTable table;
    private final ComposeCommands commands;

    public ComposeView(ComposeViewModel model, Navigator navigator) {
        this.model = model;
        getStyleClass().add("compose-view");
        table = new ProjectsTable(model);
        table.getSelectionModel().selectedItemProperty().subscribe(row -> model.rows().select(row));
        commands = new ComposeCommands(model, () -> askScale(null));
        var search = ResourceSection.searchField("compose-search", "Search projects", 200,
                model.rows().filterTextProperty());
        search.setMinWidth(140);
        table.setContextMenu(rowMenu());
        table.onDoubleClick(row -> model.showLogs());

        setTop(ResourceSection.top(toolbar(search), new NoticeBanner(model.notice())));
        BorderPane details = new BorderPane(detailsTabs(navigator));
        details.setTop(new ActivityPane(model.rows().selectedProperty(), model));
        details.getStyleClass().add("compose-details");
        setCenter(ResourceSection.tableOverDetails(new StackPane(table, placeholder()), details, 0.3));
        List<UserAction> shortcuts = new ArrayList<>(commands.all());
        shortcuts.add(UserAction.find(search::requestFocus));
        UserAction.installShortcuts(this, shortcuts, target -> target == table);
        acceptDroppedFiles();
    }

    private HBox toolbar(Region search) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button load = commands.loadFiles.toButton("compose");
        load.visibleProperty().bind(load.disableProperty().not()); // offered only where it applies
        load.managedProperty().bind(load.visibleProperty());
        HBox bar = new HBox(6, commands.open.toButton("compose"), search, gap, load, commands.up.toButton("compose"),
                commands.down.toButton("compose"), new Separator(Orientation.VERTICAL),
                commands.start.toButton("compose"), commands.stop.toButton("compose"),
                commands.restart.toButton("compose"), new Separator(Orientation.VERTICAL),
                commands.pull.toButton("compose"), commands.build.toButton("compose"),
                commands.scale.toButton("compose"), commands.logs.toButton("compose"),
                new Separator(Orientation.VERTICAL), commands.removeFromList.toButton("compose"));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private ContextMenu rowMenu() {
        return new ContextMenu(commands.up.toMenuItem(), commands.down.toMenuItem(), new SeparatorMenuItem(),
                commands.start.toMenuItem(), commands.stop.toMenuItem(), commands.restart.toMenuItem(),
                new SeparatorMenuItem(), commands.pull.toMenuItem(), commands.build.toMenuItem(),
                commands.scale.toMenuItem(), commands.logs.toMenuItem(), new SeparatorMenuItem(),
                commands.loadFiles.toMenuItem(), commands.removeFromList.toMenuItem());
    }

    private TabPane detailsTabs(Navigator navigator) {
        Tab services = new Tab("Services", new ServicesTree(model.servicesProperty(),
                new ServicesTree.ServiceCommands(this::askScale, service -> model.startService(List.of(service)),
                        service -> model.stopService(List.of(service)),
                        service -> model.restartService(List.of(service))), navigator));
        services.setId("compose-tab-services");
        StackPane logsPage = new StackPane();
        EmptyState noLogs = new EmptyState(MaterialDesignT.TEXT_BOX_OUTLINE, "No log to show",
                "The logs of a project's containers show here together, as docker compose logs -f shows them."
                        + " Select a project that has containers, or bring one up.");
        logsPage.getChildren().setAll(noLogs);
        model.logsProperty().subscribe(logs -> logsPage.getChildren().setAll(logs == null ? noLogs
                : new LogView(logs.log())));
        Tab logs = new Tab("Logs", logsPage);
        logs.setId("compose-tab-logs");
        Tab config = new Tab("Configuration", new ResolvedConfigView(model.config(),
                model.configCommandLineProperty()));
        config.setId("compose-tab-config");
        TabPane tabs = new TabPane(services, logs, config);
        tabs.setId("compose-details");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Map<DetailsPage, Tab> pages = Map.of(DetailsPage.SERVICES, services, DetailsPage.LOGS, logs,
                DetailsPage.CONFIGURATION, config);
        model.pageProperty().subscribe(page -> tabs.getSelectionModel().select(pages.get(page)));
        tabs.getSelectionModel().selectedItemProperty().subscribe(tab -> pages.forEach((page, shown) -> {
            if (shown == tab) {
                model.pageProperty().set(page);
            }
        }));
        return tabs;
    }

    private StackPane placeholder() {
        Button open = commands.open.toButton("compose-empty");
        EmptyState none = new EmptyState(MaterialDesignL.LAYERS_TRIPLE_OUTLINE, "No compose projects yet",
                "Open a compose.yaml (Ctrl+O) or drop one here to bring its services up together. Projects started"
                        + " with `docker compose up` elsewhere appear here by themselves.", open);
        none.setId("no-projects");
        EmptyState noMatch = new EmptyState(MaterialDesignM.MAGNIFY, "No project matches",
                "Nothing matches the search. Clear it to see every project.");
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(48, 48);
        var rows = model.rows().all();
        var visible = model.rows().visible();
        var loaded = model.rows().loadedProperty();
        none.visibleProperty().bind(Bindings.createBooleanBinding(() -> loaded.get() && rows.isEmpty(), loaded,
                rows));
        noMatch.visibleProperty().bind(Bindings.createBooleanBinding(() -> !rows.isEmpty() && visible.isEmpty(),
                rows, visible));
        loading.visibleProperty().bind(loaded.not());
        StackPane layer = new StackPane(none, noMatch, loading);
        layer.getStyleClass().add("empty-layer");
        layer.setPickOnBounds(false);
        layer.visibleProperty().bind(none.visibleProperty().or(noMatch.visibleProperty())
                .or(loading.visibleProperty()));
        return layer;
    }

    /** Files dragged over the section are offered as a project; dropped, they are opened (several as -f each). */
    private void acceptDroppedFiles() {
        addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles() && !composeFiles(event).isEmpty()) {
                event.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                pseudoClassStateChanged(DROP_TARGET, true);
            }
            event.consume();
        });
        addEventHandler(DragEvent.DRAG_EXITED, event -> pseudoClassStateChanged(DROP_TARGET, false));
        addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            List<Path> files = composeFiles(event);
            pseudoClassStateChanged(DROP_TARGET, false);
            event.setDropCompleted(!files.isEmpty());
            event.consume();
            model.open(files);
        });
    }

    private static List<Path> composeFiles(DragEvent event) {
        return event.getDragboard().getFiles().stream().filter(File::isFile).map(File::toPath)
                .filter(ComposeViewModel::looksLikeComposeFile).toList();
    }

    /** The section's view model, for tests and the composition root (e.g. to open files handed to the app). */
    public ComposeViewModel model() {
        return model;
    }

    /** Asks how many replicas a service should run (the one given, or the first), then scales it. */
    private void askScale(String service) {
        List<ServiceLine> services = model.servicesProperty().getValue();
        if (services.isEmpty() || !Boolean.TRUE.equals(model.canScaleProperty().getValue())) {
            return;
        }
        new ScaleDialog(getScene().getWindow(), model, services, service).showAndWait()
                .ifPresent(choice -> model.scale(choice.service(), choice.replicas()));
    }
}
