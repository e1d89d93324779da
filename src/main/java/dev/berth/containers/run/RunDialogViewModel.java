package dev.berth.containers.run;

import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.cli.RunCommandLine;
import dev.berth.daemon.containers.RunSpec;
import dev.berth.daemon.images.ImageSummary;
import dev.berth.daemon.networks.NetworkSummary;
import dev.berth.daemon.volumes.VolumeSummary;
import dev.berth.ui.DialogSubmission;
import dev.berth.ui.DisplayedCommand;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.form.EnvFile;
import dev.berth.ui.form.FieldErrors;
import dev.berth.ui.form.KeyValueRow;
import dev.berth.ui.form.ShownProblems;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * The Run dialog: a {@link RunForm}, its live `docker run` line and the problems of each field, suggestions from
 * the engine (local images, their EXPOSE ports, networks, volumes), and Run — or, when editing, recreate.
 */
public final class RunDialogViewModel {
    private final EngineGateway gateway;
    private final Executor ui;
    private final Map<Integer, String> hostPortsInUse;
    private final String editedId;
    private final RunForm form = new RunForm();
    private final ReadOnlyObjectWrapper<RunSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ReadOnlyStringWrapper commandLine = new ReadOnlyStringWrapper(this, "commandLine", "");
    private final ReadOnlyObjectWrapper<Map<RunField, String>> problems =
            new ReadOnlyObjectWrapper<>(this, "problems", Map.of());
    private final ShownProblems<RunField> shownProblems = new ShownProblems<>(problems);
    private final ReadOnlyObjectWrapper<DisplayedCommand> displayedCommand =
            new ReadOnlyObjectWrapper<>(this, "displayedCommand", DisplayedCommand.NONE);
    private final DialogSubmission submission;
    private final ObservableList<String> imageSuggestions = FXCollections.observableArrayList();
    private final ObservableList<String> exposedPorts = FXCollections.observableArrayList();
    private final ObservableList<String> exposedPortSuggestions = FXCollections.observableArrayList();
    private final ObservableList<String> networks = FXCollections.observableArrayList();
    private final ObservableList<String> volumes = FXCollections.observableArrayList();

    /**
     * @param hostPortsInUse host port → name of the container publishing it, without the container being edited
     * @param initial        the spec to start from (a blank one, an image's, or the edited container's)
     * @param editedId       the container being edited, or null to run a new one
     */
    public RunDialogViewModel(EngineGateway gateway, Executor ui, Map<Integer, String> hostPortsInUse,
                              RunSpec initial, String editedId) {
        this.gateway = gateway;
        this.ui = ui;
        this.submission = new DialogSubmission(ui);
        this.hostPortsInUse = Map.copyOf(hostPortsInUse);
        this.editedId = editedId;
        form.fill(initial);
        InvalidationListener recompute = change -> recompute();
        for (var observable : form.observables()) {
            observable.addListener(recompute);
        }
        recompute();
        InvalidationListener suggest = change -> suggestUnpublishedPorts();
        exposedPorts.addListener(suggest);
        form.ports.addListener(suggest);
    }

