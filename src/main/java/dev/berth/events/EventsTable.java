package dev.berth.events;

import atlantafx.base.theme.Tweaks;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The feed as a virtualized table in arrival order (oldest at the top, like {@code docker events}): time, type,
 * action, the actor (a link to it in its own section; Enter on a row follows it too) and the attributes that
 * matter. A gap marker is a row of its own with its sentence across the details. The rows are {@link FeedTableRow}s,
 * drawn without a cell per column.
 */
final class EventsTable extends TableView<FeedEntry> {

    EventsTable(EventsViewModel model, Node placeholder) {
        super(model.visibleItems());
        setId("events-table");
        // not striped: a row's :odd turns as the flow hands it another row, which costs a repaint
        getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "events-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setFixedCellSize(26); // rows of one height: the flow lays out only what is in view
        setPlaceholder(placeholder);
        Map<TableColumn<FeedEntry, ?>, FeedColumn> columns = new LinkedHashMap<>();
        for (FeedColumn which : FeedColumn.values()) {
            columns.put(column(which), which);
        }
        getColumns().setAll(List.copyOf(columns.keySet()));
        Map<TableColumn<FeedEntry, ?>, FeedColumn> byColumn = Map.copyOf(columns);
        Set<FeedTableRow> rows = Collections.newSetFromMap(new WeakHashMap<>()); // the flow may let some go
        setRowFactory(unused -> {
            FeedTableRow row = new FeedTableRow(byColumn, model);
            rows.add(row);
            return row;
        });
        // a row in view keeps its event while newer ones arrive below: it learns here that its actor went
        model.removalsProperty().addListener((obs, old, now) -> rows.forEach(FeedTableRow::recheckActor));
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            FeedEntry selected = getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected instanceof FeedEntry.Event row
                    && model.canShowActor(row.event())) {
                model.showActor(row.event());
                event.consume();
            }
        });
    }

    /**
     * A column of the header. Its cells only measure the column when the user asks it to fit its content (a
     * double click on its edge); the rows draw their own texts.
     */
    private static TableColumn<FeedEntry, FeedEntry> column(FeedColumn which) {
        TableColumn<FeedEntry, FeedEntry> column = new TableColumn<>(which.title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(unused -> new TableCell<>() {
            @Override
            protected void updateItem(FeedEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : which.text(item));
            }
        });
        column.setPrefWidth(which.width);
        if (which == FeedColumn.TIME) {
            column.getStyleClass().add("mono-column");
            column.setMinWidth(110); // the time, whole
        }
        column.setSortable(false); // the feed's order is the order things happened
        return column;
    }
}
