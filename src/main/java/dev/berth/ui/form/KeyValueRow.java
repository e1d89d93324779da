package dev.berth.ui.form;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable KEY=VALUE line of the Run dialog (environment variable or label). */
public final class KeyValueRow {
    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed", false);

    public KeyValueRow(String key, String value) {
        this.key.set(key);
        this.value.set(value);
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** Whether a secret-looking value is shown in clear; masked by default. */
    public BooleanProperty revealedProperty() {
        return revealed;
    }

    /** A blank line the user added but has not filled in yet; it does not count. */
    public boolean isBlank() {
        return key.get().isBlank() && value.get().isEmpty();
    }

    /** What a list of rows watches: the text, and whether the value is revealed (a live line reveals it too). */
    public Observable[] observables() {
        return new Observable[] {key, value, revealed};
    }
}
