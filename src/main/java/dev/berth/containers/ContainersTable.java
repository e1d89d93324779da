package dev.berth.containers;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.ui.AgeCell;
import dev.berth.ui.FullTextCell;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** The containers table: name, image, state badge, status, ports, short id and age, all sortable. */
final class ContainersTable extends TableView<ContainerRow> {

    ContainersTable(ContainersViewModel model, ObservableValue<Instant> now) {
        setId("containers-table");
        getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label());

        TableColumn<ContainerRow, String> name = textColumn("Name", ContainerSummary::name, 130);
        name.getStyleClass().add("name-column");
        TableColumn<ContainerRow, String> image = textColumn("Image", ContainerSummary::image, 150);
        TableColumn<ContainerRow, StateBadge.Shown> state = new TableColumn<>("State");
        state.setCellValueFactory(cell -> StateBadge.of(cell.getValue()));
        state.setCellFactory(column -> new StateBadge());
        state.setComparator(StateBadge.BY_STATE);
        state.setPrefWidth(95);
        TableColumn<ContainerRow, String> status = observedTextColumn("Status", row -> Bindings.createStringBinding(
                () -> row.statusAt(now.getValue()), row.summaryProperty(), now), 180); // the uptime goes on counting
        TableColumn<ContainerRow, String> ports = textColumn("Ports", ContainerRow::portsText, 175);
        TableColumn<ContainerRow, String> id = textColumn("ID", ContainerSummary::shortId, 128);
        id.getStyleClass().add("mono-column");
        TableColumn<ContainerRow, Instant> age = new TableColumn<>("Created");
        age.setCellValueFactory(cell -> cell.getValue().summaryProperty().map(ContainerSummary::created));
        age.setCellFactory(column -> new AgeCell<>(now));
        age.setComparator(Comparator.reverseOrder());
        age.setPrefWidth(140);
        getColumns().setAll(List.of(name, image, state, status, ports, id, age));

        SortedList<ContainerRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        age.setSortType(TableColumn.SortType.ASCENDING);
        getSortOrder().add(age);
    }

    private static TableColumn<ContainerRow, String> textColumn(String title, Function<ContainerSummary, String> value,
                                                               double width) {
        return observedTextColumn(title, row -> row.summaryProperty().map(value), width);
    }

    private static TableColumn<ContainerRow, String> observedTextColumn(
            String title, Function<ContainerRow, ObservableValue<String>> value, double width) {
        TableColumn<ContainerRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        column.setCellFactory(unused -> new FullTextCell<>());
        column.setPrefWidth(width);
        return column;
    }
}
