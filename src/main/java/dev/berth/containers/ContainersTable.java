package dev.berth.containers;

import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.ui.DistinctValue;
import dev.berth.ui.ResourceTable;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The containers table: name, image, state badge, status, ports, short id and age, all sortable; grouped by compose
 * project when the user asks.
 */
final class ContainersTable extends ResourceTable<ContainerRow> {

    ContainersTable(ContainersViewModel model, ObservableValue<Instant> now) {
        super("containers-table", model.rows());
        Function<ContainerRow, ObservableValue<ContainerSummary>> summary = ContainerRow::summaryProperty;
        TableColumn<ContainerRow, String> name = nameColumn(summary, ContainerSummary::name, 130);
        name.setCellFactory(column -> new GroupedNameCell(model));
        TableColumn<ContainerRow, String> image = textColumn("Image", summary, ContainerSummary::image, 150);
        TableColumn<ContainerRow, StateBadge.Shown> state = new TableColumn<>("State");
        state.setCellValueFactory(cell -> StateBadge.of(cell.getValue()));
        state.setCellFactory(column -> new StateBadge());
        state.setComparator(StateBadge.BY_STATE);
        state.setPrefWidth(95);
        TableColumn<ContainerRow, String> status = textColumn("Status", row -> DistinctValue.of(
                () -> row.statusAt(now.getValue()), row.summaryProperty(), now), 180); // the uptime goes on counting
        TableColumn<ContainerRow, String> ports = textColumn("Ports", summary, ContainerRow::portsText, 175);
        TableColumn<ContainerRow, String> id = monoColumn("ID", summary, ContainerSummary::shortId, 128);
        TableColumn<ContainerRow, Instant> age =
                ageColumn(row -> summary.apply(row).map(ContainerSummary::created), now, null, 140);
        getColumns().setAll(List.of(name, image, state, status, ports, id, age));
        sortBy(age, TableColumn.SortType.ASCENDING);
        ContainerGroups groups = model.groups();
        model.groupByProjectProperty().subscribe(grouped -> {
            if (grouped) {
                showRows(groups.shown(), groups::keepingGroupsTogether);
            } else {
                showRows(null, null);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            ContainerRow row = getSelectionModel().getSelectedItem();
            boolean fold = event.getCode() == KeyCode.LEFT;
            if (row != null && row.isGroupHeader() && (fold || event.getCode() == KeyCode.RIGHT)
                    && groups.isFolded(row) != fold) {
                groups.toggle(row);
                event.consume();
            }
        });
    }
}
