package dev.berth.ui;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

import java.util.function.Supplier;

/**
 * Tooltips made when the pointer first enters their control rather than with the control: a window holds many
 * buttons and table cells that are never hovered, each tooltip is a popup of its own, and making them all slowed
 * Berth's start and a table's first rows.
 */
public final class HoverTooltips {
    private HoverTooltips() {
    }

    /** Shows {@code text} (read again on each entry; null or "" for none) as {@code control}'s tooltip. */
    public static void install(Control control, Supplier<String> text) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, event -> show(control, text.get()));
    }

    /** A text that changed while a tooltip exists (a table cell given another row): the tooltip follows. */
    public static void update(Control control, String text) {
        if (control.getTooltip() != null) {
            show(control, text);
        }
    }

    private static void show(Control control, String text) {
        if (text == null || text.isEmpty()) {
            control.setTooltip(null);
        } else if (control.getTooltip() == null) {
            control.setTooltip(new Tooltip(text));
        } else {
            control.getTooltip().setText(text);
        }
    }
}
