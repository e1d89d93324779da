package dev.berth.containers.details;

import dev.berth.ui.DetailsLayout;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One of the Overview's lists as grid rows, or a line saying it is empty. The rows are kept from one container to
 * the next and given the new items: only the rows past the shorter list's end are added or removed, so showing
 * another container changes texts and lays out, rather than building and styling every node anew.
 */
final class ListedRows<T> {
    /** The nodes of one row, and how they show an item. */
    record Row<T>(List<Node> cells, Consumer<T> show) {
    }

    private final GridPane grid = DetailsLayout.grid();
    private final Label none;
    private final Supplier<Row<T>> newRow;
    private final List<Row<T>> rows = new ArrayList<>();
    private final VBox view;

    ListedRows(String noneText, Supplier<Row<T>> newRow) {
        this.none = DetailsLayout.none(noneText);
        this.newRow = newRow;
        this.view = new VBox(none, grid);
        shownIf(grid, false);
    }

    Node view() {
        return view;
    }

    void show(List<T> items) {
        while (rows.size() < items.size()) {
            Row<T> row = newRow.get();
            grid.addRow(rows.size(), row.cells().toArray(Node[]::new));
            rows.add(row);
        }
        while (rows.size() > items.size()) {
            grid.getChildren().removeAll(rows.remove(rows.size() - 1).cells());
        }
        for (int i = 0; i < items.size(); i++) {
            rows.get(i).show().accept(items.get(i));
        }
        shownIf(none, items.isEmpty());
        shownIf(grid, !items.isEmpty());
    }

    /** Shows {@code node} or takes it out of the layout. */
    static void shownIf(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
