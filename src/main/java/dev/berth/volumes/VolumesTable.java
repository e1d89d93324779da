package dev.berth.volumes;

import dev.berth.daemon.volumes.VolumeSummary;
import dev.berth.ui.ResourceTable;
import dev.berth.ui.text.ByteSizes;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** The volumes table: name, driver, mountpoint, age, labels, the containers that use each, and its size once measured. */
final class VolumesTable extends ResourceTable<VolumeRow> {

    VolumesTable(VolumesViewModel model, ObservableValue<Instant> now) {
        super("volumes-table", model.rows());
        Function<VolumeRow, ObservableValue<VolumeSummary>> summary = VolumeRow::summaryProperty;
        TableColumn<VolumeRow, String> name = nameColumn(summary, VolumeSummary::name, 190);
        TableColumn<VolumeRow, String> driver = textColumn("Driver", summary, VolumeSummary::driver, 70);
        TableColumn<VolumeRow, Instant> created =
                ageColumn(row -> summary.apply(row).map(VolumeSummary::created), now, "–", 150);
        TableColumn<VolumeRow, String> usedBy = textColumn("Used by",
                row -> row.usersProperty().map(users -> row.usedByText()), 190);
        TableColumn<VolumeRow, Long> size = new TableColumn<>("Size");
        size.setId("volumes-size-column");
        size.setCellValueFactory(cell -> cell.getValue().sizeProperty());
        size.setCellFactory(unused -> new SizeCell());
        size.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        size.setPrefWidth(75);
        TableColumn<VolumeRow, String> labels = textColumn("Labels",
                row -> row.summaryProperty().map(changed -> row.labelsText()), 160);
        TableColumn<VolumeRow, String> mountpoint = monoColumn("Mountpoint", summary, VolumeSummary::mountpoint,
                260);
        getColumns().setAll(List.of(name, driver, created, usedBy, size, labels, mountpoint));
        sortBy(name, TableColumn.SortType.ASCENDING);
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
