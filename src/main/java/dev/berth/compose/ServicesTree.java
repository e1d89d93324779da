package dev.berth.compose;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.berth.compose.actions.ServiceContainer;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.ui.Navigator;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The selected project's services, each with its containers under it: state, image, ports, and the engine's status
 * with the health check's verdict. Items are kept and their values replaced, so a refresh neither blinks nor loses
 * the selection or what was folded.
 */
final class ServicesTree extends TreeTableView<ServicesTree.Item> {
    private static final PseudoClass SERVICE = PseudoClass.getPseudoClass("service");

    /** A service, or one of its containers. */
    record Item(ServiceLine service, ServiceContainer container) {
        boolean isService() {
            return container == null;
        }
    }

    private final TreeItem<Item> root = new TreeItem<>();
    private final Map<String, TreeItem<Item>> services = new HashMap<>();
    private final Map<String, TreeItem<Item>> containers = new HashMap<>();

    /**
     * What a service's menu does, each given the service's name: ask how many replicas it should run, start, stop
     * or restart its containers.
     */
    record ServiceCommands(Consumer<String> askScale, Consumer<String> start, Consumer<String> stop,
                           Consumer<String> restart) {
    }

    ServicesTree(ObservableValue<List<ServiceLine>> lines, ServiceCommands commands, Navigator navigator) {
        setId("compose-services");
        getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        setShowRoot(false);
        setRoot(root);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TreeTableColumn<Item, String> name = column("Service / container", 210, node -> node.isService()
                ? node.service().name() : node.container().container().name());
        name.getStyleClass().add("service-name-column");
        TreeTableColumn<Item, Pill> state = new TreeTableColumn<>("State");
        state.setCellValueFactory(cell -> cell.getValue().valueProperty().map(ServicesTree::pillOf));
        state.setCellFactory(column -> PillCells.tree());
        state.setPrefWidth(150);
        TreeTableColumn<Item, String> image = column("Image", 190, node -> node.isService() ? node.service().image()
                : node.container().container().image());
        TreeTableColumn<Item, String> ports = column("Ports", 190, node -> node.isService() ? node.service().portsText()
                : node.container().container().ports().stream().filter(port -> port.isPublished())
                .map(port -> port.display()).reduce((a, b) -> a + ", " + b).orElse(""));
        TreeTableColumn<Item, String> status = column("Status", 200, node -> node.isService() ? ""
                : node.container().container().status());
        getColumns().setAll(List.of(name, state, image, ports, status));
        Label empty = new Label("No services: select a project, or bring it up to create them.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        setPlaceholder(empty);
        setRowFactory(view -> row(commands, navigator));
        lines.subscribe(this::show);
    }

    private static TreeTableColumn<Item, String> column(String title, double width, Function<Item, String> text) {
        TreeTableColumn<Item, String> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(cell -> cell.getValue().valueProperty().map(text));
        column.setPrefWidth(width);
        return column;
    }

    private static Pill pillOf(Item node) {
        if (node.isService()) {
            return new Pill(node.service().stateText(), node.service().stateStyle());
        }
        ContainerState state = node.container().container().state();
        String health = ServiceLine.healthOf(node.container());
        String text = state.label() + (health.isEmpty() ? "" : ", " + health);
        String style = "unhealthy".equals(health) ? "state-dead"
                : "starting".equals(health) ? "state-busy" : "state-" + state.name().toLowerCase(Locale.ROOT);
        return new Pill(text, style);
    }

    private TreeTableRow<Item> row(ServiceCommands commands, Navigator navigator) {
        TreeTableRow<Item> row = new TreeTableRow<>();
        MenuItem show = new MenuItem("Show in Containers");
        show.setOnAction(event -> navigator.showContainer(row.getItem().container().container().id()));
        ContextMenu serviceMenu = new ContextMenu(serviceItem(row, "Start", commands.start()),
                serviceItem(row, "Stop", commands.stop()), serviceItem(row, "Restart", commands.restart()),
                new SeparatorMenuItem(), serviceItem(row, "Scale…", commands.askScale()));
        ContextMenu containerMenu = new ContextMenu(show);
        row.itemProperty().subscribe(node -> {
            row.setContextMenu(node == null ? null : node.isService() ? serviceMenu : containerMenu);
            row.pseudoClassStateChanged(SERVICE, node != null && node.isService());
        });
        return row;
    }

    private static MenuItem serviceItem(TreeTableRow<Item> row, String label, Consumer<String> command) {
        MenuItem item = new MenuItem(label);
        item.setOnAction(event -> command.accept(row.getItem().service().name()));
        return item;
    }

    /** Brings the tree up to date in place: kept items get their new values, only new ones are made. */
    private void show(List<ServiceLine> lines) {
        List<TreeItem<Item>> shownServices = new ArrayList<>();
        Map<String, TreeItem<Item>> keptServices = new HashMap<>();
        Map<String, TreeItem<Item>> keptContainers = new HashMap<>();
        for (ServiceLine line : lines) {
            TreeItem<Item> service = services.computeIfAbsent(line.name(), key -> expanded(new TreeItem<>()));
            service.setValue(new Item(line, null));
            keptServices.put(line.name(), service);
            List<TreeItem<Item>> children = new ArrayList<>();
            for (ServiceContainer container : line.containers()) {
                TreeItem<Item> item = containers.computeIfAbsent(container.container().id(),
                        key -> new TreeItem<>());
                item.setValue(new Item(line, container));
                keptContainers.put(container.container().id(), item);
                children.add(item);
            }
            if (!service.getChildren().equals(children)) {
                service.getChildren().setAll(children);
            }
            shownServices.add(service);
        }
        services.keySet().retainAll(keptServices.keySet());
        containers.keySet().retainAll(keptContainers.keySet());
        if (!root.getChildren().equals(shownServices)) {
            root.getChildren().setAll(shownServices);
        }
    }

    private static TreeItem<Item> expanded(TreeItem<Item> item) {
        item.setExpanded(true);
        return item;
    }
}
