package dev.berth.volumes;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.berth.daemon.volumes.VolumeSummary;
import dev.berth.ui.AgeCell;
import dev.berth.ui.FullTextCell;
import dev.berth.ui.text.ByteSizes;
import javafx.beans.property.ObjectProperty;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** The volumes table: name, driver, mountpoint, age, labels, the containers that use each, and its size once measured. */
final class VolumesTable extends TableView<VolumeRow> {

    VolumesTable(VolumesViewModel model, ObjectProperty<Instant> now) {
        setId("volumes-table");
        getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label());

        TableColumn<VolumeRow, String> name = summaryColumn("Name", VolumeSummary::name, 190);
        name.getStyleClass().add("name-column");
        TableColumn<VolumeRow, String> driver = summaryColumn("Driver", VolumeSummary::driver, 70);
        TableColumn<VolumeRow, Instant> created = new TableColumn<>("Created");
        created.setCellValueFactory(cell -> cell.getValue().summaryProperty().map(VolumeSummary::created));
        created.setCellFactory(column -> new AgeCell<>(now, "–"));
        created.setComparator(Comparator.nullsLast(Comparator.reverseOrder()));
        created.setPrefWidth(150);
        TableColumn<VolumeRow, String> usedBy = new TableColumn<>("Used by");
        usedBy.setCellValueFactory(cell -> cell.getValue().usersProperty().map(users -> cell.getValue().usedByText()));
        usedBy.setCellFactory(unused -> new FullTextCell<>());
        usedBy.setPrefWidth(190);
        TableColumn<VolumeRow, Long> size = new TableColumn<>("Size");
        size.setId("volumes-size-column");
        size.setCellValueFactory(cell -> cell.getValue().sizeProperty());
        size.setCellFactory(unused -> new SizeCell());
        size.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        size.setPrefWidth(75);
        TableColumn<VolumeRow, String> labels = new TableColumn<>("Labels");
        labels.setCellValueFactory(cell -> cell.getValue().summaryProperty().map(s -> cell.getValue().labelsText()));
        labels.setCellFactory(unused -> new FullTextCell<>());
        labels.setPrefWidth(160);
        TableColumn<VolumeRow, String> mountpoint = summaryColumn("Mountpoint", VolumeSummary::mountpoint, 260);
        mountpoint.getStyleClass().add("mono-column");
        getColumns().setAll(List.of(name, driver, created, usedBy, size, labels, mountpoint));

        SortedList<VolumeRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        getSortOrder().add(name);
    }

    private static TableColumn<VolumeRow, String> summaryColumn(String title, Function<VolumeSummary, String> value,
                                                               double width) {
        TableColumn<VolumeRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> cell.getValue().summaryProperty().map(value));
        column.setCellFactory(unused -> new FullTextCell<>());
        column.setPrefWidth(width);
        return column;
    }

    /** Blank until measured, so "not measured" never reads as "empty". */
    private static final class SizeCell extends TableCell<VolumeRow, Long> {
        @Override
        protected void updateItem(Long bytes, boolean empty) {
            super.updateItem(bytes, empty);
            setText(empty || bytes == null ? null : ByteSizes.human(bytes));
        }
    }
}
