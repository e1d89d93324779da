package dev.berth.ui.text;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;

/** A list row of terminal text: a {@link StyledLine} as its content and no text of its own (logs, the console). */
public abstract class StyledLineCell<T> extends ListCell<T> {
    protected final StyledLine line = new StyledLine();

    protected StyledLineCell(String styleClass) {
        getStyleClass().add(styleClass);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setText(null);
    }
}
