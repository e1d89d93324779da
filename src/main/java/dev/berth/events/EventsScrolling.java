package dev.berth.events;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Nothing jumps when rows arrive: while the newest row is in view, new rows scroll it along; otherwise the rows the
 * user reads stay where they are, even as the feed drops its oldest rows above them.
 */
final class EventsScrolling {
    private final TableView<?> table;
    private VirtualFlow<?> flow;
    /** Rows arrived while the end was in view; scroll once the flow has counted them. */
    private boolean endPending;

    EventsScrolling(TableView<?> table) {
        this.table = table;
        table.getItems().addListener(this::rowsChanged);
        table.skinProperty().subscribe(skin -> attach());
    }

    private void attach() {
        if (table.getSkin() == null) {
            return;
        }
        for (Node node : table.lookupAll(".virtual-flow")) {
            if (node instanceof VirtualFlow<?> found && found != flow) {
                flow = found;
                flow.cellCountProperty().addListener((obs, old, now) -> scrollToEndIfPending());
            }
        }
    }

    private void rowsChanged(ListChangeListener.Change<?> change) {
        int added = 0;
        int removed = 0;
        int removedAtStart = 0;
        boolean replaced = false;
        while (change.next()) {
            added += change.getAddedSize();
            removed += change.getRemovedSize();
            if (change.wasRemoved() && !change.wasAdded() && change.getFrom() == 0) {
                removedAtStart += change.getRemovedSize();
            }
            replaced |= change.wasReplaced();
        }
        if (flow == null || replaced) {
            return; // a new filter: the table starts over at the top
        }
        int before = table.getItems().size() - added + removed;
        IndexedCell<?> last = flow.getLastVisibleCell();
        boolean wasAtEnd = before == 0 || last == null || last.getIndex() >= before - 1;
        if (wasAtEnd && added > 0) {
            if (flow.getCellCount() == table.getItems().size()) {
                table.scrollTo(table.getItems().size() - 1);
            } else {
                endPending = true;
            }
        } else if (removedAtStart > 0) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            if (first != null && first.getIndex() >= 0) {
                flow.scrollToTop(Math.max(0, first.getIndex() - removedAtStart));
            }
        }
    }

    private void scrollToEndIfPending() {
        if (endPending) {
            endPending = false;
            table.scrollTo(table.getItems().size() - 1);
        }
    }
}
