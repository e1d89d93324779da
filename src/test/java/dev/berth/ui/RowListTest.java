package dev.berth.ui;

import javafx.beans.Observable;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RowListTest {
    private record Row(String name, SimpleIntegerProperty size) {
        Row(String name, int size) {
            this(name, new SimpleIntegerProperty(size));
        }
    }

    private final RowList<Row> rows = new RowList<>(row -> new Observable[] {row.size()});
    private final List<String> changes = new ArrayList<>();

    RowListTest() {
        for (int i = 0; i < 5; i++) {
            rows.add(new Row("row" + i, i));
        }
        rows.addListener((ListChangeListener<Row>) change -> {
            while (change.next()) {
                changes.add((change.wasUpdated() ? "updated " : "other ") + change.getFrom() + "-" + change.getTo());
            }
        });
    }

    @Test
    void aChangeOutsideABatchIsAnUpdateOfItsRow() {
        rows.get(2).size().set(20);

        assertThat(changes).containsExactly("updated 2-3");
    }

    @Test
    void changesInsideABatchAreOneUpdateOfTheRangeThatHoldsThem() {
        rows.batchUpdates(() -> {
            rows.get(1).size().set(10);
            rows.get(3).size().set(-1);
        });

        assertThat(changes).containsExactly("updated 1-4");
    }

    @Test
    void aBatchWithoutChangesReportsNothing() {
        rows.batchUpdates(() -> rows.get(1).size().set(1));

        assertThat(changes).isEmpty();
    }

    @Test
    void aSortedViewSortsOncePerBatchAndEndsInTheNewOrder() {
        List<Integer> compared = new ArrayList<>();
        SortedList<Row> sorted = new SortedList<>(rows, Comparator.comparingInt(row -> {
            compared.add(1);
            return row.size().get();
        }));
        compared.clear();

        rows.batchUpdates(() -> {
            rows.get(0).size().set(9);
            rows.get(4).size().set(-9);
        });
        int batched = compared.size();
        compared.clear();
        rows.get(1).size().set(8);
        rows.get(2).size().set(7);
        int oneByOne = compared.size();

        assertThat(sorted.stream().map(Row::name)).containsExactly("row4", "row3", "row2", "row1", "row0");
        assertThat(batched).isLessThan(oneByOne);
    }

    @Test
    void aRemovedRowIsNoLongerWatched() {
        Row removed = rows.remove(4);
        changes.clear();

        removed.size().set(40);
        rows.batchUpdates(() -> removed.size().set(41));

        assertThat(changes).isEmpty();
    }
}
