package dev.berth.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;

import java.time.Instant;

/** A table cell that says how long ago: "5 minutes ago", re-rendered as the view's clock ticks. */
public final class AgeCell<S> extends TableCell<S, Instant> {
    private final ObservableValue<Instant> now;
    private final String unknown;

    /** A cell that stays blank for a row whose time is unknown. */
    public AgeCell(ObservableValue<Instant> now) {
        this(now, null);
    }

    /** @param unknown shown for a row whose time is unknown (some engines report none, e.g. for old volumes) */
    public AgeCell(ObservableValue<Instant> now, String unknown) {
        this.now = now;
        this.unknown = unknown;
    }

    @Override
    protected void updateItem(Instant created, boolean empty) {
        super.updateItem(created, empty);
        textProperty().unbind();
        if (empty || created == null) {
            setText(empty ? null : unknown);
        } else {
            textProperty().bind(Bindings.createStringBinding(
                    () -> RelativeTime.since(created, now.getValue()) + " ago", now));
        }
    }
}
