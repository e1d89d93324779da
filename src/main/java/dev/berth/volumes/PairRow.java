package dev.berth.volumes;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One editable KEY=VALUE line (a driver option or a label) of the create dialog. Kept here rather than shared with
 * the Run dialog's rows, which also mask secrets; see the report for lifting it into the UI kit.
 */
public final class PairRow {
    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");

    public PairRow(String key, String value) {
        this.key.set(key);
        this.value.set(value);
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty valueProperty() {
        return value;
    }

    boolean isBlank() {
        return key.get().isBlank() && value.get().isEmpty();
    }

    Observable[] observables() {
        return new Observable[] {key, value};
    }
}
