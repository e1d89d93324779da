package dev.berth.volumes;

import dev.berth.daemon.cli.VolumeCommandLines;
import dev.berth.daemon.volumes.VolumeOperations;
import dev.berth.daemon.volumes.VolumeSpec;
import dev.berth.daemon.volumes.VolumeSummary;
import dev.berth.ui.form.KeyValueRow;
import dev.berth.ui.form.SpecFormModel;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The "Create volume" form: name, driver, driver options and labels, checked as the user types, with the live
 * `docker volume create` line. Nothing is sent while {@link #problemProperty()} says something.
 */
public final class VolumeCreateViewModel extends SpecFormModel<VolumeSpec, VolumeField> {
    private final VolumeOperations volumes;
    private final Set<String> existing;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty driver = new SimpleStringProperty(this, "driver", "local");
    private final ObservableList<KeyValueRow> options = FXCollections.observableArrayList(VolumeCreateViewModel::observed);
    private final ObservableList<KeyValueRow> labels = FXCollections.observableArrayList(VolumeCreateViewModel::observed);
    private final StringBinding problem;

    /** @param existing the names of the volumes there are, so a taken name is caught before the engine is asked */
    public VolumeCreateViewModel(VolumeOperations volumes, Executor ui, List<String> existing) {
        super(ui);
        this.volumes = volumes;
        this.existing = new HashSet<>(existing);
        watch(new Observable[] {name, driver, options, labels}, this::buildSpec,
                spec -> VolumeSpecValidator.problems(name.get(), driver.get(), options, labels, this.existing),
                VolumeCommandLines::create);
        // The dialog has one line for problems: the first, in the order it shows its fields.
        problem = Bindings.createStringBinding(() -> problemsProperty().get().values().stream().findFirst()
                .orElse(""), problemsProperty());
    }

    private static Observable[] observed(KeyValueRow row) {
        return new Observable[] {row.keyProperty(), row.valueProperty()};
    }

    /** The form as the engine gets it; blank lines are left out. */
    private VolumeSpec buildSpec() {
        return new VolumeSpec(name.get(), driver.get(), pairs(options), pairs(labels));
    }

    private static Map<String, String> pairs(List<KeyValueRow> rows) {
        Map<String, String> out = new LinkedHashMap<>();
        rows.stream().filter(row -> !VolumeSpecValidator.isBlank(row))
                .forEach(row -> out.put(row.keyProperty().get().strip(), row.valueProperty().get()));
        return out;
    }

    /** Creates the volume; answers it when made, or null when refused (the notice then says why). */
    public CompletableFuture<VolumeSummary> submit() {
        return send(volumes::create, null);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty driverProperty() {
        return driver;
    }

    public ObservableList<KeyValueRow> options() {
        return options;
    }

    public ObservableList<KeyValueRow> labels() {
        return labels;
    }

    /** What is wrong with the form, or "" when it can be sent. */
    public StringBinding problemProperty() {
        return problem;
    }
}
