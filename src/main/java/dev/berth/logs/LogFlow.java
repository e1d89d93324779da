package dev.berth.logs;

import dev.berth.daemon.logs.LogLine;
import javafx.css.PseudoClass;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.control.skin.VirtualFlow;

import java.util.Set;

/**
 * The log list's rows, laid out as a ListView does, less one cost: VirtualFlow runs CSS over every row it gives
 * another line ({@code setCellIndex}: a row that needs layout gets {@code applyCss}, itself and all its nodes), so
 * that the row is sized with its styles. A followed log gives every row on screen another line ten times a second,
 * so that CSS would run over every row on screen each time. A {@link LogCell} that shows another line in the same
 * style classes, nodes and pseudo-classes is styled as it was, so it skips that; one whose look changed (stderr, a
 * marker, a new coloured run, a highlight, selection) still gets it before it is sized, as VirtualFlow would.
 */
final class LogFlow extends VirtualFlow<ListCell<LogLine>> {

    /** The skin that lays the list out with a {@link LogFlow}. */
    static ListViewSkin<LogLine> skin(ListView<LogLine> list) {
        return new ListViewSkin<>(list) {
            @Override
            protected VirtualFlow<ListCell<LogLine>> createVirtualFlow() {
                return new LogFlow();
            }
        };
    }

    @Override
    protected void setCellIndex(ListCell<LogLine> cell, int index) {
        if (!(cell instanceof LogCell row) || row.getScene() == null) {
            super.setCellIndex(cell, index);
            return;
        }
        Set<PseudoClass> before = Set.copyOf(row.getPseudoClassStates());
        row.updateIndex(index);
        boolean restyled = row.takeRestyled(); // a new row answers true: it was never styled
        if (restyled || !before.equals(row.getPseudoClassStates())) {
            row.applyCss();
        }
    }
}
