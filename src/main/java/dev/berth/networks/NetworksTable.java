package dev.berth.networks;

import atlantafx.base.theme.Styles;
import dev.berth.daemon.ConnectionState;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.ui.ResourceTable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The networks table: name (built-in ones marked), driver, scope, subnets, gateways, internal, attachable, the
 * number of connected containers and age; all sortable.
 */
final class NetworksTable extends ResourceTable<NetworkRow> {

    NetworksTable(NetworksViewModel model, ObservableValue<ConnectionState> engine, ObservableValue<Instant> now) {
        super("networks-table", model.rows());
        Label placeholder = new Label();
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> {
            ConnectionState state = engine.getValue();
            if (state != null && state.status() == ConnectionState.Status.DOWN) {
                return state.problem();
            }
            return model.rows().loadedProperty().get() ? "No network matches the search." : "Loading networks…";
        }, engine, model.rows().loadedProperty()));
        setPlaceholder(placeholder);

        TableColumn<NetworkRow, NetworkInfo> name = new TableColumn<>("Name");
        name.setCellValueFactory(cell -> cell.getValue().infoProperty());
        name.setCellFactory(column -> new NameCell());
        name.setComparator(Comparator.comparing(NetworkInfo::name, String.CASE_INSENSITIVE_ORDER));
        name.setPrefWidth(170);
        TableColumn<NetworkRow, Number> containers = new TableColumn<>("Containers");
        containers.setCellValueFactory(cell -> cell.getValue().infoProperty().map(info -> info.containers().size()));
        containers.setPrefWidth(90);
        containers.getStyleClass().add("number-column");
        TableColumn<NetworkRow, Instant> age = ageColumn(row -> row.infoProperty().map(NetworkInfo::created), now,
                null, 120);
        getColumns().setAll(List.of(name,
                textColumn("Driver", NetworkRow::infoProperty, NetworkInfo::driver, 80),
                textColumn("Scope", NetworkRow::infoProperty, NetworkInfo::scope, 60),
                textColumn("Subnets", NetworkRow::infoProperty, NetworkRow::subnets, 170),
                textColumn("Gateway", NetworkRow::infoProperty, NetworkRow::gateways, 110),
                textColumn("Internal", NetworkRow::infoProperty, info -> info.internal() ? "yes" : "", 70),
                textColumn("Attachable", NetworkRow::infoProperty, info -> info.attachable() ? "yes" : "", 80),
                containers, age));
        sortBy(name, TableColumn.SortType.ASCENDING);
    }

    /** The name, with a "built-in" pill on bridge, host and none. */
    private static final class NameCell extends TableCell<NetworkRow, NetworkInfo> {
        private final Label builtIn = new Label("built-in");

        NameCell() {
            builtIn.getStyleClass().add("built-in-badge");
            builtIn.setTooltip(new Tooltip("The engine's own network; it cannot be removed."));
        }

        @Override
        protected void updateItem(NetworkInfo network, boolean empty) {
            super.updateItem(network, empty);
            setText(empty || network == null ? null : network.name());
            setGraphic(!empty && network != null && network.isBuiltIn() ? builtIn : null);
            setContentDisplay(ContentDisplay.RIGHT);
        }
    }
}
