package dev.berth.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Keeps a virtualized list's newest row fully in view once it was scrolled there. The viewport can shrink after the
 * scroll (a count appears under a table, a long line brings the horizontal scroll bar) and the rows' real heights can
 * differ from the flow's estimate, either of which leaves the end a row below the edge. After each layout pulse,
 * while {@code wanted} says so and the last row is not fully visible, it scrolls to it again, a few pulses in a row at
 * most, so it cannot loop.
 */
public final class EndInView {
    private static final int MAX_CORRECTIONS = 3;

    private final Supplier<VirtualFlow<?>> flow;
    private final BooleanSupplier wanted;
    private final Runnable afterLayout = this::check;
    private int corrections;

    public EndInView(Control control, Supplier<VirtualFlow<?>> flow, BooleanSupplier wanted) {
        this.flow = flow;
        this.wanted = wanted;
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

    private void check() {
        VirtualFlow<?> current = flow.get();
        int rows = current == null ? 0 : current.getCellCount();
        if (!wanted.getAsBoolean() || rows == 0 || lastRowFullyVisible(current, rows)) {
            corrections = 0;
        } else if (corrections++ < MAX_CORRECTIONS) {
            current.scrollTo(rows - 1);
            Platform.requestNextPulse();
        }
    }

    private static boolean lastRowFullyVisible(VirtualFlow<?> flow, int rows) {
        IndexedCell<?> last = flow.getLastVisibleCell();
        Node viewport = flow.lookup(".clipped-container");
        if (last == null || viewport == null || last.getIndex() < rows - 1) {
            return false;
        }
        double bottom = last.localToScene(last.getLayoutBounds()).getMaxY();
        return bottom <= viewport.localToScene(viewport.getLayoutBounds()).getMaxY() + 0.5;
    }
}
