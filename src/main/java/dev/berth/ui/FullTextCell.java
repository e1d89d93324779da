package dev.berth.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A text cell whose tooltip shows the whole text, for columns too narrow for long values. */
public final class FullTextCell<S> extends TableCell<S, String> {
    private final Tooltip tooltip = new Tooltip();

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        boolean blank = empty || text == null || text.isEmpty();
        setText(blank ? null : text);
        tooltip.setText(text);
        setTooltip(blank ? null : tooltip);
    }
}
