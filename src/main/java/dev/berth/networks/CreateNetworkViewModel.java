package dev.berth.networks;

import dev.berth.daemon.cli.NetworkCommandLines;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.daemon.networks.NetworkOperations;
import dev.berth.daemon.networks.NetworkSpec;
import dev.berth.ui.form.FieldErrors;
import dev.berth.ui.form.KeyValueRow;
import dev.berth.ui.form.SpecFormModel;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The "Create network" dialog: a form equal to {@code docker network create}, checked as the user types (nothing
 * reaches the engine until it passes), with the live command line. Properties change on the {@code ui} executor.
 */
public final class CreateNetworkViewModel extends SpecFormModel<NetworkSpec, NetworkField> {
    /** Each driver's mode option and its values, the first being the engine's default. */
    static final Map<String, List<String>> MODES = Map.of(
            "macvlan", List.of("bridge", "vepa", "private", "passthru"),
            "ipvlan", List.of("l2", "l3", "l3s"));

    final StringProperty name = new SimpleStringProperty(this, "name", "");
    final StringProperty driver = new SimpleStringProperty(this, "driver", NetworkSpec.DEFAULT_DRIVER);
    final StringProperty subnet = new SimpleStringProperty(this, "subnet", "");
    final StringProperty ipRange = new SimpleStringProperty(this, "ipRange", "");
    final StringProperty gateway = new SimpleStringProperty(this, "gateway", "");
    final StringProperty ipv6Subnet = new SimpleStringProperty(this, "ipv6Subnet", "");
    final StringProperty parent = new SimpleStringProperty(this, "parent", "");
    final StringProperty mode = new SimpleStringProperty(this, "mode", "");
    final BooleanProperty internal = new SimpleBooleanProperty(this, "internal");
    final BooleanProperty attachable = new SimpleBooleanProperty(this, "attachable");
    final BooleanProperty ipv6 = new SimpleBooleanProperty(this, "ipv6");
    final ObservableList<KeyValueRow> labels = FXCollections.observableArrayList(CreateNetworkViewModel::fields);
    final ObservableList<KeyValueRow> options = FXCollections.observableArrayList(CreateNetworkViewModel::fields);

    private final NetworkOperations networks;
    private final List<NetworkInfo> existing;

    /** @param existing the networks the engine has, for the name and the subnet-overlap checks */
    public CreateNetworkViewModel(NetworkOperations networks, List<NetworkInfo> existing, Executor ui) {
        super(ui);
        this.networks = networks;
        this.existing = List.copyOf(existing);
        watch(new Observable[] {name, driver, subnet, ipRange, gateway, ipv6Subnet, parent, mode, internal,
                attachable, ipv6, labels, options}, this::buildSpec, this::findProblems, NetworkCommandLines::create);
        driver.addListener((obs, old, now) -> {
            mode.set(MODES.getOrDefault(now, List.of("")).get(0));
            attachable.set("overlay".equals(now)); // standalone containers join an overlay only if it is attachable
        });
    }

    private static Observable[] fields(KeyValueRow row) {
        return new Observable[] {row.keyProperty(), row.valueProperty()};
    }

    private NetworkSpec buildSpec() {
        Map<String, String> driverOptions = new LinkedHashMap<>();
        if (NetworkSpecValidator.NEEDS_PARENT.contains(driver.get())) {
            driverOptions.put("parent", parent.get().strip());
            String defaultMode = MODES.get(driver.get()).get(0);
            if (!mode.get().isEmpty() && !mode.get().equals(defaultMode)) {
                driverOptions.put(driver.get() + "_mode", mode.get());
            }
        }
        driverOptions.putAll(pairs(options));
        return new NetworkSpec(name.get().strip(), driver.get(), subnet.get().strip(), ipRange.get().strip(),
                gateway.get().strip(), ipv6Subnet.get().strip(), internal.get(), attachable.get(), ipv6.get(),
                pairs(labels), driverOptions);
    }

    private static Map<String, String> pairs(List<KeyValueRow> rows) {
        Map<String, String> out = new LinkedHashMap<>();
        for (KeyValueRow row : rows) {
            if (!row.keyProperty().get().isBlank() || !row.valueProperty().get().isEmpty()) {
                out.put(row.keyProperty().get(), row.valueProperty().get());
            }
        }
        return out;
    }

    private Map<NetworkField, String> findProblems(NetworkSpec spec) {
        return new FieldErrors<>(NetworkField.class).addAll(NetworkSpecValidator.problems(spec, existing))
                .add(NetworkField.LABELS, duplicateKey(labels).map(key -> "The label " + key
                        + " is given twice; keep one."))
                .add(NetworkField.OPTIONS, duplicateKey(options).map(key -> "The option " + key
                        + " is given twice; keep one."))
                .asMap();
    }

    private static Optional<String> duplicateKey(List<KeyValueRow> rows) {
        Set<String> seen = new HashSet<>();
        return rows.stream().map(row -> row.keyProperty().get()).filter(key -> !key.isBlank() && !seen.add(key))
                .findFirst();
    }

    /**
     * Creates the network if the form passes; the engine is not called otherwise.
     *
     * @return the new network's id, or null when nothing was created (the problems or the notice say why)
     */
    public CompletableFuture<String> submit() {
        return send(networks::create, null);
    }
}
