package dev.berth.containers.run;

import dev.berth.daemon.containers.RunSpec.MountSpec.Kind;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable mount: a named volume or a host folder, where it appears in the container, read-only or not. */
public final class MountRow {
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.VOLUME);
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly", false);

    public MountRow(Kind kind, String source, String target, boolean readOnly) {
        this.kind.set(kind);
        this.source.set(source);
        this.target.set(target);
        this.readOnly.set(readOnly);
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    boolean isBlank() {
        return source.get().isBlank() && target.get().isBlank();
    }

    Observable[] observables() {
        return new Observable[] {kind, source, target, readOnly};
    }
}
