package dev.berth.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;

import java.time.Instant;

/** A table cell that says how long ago: "5 minutes ago", following the view's clock ({@link AgeText}). */
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
        AgeText.follow(this, now, this::words);
    }

    @Override
    protected void updateItem(Instant created, boolean empty) {
        super.updateItem(created, empty);
        setText(words(now.getValue()));
    }

    private String words(Instant at) {
        Instant created = getItem();
        if (isEmpty() || created == null) {
            return isEmpty() ? null : unknown;
        }
        return RelativeTime.since(created, at) + " ago";
    }
}
