package dev.berth.images;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.berth.daemon.images.ImageSummary;
import dev.berth.ui.AgeCell;
import dev.berth.ui.FullTextCell;
import dev.berth.ui.text.ByteSizes;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The images table: repository, tag, short id, size, age and "in use", every column sortable. */
final class ImagesTable extends TableView<ImageRow> {

    ImagesTable(ImagesViewModel model, ObjectProperty<Instant> now) {
        setId("images-table");
        getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label());

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
        TableColumn<ImageRow, Instant> created = new TableColumn<>("Created");
        created.setCellValueFactory(cell -> cell.getValue().summaryProperty().map(ImageSummary::created));
        created.setCellFactory(unused -> new AgeCell<>(now));
        created.setComparator(Comparator.reverseOrder());
        created.setPrefWidth(150);
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

        SortedList<ImageRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        created.setSortType(TableColumn.SortType.ASCENDING);
        getSortOrder().add(created);
    }

    private static TableColumn<ImageRow, String> fixedText(String title, java.util.function.Function<ImageRow,
            String> value, double width) {
        TableColumn<ImageRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> Bindings.createStringBinding(() -> value.apply(cell.getValue())));
        column.setCellFactory(unused -> new FullTextCell<>());
        column.setPrefWidth(width);
        return column;
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