    public RunForm form() {
        return form;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    private void recompute() {
        RunSpec current = form.toSpec();
        spec.set(current);
        commandLine.set(RunCommandLine.render(current));
        displayedCommand.set(current.image().isEmpty() ? DisplayedCommand.NONE
                : DisplayedCommand.revealing(commandLine.get(), form.revealedVariables()));
        problems.set(new FieldErrors<>(RunField.class).addAll(RunSpecValidator.problems(current, hostPortsInUse))
                .add(RunField.COMMAND, form.commandProblem()).asMap());
    }

    /** Asks the engine for what the fields can suggest; answers arrive on the UI executor. */
    public void loadSuggestions() {
        gateway.images().list().thenAcceptAsync(images -> imageSuggestions.setAll(images.stream()
                .map(ImageSummary::repoTags).flatMap(List::stream).sorted().toList()), ui);
        gateway.networks().list().thenAcceptAsync(list -> networks.setAll(list.stream()
                .map(NetworkSummary::name).sorted().toList()), ui);
        gateway.volumes().list().thenAcceptAsync(list -> volumes.setAll(list.stream()
                .map(VolumeSummary::name).sorted().toList()), ui);
        form.image.subscribe(this::loadExposedPorts);
    }

    private void loadExposedPorts(String image) {
        String reference = image == null ? "" : image.strip();
        if (!imageSuggestions.contains(reference) && !imageSuggestions.contains(reference + ":latest")) {
            exposedPorts.clear();
            return;
        }
        gateway.images().exposedPorts(reference).thenAcceptAsync(ports -> {
            if (reference.equals(form.image.get().strip())) {
                exposedPorts.setAll(ports);
            }
        }, ui);
    }

    /** The image's EXPOSE ports that no row publishes yet: once published, a port is no longer offered. */
    private void suggestUnpublishedPorts() {
        Set<String> published = form.ports.stream().map(row -> row.containerPortProperty().get().strip() + "/"
                + row.protocolProperty().get()).collect(Collectors.toSet());
        exposedPortSuggestions.setAll(exposedPorts.stream().filter(port -> !published.contains(port)).toList());
    }

    /** Adds a published port for one of the image's EXPOSE ports ("80/tcp"), host port = container port. */
    public void publishExposed(String exposed) {
        String[] parts = exposed.split("/");
        form.ports.add(new PortRow("", parts[0], parts[0], parts.length > 1 ? parts[1] : "tcp"));
    }

    /** Adds the variables of a `.env` file's text; a malformed line becomes a notice and adds nothing. */
    public void importEnvFile(String content) {
        try {
            EnvFile.parseEnvFile(content).forEach(variable -> form.env.add(new KeyValueRow(variable.key(),
                    variable.value())));
        } catch (IllegalArgumentException malformed) {
            submission.notice().set(new Notice(Notice.Kind.ERROR, malformed.getMessage(), "Fix the file and import it again."));
        }
    }

    /** Fills the form from a pasted `docker run …` line. */
    public void pasteCommandLine(String line) {
        try {
            form.fill(RunCommandLine.parse(line));
            submission.notice().set(null);
        } catch (IllegalArgumentException unreadable) {
            submission.notice().set(new Notice(Notice.Kind.ERROR, unreadable.getMessage(), null));
        }
    }

    /**
     * Runs (or recreates) the container when every field is valid. Completes with the new container's id, or
     * with null when nothing was sent (invalid input, or already busy); failures land in {@link #noticeProperty}.
     */
    public CompletableFuture<String> submit() {
        shownProblems.showAll();
        if (!problems.get().isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        RunSpec toRun = spec.get();
        return submission.run(() -> isEditing() ? gateway.containers().recreate(editedId, toRun)
                : gateway.containers().run(toRun), null);
    }

    public Optional<String> problemOf(RunField field) {
        return Optional.ofNullable(problems.get().get(field));
    }

    public ReadOnlyObjectProperty<RunSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty commandLineProperty() {
        return commandLine.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<RunField, String>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** The problems the user sees: of the fields left, or all once Run was pressed. */
    public ShownProblems<RunField> shownProblems() {
        return shownProblems;
    }

    /**
     * The live line as the dialog shows it: none until there is an image; secret-looking values masked unless the
     * user revealed them in the form.
     */
    public ReadOnlyObjectProperty<DisplayedCommand> displayedCommandProperty() {
        return displayedCommand.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return submission.busyProperty();
    }

    public NoticeHolder notice() {
        return submission.notice();
    }

    public ObservableList<String> imageSuggestions() {
        return imageSuggestions;
    }

    /** The image's EXPOSE ports ("80/tcp") not yet published by a port row. */
    public ObservableList<String> exposedPortSuggestions() {
        return exposedPortSuggestions;
    }

    public ObservableList<String> networks() {
        return networks;
    }

    public ObservableList<String> volumes() {
        return volumes;
    }
}
