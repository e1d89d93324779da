package dev.berth.images;

import dev.berth.daemon.images.ImageSummary;
import dev.berth.ui.ResourceTable;
import dev.berth.ui.text.ByteSizes;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** The images table: repository, tag, short id, size, age and "in use", every column sortable. */
final class ImagesTable extends ResourceTable<ImageRow> {

    ImagesTable(ImagesViewModel model, ObservableValue<Instant> now) {
        super("images-table", model.rows());

        TableColumn<ImageRow, String> repository = new TableColumn<>("Repository");
        repository.setCellValueFactory(cell -> Bindings.createStringBinding(() -> cell.getValue().repository()));
        repository.setCellFactory(unused -> new RepositoryCell());
        repository.setPrefWidth(280);
        TableColumn<ImageRow, String> tag = fixedText("Tag", ImageRow::tag, 120);
        TableColumn<ImageRow, String> id = fixedText("Image ID", ImageRow::shortId, 128);
        id.getStyleClass().add("mono-column");
        TableColumn<ImageRow, Long> size = new TableColumn<>("Size");
        size.setCellValueFactory(cell -> cell.getValue().summaryProperty().map(ImageSummary::size));
        size.setCellFactory(unused -> new TableCell<>() {
            @Override
            protected void updateItem(Long bytes, boolean empty) {
                super.updateItem(bytes, empty);
                setText(empty || bytes == null ? null : ByteSizes.human(bytes));
            }
        });
        size.setPrefWidth(90);
        TableColumn<ImageRow, Instant> created = ageColumn(row -> row.summaryProperty().map(ImageSummary::created),
                now, null, 150);
        TableColumn<ImageRow, Number> inUse = new TableColumn<>("In use");
        inUse.setCellValueFactory(cell -> cell.getValue().usedByProperty());
        inUse.setCellFactory(unused -> new TableCell<>() {
            @Override
            protected void updateItem(Number count, boolean empty) {
                super.updateItem(count, empty);
                setText(empty || count == null ? null : count.intValue() == 0 ? "—"
                        : count.intValue() == 1 ? "1 container" : count.intValue() + " containers");
            }
        });
        inUse.setPrefWidth(110);
        getColumns().setAll(List.of(repository, tag, id, size, created, inUse));
        sortBy(created, TableColumn.SortType.ASCENDING);
    }

    /** Text that never changes for a row (a row stands for one tag of one image). */
    private static TableColumn<ImageRow, String> fixedText(String title, Function<ImageRow, String> value,
                                                           double width) {
        return textColumn(title, row -> new ReadOnlyStringWrapper(value.apply(row)), width);
    }

    /** The repository, with a "dangling" pill for an image that has no tag left. */
    private static final class RepositoryCell extends TableCell<ImageRow, String> {
        private final Label pill = new Label("dangling");

        RepositoryCell() {
            pill.getStyleClass().add("dangling-badge");
            setContentDisplay(ContentDisplay.RIGHT);
            setGraphicTextGap(8);
        }

        @Override
        protected void updateItem(String repository, boolean empty) {
            super.updateItem(repository, empty);
            ImageRow row = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : repository);
            setGraphic(row != null && row.isDangling() ? pill : null);
        }
    }
}
