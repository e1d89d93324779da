package dev.berth.ui;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import java.util.function.IntConsumer;

/**
 * Follows the newest row of a list or table by the {@link TailFollowing} rule: it tells the rule what the user did
 * (wheel, keys, scroll bar) and what the rows did, and moves the list as the rule answers.
 * <p>
 * The scroll to the newest row waits until the list's VirtualFlow has counted the new rows, inside the layout pass,
 * so that the list is laid out once per pulse and not once more for the scroll. After each pass, while following, it
 * also keeps the newest row fully in view: the viewport can shrink after the scroll (a count appears under a table, a
 * long line brings the horizontal scroll bar) and rows can be taller than the flow estimated, either of which leaves
 * the end a row below the edge; it scrolls again a few passes in a row at most, so that it cannot loop.
 */
public final class TailScrolling {
    private static final KeyCombination SELECT_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);
    private static final int MAX_CORRECTIONS = 3;

    private final Control control;
    private final ObservableList<?> rows;
    private final IntConsumer scrollTo;
    private final TailFollowing rule;
    private final Runnable afterLayout = this::keepEndInView;
    private VirtualFlow<?> flow;
    private ScrollBar bar;
    /** The view itself is moving the list, which can pass the end: that is not the user coming back to it. */
    private boolean rearranging;
    private int corrections;

    /** @param following the view model's "follow the newest line" flag, which this sets and clears */
    public TailScrolling(ListView<?> list, BooleanProperty following) {
        this(list, list.getItems(), list::scrollTo, following);
    }

    public TailScrolling(ListView<?> list) {
        this(list, new SimpleBooleanProperty(true));
    }

    public TailScrolling(TableView<?> table) {
        this(table, table.getItems(), table::scrollTo, new SimpleBooleanProperty(true));
    }

    private TailScrolling(Control control, ObservableList<?> rows, IntConsumer scrollTo, BooleanProperty following) {
        this.control = control;
        this.rows = rows;
        this.scrollTo = scrollTo;
        this.rule = new TailFollowing(following);
        rows.addListener(this::rowsChanged);
        control.addEventFilter(ScrollEvent.SCROLL, event -> {
            if (event.getDeltaY() > 0) {
                rule.stop();
            }
        });
        control.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        control.skinProperty().subscribe(skin -> attach());
        control.sceneProperty().subscribe((old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
        if (control.getScene() != null) {
            control.getScene().addPostLayoutPulseListener(afterLayout);
        }
    }

    /** Follows the newest row again and scrolls there (End, a jump-to-end button, typing in a console). */
    public void follow() {
        rule.follow();
        toEnd();
    }

    /** Stays where the view is as rows come and go (e.g. the rows were filtered anew). */
    public void stop() {
        rule.stop();
    }

    /** Shows {@code row} in the middle of the list, leaving the end. */
    public void reveal(int row) {
        rule.stop();
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        int visible = first == null || last == null ? 10 : last.getIndex() - first.getIndex();
        scrollTo.accept(Math.max(0, row - visible / 2));
    }

    /**
     * Runs {@code change}, which gives the list more rows above the ones shown, and lays the list out at once with
     * the newest row still at the bottom, so that the scroll or key that stopped following moves on from there.
     */
    public void growAboveEnd(Runnable change) {
        change.run();
        int size = rows.size();
        if (flow == null || control.getScene() == null || size == 0) {
            return;
        }
        rearranging = true;
        try {
            control.layout(); // the flow learns the new row count now
            flow.scrollTo(size - 1);
            control.layout();
        } finally {
            rearranging = false;
        }
    }

    private void keyPressed(KeyEvent event) {
        switch (event.getCode()) {
            case UP, KP_UP, PAGE_UP, HOME -> rule.stop();
            case END -> follow();
            default -> {
                if (SELECT_ALL.match(event)) {
                    rule.stop(); // every row is selected, not only the newest ones
                }
            }
        }
    }

    private void attach() {
        if (control.getSkin() == null) {
            return;
        }
        for (Node node : control.lookupAll(".virtual-flow")) {
            if (node instanceof VirtualFlow<?> found && found != flow) {
                flow = found;
                // the skin tells the flow the new row count during its layout: the end is known from then on
                flow.cellCountProperty().addListener((obs, old, now) -> {
                    if (rule.takeEndScroll()) {
                        toEnd();
                    }
                });
            }
        }
        for (Node node : control.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar found && found != bar && found.getOrientation() == Orientation.VERTICAL) {
                bar = found;
                bar.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> rule.stop());
                bar.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> reachedEndIfThere());
                bar.valueProperty().addListener((obs, old, now) -> reachedEndIfThere());
            }
        }
    }

    private void rowsChanged(ListChangeListener.Change<?> change) {
        int droppedAtStart = 0;
        int appended = 0;
        while (change.next()) {
            if (change.wasRemoved() && !change.wasAdded() && change.getFrom() == 0) {
                droppedAtStart += change.getRemovedSize();
            } else if (change.wasAdded() && !change.wasRemoved() && change.getTo() == rows.size()) {
                appended += change.getAddedSize();
            }
        }
        boolean countChanged = flow == null || flow.getCellCount() != rows.size();
        boolean showedAllRows = bar == null || !bar.isVisible();
        int moveUp = rule.rowsChanged(droppedAtStart, appended, countChanged, showedAllRows);
        if (moveUp > 0 && flow != null) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            if (first != null && first.getIndex() >= 0) {
                flow.scrollToTop(Math.max(0, first.getIndex() - moveUp));
            }
        }
    }

    private void reachedEndIfThere() {
        if (!rearranging && !rule.isFollowing() && bar.getValue() >= bar.getMax() - 0.5 && lastRowShown()) {
            rule.reachedEnd();
        }
    }

    private boolean lastRowShown() {
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        return last != null && last.getIndex() >= rows.size() - 1;
    }

    private void toEnd() {
        int size = rows.size();
        if (size > 0) {
            scrollTo.accept(size - 1);
        }
    }

    private void keepEndInView() {
        int count = flow == null ? 0 : flow.getCellCount();
        if (!rule.isFollowing() || count == 0 || lastRowFullyShown(count)) {
            corrections = 0;
        } else if (corrections++ < MAX_CORRECTIONS) {
            flow.scrollTo(count - 1);
            Platform.requestNextPulse();
        }
    }

    private boolean lastRowFullyShown(int count) {
        IndexedCell<?> last = flow.getLastVisibleCell();
        Node viewport = flow.lookup(".clipped-container");
        if (last == null || viewport == null || last.getIndex() < count - 1) {
            return false;
        }
        double bottom = last.localToScene(last.getLayoutBounds()).getMaxY();
        return bottom <= viewport.localToScene(viewport.getLayoutBounds()).getMaxY() + 0.5;
    }
}
