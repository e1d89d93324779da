package dev.berth.logs;

import dev.berth.daemon.logs.LogLine;
import dev.berth.ui.EndInView;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * "Follow the bottom" for the log list, as terminals do it: while the newest line is in view, new lines scroll it
 * along; once the user scrolls up (wheel, keys, scroll bar) the view stays where they are, even as the buffer drops
 * lines above them; scrolling back down to the end sticks to the bottom again.
 * <p>
 * The list's VirtualFlow walks its whole item count on every layout, so while it follows the list holds only the
 * newest rows ({@link LogTailWindow}), and leaving the bottom gives it all of them, with the newest line still where
 * it was. The scroll to the end is made so that the list is laid out once per pulse, not once more for the scroll.
 */
final class LogScrolling {
    private static final KeyCombination SELECT_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);

    private final ListView<LogLine> list;
    private final LogTailWindow rows;
    private final LogViewModel model;
    private VirtualFlow<?> flow;
    private ScrollBar bar;
    /** New rows arrived while following, and the flow has not counted them yet: scroll once it has. */
    private boolean endPending;
    /** The list is being given all rows at the bottom, where it was: that is not the user coming back down. */
    private boolean showingAllRows;

    LogScrolling(ListView<LogLine> list, LogTailWindow rows, LogViewModel model) {
        this.list = list;
        this.rows = rows;
        this.model = model;
        rows.setWindowed(model.autoScrollProperty().get());
        list.getItems().addListener(this::linesChanged);
        list.addEventFilter(ScrollEvent.SCROLL, event -> {
            if (event.getDeltaY() > 0) {
                model.autoScrollProperty().set(false);
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case UP, PAGE_UP, HOME, KP_UP -> model.autoScrollProperty().set(false);
                default -> {
                    if (SELECT_ALL.match(event)) {
                        model.autoScrollProperty().set(false); // select every kept line, not the newest rows
                    }
                }
            }
        });
        list.skinProperty().subscribe(skin -> attach());
        new EndInView(list, () -> flow, () -> model.autoScrollProperty().get());
        model.autoScrollProperty().addListener((obs, old, now) -> {
            if (now) {
                rows.setWindowed(true);
                toEnd();
            } else {
                showAllRows();
            }
        });
    }

    /**
     * The user left the bottom: the list gets every row, laid out at once with the newest line at the bottom as
     * before, so that the scroll, key or search that left it moves from there.
     */
    private void showAllRows() {
        if (!rows.windowed()) {
            return;
        }
        rows.setWindowed(false);
        int size = list.getItems().size();
        if (flow != null && list.getScene() != null && size > 0) {
            showingAllRows = true;
            try {
                list.layout(); // the flow learns the new row count now
                flow.scrollTo(size - 1);
                list.layout();
            } finally {
                showingAllRows = false;
            }
        }
    }

    private void attach() {
        if (list.getSkin() == null) {
            return;
        }
        for (Node node : list.lookupAll(".virtual-flow")) {
            if (node instanceof VirtualFlow<?> found && found != flow) {
                flow = found;
                // the skin tells the flow the new row count during its layout: the end is known from then on
                flow.cellCountProperty().addListener((obs, old, now) -> scrollToEndIfPending());
            }
        }
        for (Node node : list.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar scrollBar && scrollBar.getOrientation() == Orientation.VERTICAL) {
                bar = scrollBar;
                bar.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> model.autoScrollProperty().set(false));
                bar.valueProperty().addListener((obs, old, now) -> stickIfAtBottom());
            }
        }
    }

    private void linesChanged(ListChangeListener.Change<? extends LogLine> change) {
        int removedAtStart = 0;
        while (change.next()) {
            if (change.wasRemoved() && change.getFrom() == 0 && !change.wasAdded()) {
                removedAtStart += change.getRemovedSize();
            }
        }
        if (model.autoScrollProperty().get()) {
            if (flow != null && flow.getCellCount() == list.getItems().size()) {
                // a full buffer: as many rows as before, and the flow keeps its rows by index, so the last rows
                // show the newest lines without any scrolling (a scroll would cost the flow a walk over all rows)
                return;
            }
            endPending = true; // scrolling before the flow has counted the new rows would fall short
        } else if (removedAtStart > 0 && flow != null) {
            keepPlace(removedAtStart);
        }
    }

    private void scrollToEndIfPending() {
        if (endPending) {
            endPending = false;
            toEnd();
        }
    }

    /** A user who scrolled back down to the newest line wants to follow it again. */
    private void stickIfAtBottom() {
        if (!showingAllRows && !model.autoScrollProperty().get() && bar != null
                && bar.getValue() >= bar.getMax() - 0.5
                && lastRowVisible()) {
            model.autoScrollProperty().set(true);
        }
    }

    private boolean lastRowVisible() {
        if (flow == null) {
            return false;
        }
        IndexedCell<?> last = flow.getLastVisibleCell();
        return last != null && last.getIndex() >= list.getItems().size() - 1;
    }

    /** The buffer dropped lines above the ones being read: move up with them, so the text does not slide away. */
    private void keepPlace(int removed) {
        IndexedCell<?> first = flow.getFirstVisibleCell();
        if (first != null && first.getIndex() >= 0) {
            flow.scrollToTop(Math.max(0, first.getIndex() - removed));
        }
    }

    void toEnd() {
        int size = list.getItems().size();
        if (size > 0) {
            list.scrollTo(size - 1);
        }
    }

    /** Shows {@code row} in the middle of the list, leaving "follow the bottom". */
    void reveal(int row) {
        model.autoScrollProperty().set(false);
        int visible = flow == null || flow.getLastVisibleCell() == null || flow.getFirstVisibleCell() == null ? 10
                : flow.getLastVisibleCell().getIndex() - flow.getFirstVisibleCell().getIndex();
        list.scrollTo(Math.max(0, row - visible / 2));
    }
}
