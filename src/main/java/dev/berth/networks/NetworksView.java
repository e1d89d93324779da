package dev.berth.networks;

import atlantafx.base.controls.CustomTextField;
import dev.berth.daemon.ConnectionState;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.ui.Navigator;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.ResourceSection;
import dev.berth.ui.UserAction;
import dev.berth.ui.concurrent.AgeClock;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The Networks tab: a toolbar, the live table of networks, and the selected network's details under it. */
public final class NetworksView extends BorderPane {
    private final NetworksViewModel model;
    private final NetworkDialogs dialogs;
    private final NetworksTable table;
    private final CustomTextField search;
    private final List<UserAction> commands;

    /**
     * @param more further toolbar commands after Remove, such as the clean-up wizard's "Prune unused…" for
     *             networks; their shortcuts work while the tab is shown
     */
    public NetworksView(NetworksViewModel model, NetworkDetailsViewModel details, NetworkDialogs dialogs,
                        ObservableValue<ConnectionState> engine, Navigator navigator, AgeClock ages,
                        List<UserAction> more) {
        this.model = model;
        this.dialogs = dialogs;
        getStyleClass().add("networks-view");
        table = new NetworksTable(model, engine, ages.nowProperty());
        search = ResourceSection.searchField("network-search", "Search name, driver, subnet or ID", 260,
                model.rows().filterTextProperty());
        table.getSelectionModel().selectedItemProperty().subscribe(row -> {
            model.rows().select(row);
            details.show(row);
        });
        UserAction create = new UserAction("create", "Create…", MaterialDesignP.PLUS,
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), "docker network create NAME",
                new SimpleBooleanProperty(true), () -> dialogs.openCreate(getScene().getWindow()), false);
        UserAction connect = new UserAction("connect", "Connect container…", MaterialDesignL.LAN_CONNECT, null,
                "docker network connect NETWORK CONTAINER", model.canConnectSelected(),
                () -> withSelected(this::connect), false);
        UserAction remove = new UserAction("remove", "Remove", MaterialDesignD.DELETE_OUTLINE,
                new KeyCodeCombination(KeyCode.DELETE), "docker network rm NAME (built-in networks: never)",
                model.canRemoveSelected(), () -> withSelected(model::askRemove), true);
        commands = new ArrayList<>(List.of(create, connect, remove, UserAction.find(search::requestFocus)));
        commands.addAll(more);
        table.setContextMenu(new ContextMenu(connect.toMenuItem(), remove.toMenuItem()));

        HBox bar = new HBox(6, create.toButton("network"), search, connect.toButton("network"),
                remove.toButton("network"));
        more.forEach(command -> bar.getChildren().add(command.toButton("network")));
        bar.setAlignment(Pos.CENTER_LEFT);
        setTop(ResourceSection.top(bar, new NoticeBanner(model.notice())));

        NetworkDetailsView detailsView = new NetworkDetailsView(details, new NetworkOverviewPane.Actions() {
            @Override
            public void showContainer(String name) {
                navigator.showContainer(name);
            }

            @Override
            public void disconnect(NetworkInfo network, NetworkInfo.Endpoint endpoint) {
                model.askDisconnect(network.name(), endpoint.containerName());
            }

            @Override
            public void connect(NetworkInfo network) {
                dialogs.openConnect(getScene().getWindow(), network);
            }
        });
        setCenter(ResourceSection.tableOverDetails(table, detailsView, 0.4));
        UserAction.installShortcuts(this, commands, target -> target == table);
        ages.tickWhileShown(this);
    }

    private void withSelected(Consumer<NetworkRow> action) {
        NetworkRow row = model.rows().selectedProperty().get();
        if (row != null) {
            action.accept(row);
        }
    }

    private void connect(NetworkRow row) {
        dialogs.openConnect(getScene().getWindow(), row.info());
    }
}
