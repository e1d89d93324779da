package dev.berth.networks;

import atlantafx.base.controls.CustomTextField;
import dev.berth.daemon.ConnectionState;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.ui.ConfirmDialog;
import dev.berth.ui.Icons;
import dev.berth.ui.Navigator;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.UserAction;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The Networks tab: a toolbar, the live table of networks, and the selected network's details under it. */
public final class NetworksView extends BorderPane {
    private final NetworksViewModel model;
    private final NetworkDialogs dialogs;
    private final NetworksTable table;
    private final CustomTextField search = new CustomTextField();
    private final SimpleObjectProperty<Instant> now = new SimpleObjectProperty<>(Instant.now());
    private final List<UserAction> commands;

    /**
     * @param more further toolbar commands after Remove, such as the clean-up wizard's "Prune unused…" for
     *             networks; their shortcuts work while the tab is shown
     */
    public NetworksView(NetworksViewModel model, NetworkDetailsViewModel details, NetworkDialogs dialogs,
                        ObservableValue<ConnectionState> engine, Navigator navigator, List<UserAction> more) {
        this.model = model;
        this.dialogs = dialogs;
        getStyleClass().add("networks-view");
        table = new NetworksTable(model, engine, now);
        table.getSelectionModel().selectedItemProperty().subscribe(row -> {
            model.setSelected(row);
            details.show(row);
        });
        model.selectionRequestProperty().subscribe(row -> {
            if (row != null) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        });
        ObservableValue<Boolean> removable = model.selectedProperty().flatMap(NetworkRow::infoProperty)
                .map(info -> !info.isBuiltIn()).orElse(false);
        ObservableValue<Boolean> connectable = model.selectedProperty().flatMap(NetworkRow::infoProperty)
                .map(info -> !"host".equals(info.name()) && !"none".equals(info.name())).orElse(false);
        UserAction create = new UserAction("create", "Create…", MaterialDesignP.PLUS,
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), "docker network create NAME",
                new SimpleBooleanProperty(true), () -> dialogs.openCreate(getScene().getWindow()), false);
        UserAction connect = new UserAction("connect", "Connect container…", MaterialDesignL.LAN_CONNECT, null,
                "docker network connect NETWORK CONTAINER", connectable, () -> withSelected(this::connect), false);
        UserAction remove = new UserAction("remove", "Remove", MaterialDesignD.DELETE_OUTLINE,
                new KeyCodeCombination(KeyCode.DELETE), "docker network rm NAME (built-in networks: never)",
                removable, () -> withSelected(this::askRemove), true);
        UserAction find = new UserAction("find", "Search", MaterialDesignM.MAGNIFY,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), null,
                new SimpleBooleanProperty(true), search::requestFocus, true);
        commands = new ArrayList<>(List.of(create, connect, remove, find));
        commands.addAll(more);
        table.setContextMenu(new ContextMenu(connect.toMenuItem(), remove.toMenuItem()));

        search.setId("network-search");
        search.setPromptText("Search name, driver, subnet or ID");
        search.setLeft(Icons.of(MaterialDesignM.MAGNIFY));
        search.setPrefWidth(260);
        search.textProperty().bindBidirectional(model.filterTextProperty());
        HBox bar = new HBox(6, create.toButton("network"), search, connect.toButton("network"),
                remove.toButton("network"));
        more.forEach(command -> bar.getChildren().add(command.toButton("network")));
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, bar, new NoticeBanner(model.noticeProperty(), model::dismissNotice));
        top.setPadding(new Insets(12, 12, 8, 12));
        setTop(top);

        NetworkDetailsView detailsView = new NetworkDetailsView(details, new NetworkOverviewPane.Actions() {
            @Override
            public void showContainer(String name) {
                navigator.showContainer(name);
            }

            @Override
            public void disconnect(NetworkInfo network, NetworkInfo.Endpoint endpoint) {
                askDisconnect(network, endpoint);
            }

            @Override
            public void connect(NetworkInfo network) {
                dialogs.openConnect(getScene().getWindow(), network);
            }
        });
        SplitPane split = new SplitPane(table, detailsView);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        SplitPane.setResizableWithParent(detailsView, false);
        setCenter(split);
        UserAction.installShortcuts(this, commands, target -> target == table);
        tickAges();
    }

    private void withSelected(Consumer<NetworkRow> action) {
        NetworkRow row = model.selectedProperty().get();
        if (row != null) {
            action.accept(row);
        }
    }

    private void connect(NetworkRow row) {
        dialogs.openConnect(getScene().getWindow(), row.info());
    }

    private void askDisconnect(NetworkInfo network, NetworkInfo.Endpoint endpoint) {
        String command = NetworksViewModel.disconnectCommand(network.name(), endpoint.containerName());
        if (ConfirmDialog.ask(getScene().getWindow(), "Disconnect " + endpoint.containerName() + " from "
                        + network.name() + "?", List.of(endpoint.containerName()), "Disconnect",
                Bindings.createStringBinding(() -> command))) {
            model.disconnect(network.name(), endpoint.containerName());
        }
    }

    /**
     * Removal asks first. While containers are connected the engine would refuse, so Berth names them and offers to
     * disconnect them all first (asking again, with every command it will run).
     */
    private void askRemove(NetworkRow row) {
        NetworkInfo network = row.info();
        if (network.containers().isEmpty()) {
            if (ConfirmDialog.ask(getScene().getWindow(), "Remove this network?", List.of(network.name()), "Remove",
                    Bindings.createStringBinding(() -> NetworksViewModel.removeCommand(network.name())))) {
                model.remove(row);
            }
            return;
        }
        Alert blocked = new Alert(Alert.AlertType.WARNING);
        blocked.initOwner(getScene().getWindow());
        blocked.setTitle("Berth");
        blocked.setHeaderText(network.name() + " still has containers connected");
        blocked.setContentText("The engine removes a network only when nothing is connected to it. Connected: "
                + NetworkRemoval.containerNames(network) + ".");
        ButtonType disconnectAll = new ButtonType("Disconnect all and remove…", ButtonBar.ButtonData.OK_DONE);
        blocked.getButtonTypes().setAll(ButtonType.CANCEL, disconnectAll);
        blocked.getDialogPane().lookupButton(disconnectAll).setId("network-disconnect-all");
        if (blocked.showAndWait().filter(disconnectAll::equals).isEmpty()) {
            return;
        }
        List<String> targets = network.containers().stream()
                .map(endpoint -> "disconnect " + endpoint.containerName())
                .collect(Collectors.toCollection(ArrayList::new));
        targets.add("remove network " + network.name());
        if (ConfirmDialog.ask(getScene().getWindow(), "Disconnect every container and remove " + network.name()
                + "?", targets, "Disconnect and remove", Bindings.createStringBinding(() ->
                NetworkRemoval.commands(network)))) {
            model.disconnectAllAndRemove(row);
        }
    }

    /** Ages follow a UI clock, and every refresh of the list, so they stay true without asking the engine. */
    private void tickAges() {
        model.allRows().addListener((ListChangeListener<NetworkRow>) change -> now.set(Instant.now()));
        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(30), event -> now.set(Instant.now())));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
    }
}
