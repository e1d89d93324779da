package dev.berth.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What every resource tab's table shares: striped rows edge to edge, the last column taking the spare width, an
 * empty placeholder (the tab lays its own "loading", "nothing yet" or "engine down" over the table), the view
 * model's rows sorted by the columns the user clicks, and the columns most tables have (text, age).
 *
 * @param <R> the row type
 */
public class ResourceTable<R> extends TableView<R> {
    private final ResourceRows<R> rows;
    /** The columns' order with each row's values read once per sort ({@link ColumnOrder}), null when unsorted. */
    private final ObjectBinding<ColumnOrder<R>> columnOrder = Bindings.createObjectBinding(
            () -> getComparator() == null ? null : ColumnOrder.of(getSortOrder()), comparatorProperty());
    private final Set<ObservableList<R>> watchedSources = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * @param rows the view model's rows: the table sorts a view of the visible ones, and selects and shows the row
     *             they ask for (one just made, or one a link names)
     */
    protected ResourceTable(String id, ResourceRows<R> rows) {
        this.rows = rows;
        setId(id);
        getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label());
        setSortPolicy(table -> true); // the sorted items follow the columns' order themselves
        showRows(null, null);
        rows.selectionRequestProperty().subscribe(row -> {
            int index = row == null ? -1 : getItems().indexOf(row);
            if (index >= 0) {
                getSelectionModel().clearAndSelect(index);
                scrollTo(index);
            }
        });
    }

    /**
     * Shows {@code source} (rows the view model derives from the visible ones, e.g. with group rows among them) in
     * the order {@code order} makes of the columns' order; null for both goes back to the visible rows sorted by the
     * columns.
     */
    protected final void showRows(ObservableList<R> source, UnaryOperator<Comparator<R>> order) {
        if (getItems() instanceof SortedList<R> previous) {
            previous.comparatorProperty().unbind();
            previous.setComparator(null); // it listens to its source until collected: it should not sort meanwhile
        }
        ObservableList<R> shown = source == null ? rows.visible() : source;
        if (watchedSources.add(shown)) { // before the sorted list's own listener, so that it sorts by fresh values
            shown.addListener((ListChangeListener<R>) change -> {
                ColumnOrder<R> current = columnOrder.get();
                if (current != null) {
                    current.forget(change);
                }
            });
        }
        SortedList<R> sorted = new SortedList<>(shown);
        if (order == null) {
            sorted.comparatorProperty().bind(columnOrder);
        } else {
            sorted.comparatorProperty().bind(Bindings.createObjectBinding(() -> order.apply(columnOrder.get()),
                    columnOrder));
        }
        setItems(sorted);
    }

    /** The order the table opens in, until the user clicks a column. */
    protected final void sortBy(TableColumn<R, ?> column, TableColumn.SortType direction) {
        column.setSortType(direction);
        getSortOrder().setAll(column);
    }

    /** A column of text that follows its row; a value cut short shows whole in a tooltip. */
    protected static <R> TableColumn<R, String> textColumn(String title, Function<R, ObservableValue<String>> value,
                                                           double width) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        column.setCellFactory(unused -> new FullTextCell<>());
        column.setPrefWidth(width);
        return column;
    }

    /** A column of one field of what a row shows ({@code shown}, e.g. its summary), following it. */
    protected static <R, S> TableColumn<R, String> textColumn(String title,
                                                              Function<R, ? extends ObservableValue<S>> shown,
                                                              Function<? super S, String> field, double width) {
        return textColumn(title, row -> shown.apply(row).map(field), width);
    }

    /** The column of the rows' names, in bold: what the eye looks for first. */
    protected static <R, S> TableColumn<R, String> nameColumn(Function<R, ? extends ObservableValue<S>> shown,
                                                              Function<? super S, String> name, double width) {
        TableColumn<R, String> column = textColumn("Name", shown, name, width);
        column.getStyleClass().add("name-column");
        return column;
    }

    /** A column of ids or paths, in monospace so that they line up and read character by character. */
    protected static <R, S> TableColumn<R, String> monoColumn(String title,
                                                              Function<R, ? extends ObservableValue<S>> shown,
                                                              Function<? super S, String> field, double width) {
        TableColumn<R, String> column = textColumn(title, shown, field, width);
        column.getStyleClass().add("mono-column");
        return column;
    }

    /**
     * A "Created" column that says how long ago, newest first when sorted ascending; rows without a time sort last.
     *
     * @param unknown shown for a row whose time is unknown, null for a blank cell
     */
    protected static <R> TableColumn<R, Instant> ageColumn(Function<R, ObservableValue<Instant>> created,
                                                           ObservableValue<Instant> now, String unknown,
                                                           double width) {
        TableColumn<R, Instant> column = new TableColumn<>("Created");
        column.setCellValueFactory(cell -> created.apply(cell.getValue()));
        column.setCellFactory(unused -> new AgeCell<>(now, unknown));
        column.setComparator(Comparator.nullsLast(Comparator.reverseOrder()));
        column.setPrefWidth(width);
        return column;
    }

    /** Runs {@code open} on a row the user double-clicks. */
    public final void onDoubleClick(Consumer<R> open) {
        setRowFactory(unused -> {
            TableRow<R> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
    }
}
