package dev.berth.events;

import dev.berth.ui.EndInView;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Nothing jumps when rows arrive: while the newest row is in view, new rows scroll it along; otherwise the rows the
 * user reads stay where they are, even as the feed drops its oldest rows above them. Followed, the newest row stays
 * fully in view, also when the table shrinks after the scroll (the count under it appears with the first rows).
 */
final class EventsScrolling {
    private final TableView<?> table;
    private VirtualFlow<?> flow;
    /** Rows arrived while the end was in view; scroll once the flow has counted them. */
    private boolean endPending;
    /** The last rows scrolled the end into view, and the user has not moved since: keep it fully in view. */
    private boolean followsEnd = true;

    EventsScrolling(TableView<?> table) {
        this.table = table;
        table.getItems().addListener(this::rowsChanged);
        table.skinProperty().subscribe(skin -> attach());
        new EndInView(table, () -> flow, () -> followsEnd);
        table.addEventFilter(ScrollEvent.SCROLL, event -> followsEnd &= event.getDeltaY() <= 0);
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case UP, PAGE_UP, HOME, KP_UP -> followsEnd = false;
                default -> { }
            }
        });
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> followsEnd = false);
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
            followsEnd = false;
            return; // a new filter: the table starts over at the top
        }
        int before = table.getItems().size() - added + removed;
        IndexedCell<?> last = flow.getLastVisibleCell();
        boolean wasAtEnd = before == 0 || last == null || last.getIndex() >= before - 1;
        if (wasAtEnd && added > 0) {
            followsEnd = true;
            if (flow.getCellCount() == table.getItems().size()) {
                table.scrollTo(table.getItems().size() - 1);
            } else {
                endPending = true;
            }
        } else {
            followsEnd &= wasAtEnd;
            if (removedAtStart > 0) {
                IndexedCell<?> first = flow.getFirstVisibleCell();
                if (first != null && first.getIndex() >= 0) {
                    flow.scrollToTop(Math.max(0, first.getIndex() - removedAtStart));
                }
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
