package dev.berth.ui;

import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumnBase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnOrderTest {
    private record Row(String name, int size) {
    }

    private final AtomicInteger reads = new AtomicInteger();
    private final List<Row> rows = new ArrayList<>(List.of(new Row("émile", 2), new Row("Zoe", 1),
            new Row("adam", 2), new Row("Emil", 3), new Row("zed", 1)));

    /** A column under TableColumn's default comparator, as most of Berth's are, counting its reads. */
    private <R> ColumnOrder.Column<R> column(Function<R, Object> value, boolean descending, boolean sortable) {
        return new ColumnOrder.Column<>() {
            @Override
            public Object valueOf(R row) {
                reads.incrementAndGet();
                return value.apply(row);
            }

            @Override
            public Comparator<?> comparator() {
                return TableColumnBase.DEFAULT_COMPARATOR;
            }

            @Override
            public boolean descending() {
                return descending;
            }

            @Override
            public boolean sortable() {
                return sortable;
            }
        };
    }

    private List<String> names() {
        return rows.stream().map(Row::name).toList();
    }

    @Test
    void textsSortAsTheColumnsDefaultComparatorSortsThem() {
        List<Row> expected = new ArrayList<>(rows);
        @SuppressWarnings("unchecked")
        Comparator<Object> byDefault = TableColumnBase.DEFAULT_COMPARATOR;
        expected.sort((a, b) -> byDefault.compare(a.name(), b.name()));

        rows.sort(new ColumnOrder<>(List.of(column(Row::name, false, true))));

        assertThat(rows).isEqualTo(expected);
        assertThat(names()).containsExactly("adam", "Emil", "émile", "zed", "Zoe");
    }

    @Test
    void eachRowsValuesAreReadOnceUntilAChangeTouchesThatRow() {
        ObservableList<Row> source = FXCollections.observableArrayList(rows);
        ColumnOrder<Row> order = new ColumnOrder<>(List.of(column(Row::size, false, true),
                column(Row::name, false, true)));
        source.addListener((ListChangeListener<Row>) order::forget);

        rows.sort(order);
        rows.sort(order.reversed());
        int once = reads.get();
        Row replaced = source.get(0);
        Row added = new Row("bob", 0);
        source.set(0, added);
        rows.set(rows.indexOf(replaced), added);
        rows.sort(order);

        assertThat(once).isEqualTo(2 * rows.size());
        assertThat(reads.get()).as("only the new row is read").isEqualTo(2 * rows.size() + 2);
        assertThat(names().get(0)).isEqualTo("bob");
    }

    /** A row whose size changes in place, as Berth's rows change. */
    private record Sized(String name, IntegerProperty size) {
        Sized(String name, int size) {
            this(name, new SimpleIntegerProperty(size));
        }
    }

    @Test
    void anUpdatedRowIsReadAgainAndTheOthersKeepTheirValues() {
        ObservableList<Sized> source = FXCollections.observableArrayList(row -> new Observable[] {row.size()});
        source.addAll(new Sized("a", 3), new Sized("b", 1), new Sized("c", 2));
        ColumnOrder<Sized> order = new ColumnOrder<>(List.of(column(row -> row.size().get(), false, true)));
        source.addListener((ListChangeListener<Sized>) order::forget);
        List<Sized> sorted = new ArrayList<>(source);
        sorted.sort(order);

        source.get(0).size().set(0);
        sorted.sort(order);

        assertThat(reads.get()).isEqualTo(source.size() + 1);
        assertThat(sorted.stream().map(Sized::name)).containsExactly("a", "b", "c");
    }

    @Test
    void laterColumnsBreakTiesAndEachColumnKeepsItsDirection() {
        rows.sort(new ColumnOrder<>(List.of(column(Row::size, true, true), column(Row::name, false, true))));

        assertThat(names()).containsExactly("Emil", "adam", "émile", "zed", "Zoe");
    }

    @Test
    void aColumnThatIsNotSortableIsLeftOut() {
        rows.sort(new ColumnOrder<>(List.of(column(Row::size, false, false), column(Row::name, false, true))));

        assertThat(names()).containsExactly("adam", "Emil", "émile", "zed", "Zoe");
    }

    @Test
    void valuesMissingSortFirstAsUnderTheDefaultComparator() {
        rows.add(new Row(null, 0));

        rows.sort(new ColumnOrder<>(List.of(column(Row::name, false, true))));

        assertThat(names().get(0)).isNull();
    }
}
