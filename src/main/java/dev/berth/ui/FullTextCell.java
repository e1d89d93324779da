package dev.berth.ui;

import javafx.scene.control.TableCell;

/** A text cell whose tooltip shows the whole text, for columns too narrow for long values. */
public final class FullTextCell<S> extends TableCell<S, String> {

    public FullTextCell() {
        HoverTooltips.install(this, this::getItem);
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        boolean blank = empty || text == null || text.isEmpty();
        setText(blank ? null : text);
        HoverTooltips.update(this, blank ? null : text);
    }
}
