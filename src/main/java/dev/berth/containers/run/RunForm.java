package dev.berth.containers.run;

import dev.berth.daemon.cli.CliWords;
import dev.berth.daemon.cli.ShellWords;
import dev.berth.daemon.containers.RunSpec.MountSpec;
import dev.berth.daemon.containers.RunSpec.PortSpec;
import dev.berth.daemon.containers.RunSpec.RestartPolicy;
import dev.berth.daemon.containers.RunSpec;
import dev.berth.ui.form.KeyValueRow;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Run dialog's fields as properties, and the two ways between them and a {@link RunSpec}. Blank rows the user
 * added but did not fill in are ignored.
 */
public final class RunForm {
    public final StringProperty image = new SimpleStringProperty(this, "image", "");
    public final StringProperty name = new SimpleStringProperty(this, "name", "");
    public final StringProperty entrypoint = new SimpleStringProperty(this, "entrypoint", "");
    /** The command as the user types it after the image, e.g. {@code sh -c 'echo hi'}. */
    public final StringProperty command = new SimpleStringProperty(this, "command", "");
    public final ObservableList<KeyValueRow> env = FXCollections.observableArrayList(KeyValueRow::observables);
    public final ObservableList<PortRow> ports = FXCollections.observableArrayList(PortRow::observables);
    public final BooleanProperty publishAll = new SimpleBooleanProperty(this, "publishAll", false);
    public final ObservableList<MountRow> mounts = FXCollections.observableArrayList(MountRow::observables);
    /** "" is the default bridge. */
    public final StringProperty network = new SimpleStringProperty(this, "network", "");
    public final StringProperty restart = new SimpleStringProperty(this, "restart", RestartPolicy.NO.name());
    public final StringProperty maxRetries = new SimpleStringProperty(this, "maxRetries", "");
    public final ObservableList<KeyValueRow> labels = FXCollections.observableArrayList(KeyValueRow::observables);
    public final StringProperty workingDir = new SimpleStringProperty(this, "workingDir", "");
    public final StringProperty user = new SimpleStringProperty(this, "user", "");
    public final BooleanProperty autoRemove = new SimpleBooleanProperty(this, "autoRemove", false);
    public final BooleanProperty interactive = new SimpleBooleanProperty(this, "interactive", false);
    public final BooleanProperty tty = new SimpleBooleanProperty(this, "tty", false);
    public final BooleanProperty detach = new SimpleBooleanProperty(this, "detach", true);

    /** Everything whose change changes the spec. */
    Observable[] observables() {
        return new Observable[] {image, name, entrypoint, command, env, ports, publishAll, mounts, network, restart,
                maxRetries, labels, workingDir, user, autoRemove, interactive, tty, detach};
    }

    /** Why the command text cannot be split into words (an unclosed quote), if it cannot. */
    Optional<String> commandProblem() {
        try {
            ShellWords.split(command.get());
            return Optional.empty();
        } catch (IllegalArgumentException unclosed) {
            return Optional.of(unclosed.getMessage());
        }
    }

    /** The variables whose secret-looking value the user chose to see. */
    Set<String> revealedVariables() {
        return env.stream().filter(row -> row.revealedProperty().get()).map(row -> row.keyProperty().get().strip())
                .collect(Collectors.toSet());
    }

    RunSpec toSpec() {
        RunSpec.Builder spec = RunSpec.builder(image.get().strip())
                .name(name.get().strip())
                .entrypoint(entrypoint.get().strip())
                .command(commandWords())
                .publishAll(publishAll.get())
                .network(network.get().strip())
                .restart(new RestartPolicy(restart.get(), PortRow.parsePort(maxRetries.get(), 0)))
                .workingDir(workingDir.get().strip())
                .user(user.get().strip())
                .autoRemove(autoRemove.get())
                .interactive(interactive.get())
                .tty(tty.get())
                .detach(detach.get());
        env.stream().filter(row -> !row.isBlank())
                .forEach(row -> spec.addEnv(row.keyProperty().get().strip(), row.valueProperty().get()));
        ports.stream().filter(row -> !row.isBlank()).forEach(row -> spec.addPort(new PortSpec(
                row.hostIpProperty().get().strip(), PortRow.parsePort(row.hostPortProperty().get(), 0),
                PortRow.parsePort(row.containerPortProperty().get(), PortRow.NOT_A_NUMBER),
                row.protocolProperty().get())));
        mounts.stream().filter(row -> !row.isBlank()).forEach(row -> spec.addMount(new MountSpec(
                row.kindProperty().get(), row.sourceProperty().get().strip(), row.targetProperty().get().strip(),
                row.readOnlyProperty().get())));
        Map<String, String> labelMap = new LinkedHashMap<>();
        labels.stream().filter(row -> !row.isBlank())
                .forEach(row -> labelMap.put(row.keyProperty().get().strip(), row.valueProperty().get()));
        return spec.labels(labelMap).build();
    }

    private List<String> commandWords() {
        try {
            return ShellWords.split(command.get());
        } catch (IllegalArgumentException unclosed) {
            return List.of(command.get());
        }
    }

    void fill(RunSpec spec) {
        image.set(spec.image());
        name.set(spec.name());
        entrypoint.set(spec.entrypoint());
        command.set(spec.command().isEmpty() ? "" : CliWords.line(spec.command().toArray(String[]::new)));
        env.setAll(spec.env().stream().map(e -> new KeyValueRow(e.key(), e.value())).toList());
        ports.setAll(spec.ports().stream().map(p -> new PortRow(p.hostIp(), p.hostPort() == 0 ? ""
                : String.valueOf(p.hostPort()), String.valueOf(p.containerPort()), p.protocol())).toList());
        publishAll.set(spec.publishAll());
        mounts.setAll(spec.mounts().stream().map(m -> new MountRow(m.kind(), m.source(), m.target(), m.readOnly()))
                .toList());
        network.set(spec.network());
        restart.set(spec.restart().name());
        maxRetries.set(spec.restart().maxRetries() > 0 ? String.valueOf(spec.restart().maxRetries()) : "");
        List<KeyValueRow> labelRows = new ArrayList<>();
        spec.labels().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(label -> labelRows.add(new KeyValueRow(label.getKey(), label.getValue())));
        labels.setAll(labelRows);
        workingDir.set(spec.workingDir());
        user.set(spec.user());
        autoRemove.set(spec.autoRemove());
        interactive.set(spec.interactive());
        tty.set(spec.tty());
        detach.set(spec.detach());
    }
}
