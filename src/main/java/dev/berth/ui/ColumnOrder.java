package dev.berth.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table's order by its sort columns, as {@code TableView}'s own comparator orders it, but reading each row's cell
 * values once and keeping them until {@link #forget} (call it whenever the rows change) instead of twice per
 * comparison: a cell value can be a new binding and a formatted text, and sorting 1,000 rows compares about 10,000
 * times. Texts under the columns' default comparator compare by collation keys, made once per row, which order them
 * as that comparator's collator does. Used on the FX thread only.
 *
 * @param <R> the row type
 */
final class ColumnOrder<R> implements Comparator<R> {
    /** One sort column: the value it sorts a row by, how, in which direction, and whether it sorts at all. */
    interface Column<R> {
        Object valueOf(R row);

        Comparator<?> comparator();

        boolean descending();

        boolean sortable();
    }

    private final List<Column<R>> columns;
    private final Map<R, Object[]> keys = new IdentityHashMap<>();
    private final Collator collator = Collator.getInstance();

    ColumnOrder(List<Column<R>> columns) {
        this.columns = List.copyOf(columns);
    }

    /** The order of a table's sort columns (its sort order). */
    static <R> ColumnOrder<R> of(List<TableColumn<R, ?>> sortOrder) {
        return new ColumnOrder<>(sortOrder.stream().<Column<R>>map(column -> new Column<>() {
            @Override
            public Object valueOf(R row) {
                return column.getCellData(row);
            }

            @Override
            public Comparator<?> comparator() {
                return column.getComparator();
            }

            @Override
            public boolean descending() {
                return column.getSortType() == TableColumn.SortType.DESCENDING;
            }

            @Override
            public boolean sortable() {
                return column.isSortable();
            }
        }).toList());
    }

    /**
     * Drops the values read of the rows a change of the sorted list's source touched: the updated ones and the removed
     * ones. The others keep theirs, so re-sorting after one row changed reads one row, not all of them.
     */
    void forget(ListChangeListener.Change<? extends R> change) {
        while (change.next()) {
            if (change.wasUpdated()) {
                change.getList().subList(change.getFrom(), change.getTo()).forEach(keys::remove);
            } else if (change.wasRemoved()) {
                change.getRemoved().forEach(keys::remove);
            }
        }
    }

    @Override
    public int compare(R first, R second) {
        Object[] a = keys.computeIfAbsent(first, this::keysOf);
        Object[] b = keys.computeIfAbsent(second, this::keysOf);
        for (int i = 0; i < columns.size(); i++) {
            Column<R> column = columns.get(i);
            if (!column.sortable() || column.comparator() == null) {
                continue;
            }
            int result = compare(column.comparator(), a[i], b[i]);
            if (result != 0) {
                return column.descending() ? -result : result;
            }
        }
        return 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Comparator comparator, Object first, Object second) {
        if (first instanceof CollationKey || second instanceof CollationKey) { // only under the default comparator
            if (first == null || second == null) {
                return first == null ? (second == null ? 0 : -1) : 1;
            }
            return ((CollationKey) first).compareTo((CollationKey) second);
        }
        return comparator.compare(first, second);
    }

    private Object[] keysOf(R row) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            Column<R> column = columns.get(i);
            Object value = column.valueOf(row);
            values[i] = column.comparator() == TableColumnBase.DEFAULT_COMPARATOR ? defaultKey(value) : value;
        }
        return values;
    }

    /**
     * What {@link TableColumnBase#DEFAULT_COMPARATOR} compares: texts, and values of other types by their text, by
     * collation; other comparable values by their own order (kept as they are).
     */
    private Object defaultKey(Object value) {
        if (value == null || value instanceof Comparable<?> && !(value instanceof String)) {
            return value;
        }
        return collator.getCollationKey(value.toString());
    }
}
