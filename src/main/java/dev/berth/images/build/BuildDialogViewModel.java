package dev.berth.images.build;

import dev.berth.daemon.Subscription;
import dev.berth.daemon.build.BuildLine;
import dev.berth.daemon.build.BuildOperations;
import dev.berth.daemon.build.BuildOutcome;
import dev.berth.daemon.build.BuildSpec;
import dev.berth.daemon.cli.BuildCommandLine;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.TaskNotices;
import dev.berth.ui.concurrent.UiBatcher;
import dev.berth.ui.form.KeyValueRow;
import dev.berth.ui.form.ShownProblems;
import dev.berth.ui.text.SecretText;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Build dialog: the form, what its Dockerfile offers (build arguments, stages, secrets), the live
 * {@code docker build} line, and one build at a time with its output, current step, cancel and outcome.
 */
public final class BuildDialogViewModel {
    /** Enough for any real build's log; the oldest lines go first beyond it, so memory stays bounded. */
    static final int MAX_LINES = 20_000;

    private final BuildOperations builds;
    private final Executor ui;
    private final Supplier<Instant> clock;
    private final TaskNotices notices;
    private final BuildForm form = new BuildForm();
    private final ReadOnlyObjectWrapper<DockerfileAnalysis> analysis =
            new ReadOnlyObjectWrapper<>(this, "analysis", DockerfileAnalysis.EMPTY);
    private final ReadOnlyStringWrapper commandLine = new ReadOnlyStringWrapper(this, "commandLine", "");
    private final ReadOnlyObjectWrapper<Map<BuildField, String>> problems =
            new ReadOnlyObjectWrapper<>(this, "problems", Map.of());
    private final ShownProblems<BuildField> shownProblems = new ShownProblems<>(problems);
    private final ReadOnlyStringWrapper secretArgsWarning = new ReadOnlyStringWrapper(this, "secretArgsWarning", "");
    private final ReadOnlyStringWrapper buildKitProblem = new ReadOnlyStringWrapper(this, "buildKitProblem", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);
    private final ReadOnlyObjectWrapper<Instant> startedAt = new ReadOnlyObjectWrapper<>(this, "startedAt");
    private final ReadOnlyObjectWrapper<BuildLine> currentStep = new ReadOnlyObjectWrapper<>(this, "currentStep");
    private final NoticeHolder notice = new NoticeHolder();
    private final ObservableList<BuildLine> output = FXCollections.observableArrayList();
    private final ObservableList<DockerfileAnalysis.Arg> offeredArgs = FXCollections.observableArrayList();
    private final UiBatcher<BuildLine> lines;
    private String buildKitUnavailable;
    private Path analysedFile;
    private Subscription build;
    private Consumer<Built> onBuilt = built -> { };

    /** A finished build: the image's id, and the {@code docker build} line it equals. */
    public record Built(String imageId, String commandLine) {
    }

    /** @param notices told how each build ended, unless it was cancelled */
    public BuildDialogViewModel(BuildOperations builds, Executor ui, Supplier<Instant> clock, TaskNotices notices) {
        this.builds = builds;
        this.ui = ui;
        this.clock = clock;
        this.notices = notices;
        this.lines = new UiBatcher<>(ui, this::append);
        InvalidationListener recompute = change -> recompute();
        for (var observable : form.observables()) {
            observable.addListener(recompute);
        }
        recompute();
        builds.buildKitUnavailable().thenAcceptAsync(why -> {
            buildKitUnavailable = why.orElse(null);
            recompute();
        }, ui);
    }

    public BuildForm form() {
        return form;
    }

    /** @param onBuilt told of each successful build, on the UI thread */
    public void setOnBuilt(Consumer<Built> onBuilt) {
        this.onBuilt = Objects.requireNonNull(onBuilt);
    }

    private void recompute() {
        Path file = form.dockerfilePath();
        if (!Objects.equals(file, analysedFile)) {
            analyse(file);
        }
        DockerfileAnalysis read = analysis.get();
        BuildSpec spec = form.toSpec(read.needsBuildKit() ? BuildSpec.Builder.BUILDKIT : BuildSpec.Builder.CLASSIC);
        commandLine.set(form.contextPath() == null ? "" : BuildCommandLine.render(spec));
        problems.set(BuildSpecValidator.problems(form, read));
        buildKitProblem.set(read.needsBuildKit() && buildKitUnavailable != null ? buildKitUnavailable : "");
        List<String> secretLooking = form.buildArgs.stream().map(row -> row.keyProperty().get().strip())
                .filter(key -> !key.isEmpty() && SecretText.looksSecret(key)).toList();
        secretArgsWarning.set(secretLooking.isEmpty() ? "" : String.join(", ", secretLooking)
                + (secretLooking.size() == 1 ? " looks" : " look") + " like a secret. Build arguments stay in the "
                + "image: anyone with the image can read them with `docker history`. Pass secrets with a "
                + "RUN --mount=type=secret in the Dockerfile and a build secret instead.");
        List<String> given = form.buildArgs.stream().map(row -> row.keyProperty().get().strip()).toList();
        Map<String, DockerfileAnalysis.Arg> byName = new LinkedHashMap<>();
        read.args().stream().filter(arg -> !given.contains(arg.name()))
                .forEach(arg -> byName.putIfAbsent(arg.name(), arg));
        offeredArgs.setAll(byName.values());
    }

    /** Reads the Dockerfile again (the user may have edited it) and offers its secrets as rows to fill. */
    private void analyse(Path file) {
        analysedFile = file;
        DockerfileAnalysis read = DockerfileAnalysis.EMPTY;
        if (file != null && Files.isRegularFile(file)) {
            try {
                read = DockerfileAnalysis.of(Files.readString(file));
            } catch (IOException | RuntimeException unreadable) {
                read = DockerfileAnalysis.EMPTY;
            }
        }
        analysis.set(read);
        List<String> present = form.secrets.stream().map(row -> row.keyProperty().get().strip()).toList();
        for (String id : read.secretIds()) {
            if (!present.contains(id)) {
                form.secrets.add(new KeyValueRow(id, ""));
            }
        }
    }

    /** Adds a row for one of the Dockerfile's ARGs, filled with its default. */
    public void offerArg(DockerfileAnalysis.Arg arg) {
        form.buildArgs.add(new KeyValueRow(arg.name(), arg.defaultValue() == null ? "" : arg.defaultValue()));
    }

    /** Starts the build when the form is valid and no build runs; false when nothing was started. */
    public boolean build() {
        analyse(form.dockerfilePath());
        recompute();
        shownProblems.showAll();
        if (running.get() || !problems.get().isEmpty() || !buildKitProblem.get().isEmpty()) {
            return false;
        }
        DockerfileAnalysis read = analysis.get();
        BuildSpec spec = form.toSpec(read.needsBuildKit() ? BuildSpec.Builder.BUILDKIT : BuildSpec.Builder.CLASSIC);
        String line = commandLine.get();
        List<String> tags = spec.tags();
        Path folder = form.contextPath();
        output.clear();
        currentStep.set(null);
        failed.set(false);
        notice.set(null);
        startedAt.set(clock.get());
        running.set(true);
        build = builds.build(spec, lines::add, outcome -> ui.execute(() -> finish(outcome, line, tags, folder)));
        return true;
    }

    /** Stops the running build; the engine (or the CLI) cancels it. */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        build.close();
        build = null;
        lines.flush();
        running.set(false);
        notice.set(new Notice(Notice.Kind.INFO, "Build cancelled.", null));
    }

    /** When the dialog closes: a build nobody watches any more is cancelled. */
    public void close() {
        cancel();
    }

    /** @param tags and {@code folder} as they were when the build started (the form may be edited meanwhile) */
    private void finish(BuildOutcome outcome, String line, List<String> tags, Path folder) {
        if (!running.get()) {
            return; // cancelled meanwhile
        }
        lines.flush();
        running.set(false);
        build = null;
        if (outcome.succeeded()) {
            notice.set(new Notice(Notice.Kind.INFO, "Built image " + shortId(outcome.imageId())
                    + (tags.isEmpty() ? "" : " as " + String.join(", ", tags)) + ".", null));
            onBuilt.accept(new Built(outcome.imageId(), line));
        } else {
            failed.set(true);
            notice.set(Notice.error(outcome.failure()));
        }
        notices.buildFinished(builtName(outcome, tags, folder), Duration.between(startedAt.get(), clock.get()),
                outcome.failure());
    }

    /** What the notice calls the build: its first tag, else the image's id, else (failed untagged) its folder. */
    static String builtName(BuildOutcome outcome, List<String> tags, Path folder) {
        if (!tags.isEmpty()) {
            return tags.get(0);
        }
        if (outcome.imageId() != null) {
            return shortId(outcome.imageId());
        }
        Path name = folder == null ? null : folder.getFileName();
        return name == null ? "an untagged image" : name.toString();
    }

    static String shortId(String id) {
        String bare = id.startsWith("sha256:") ? id.substring(7) : id;
        return bare.length() > 12 ? bare.substring(0, 12) : bare;
    }

    private void append(List<BuildLine> batch) {
        if (!running.get()) {
            return; // output after a cancel is no news
        }
        for (BuildLine line : batch) {
            if (line.kind() == BuildLine.Kind.STEP) {
                currentStep.set(line);
            }
        }
        output.addAll(batch);
        if (output.size() > MAX_LINES) {
            output.remove(0, output.size() - MAX_LINES);
        }
    }

    public ReadOnlyObjectProperty<DockerfileAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty commandLineProperty() {
        return commandLine.getReadOnlyProperty();
    }

    /** The problems the user sees: of the fields left, or all once Build was pressed. */
    public ShownProblems<BuildField> shownProblems() {
        return shownProblems;
    }

    public ReadOnlyObjectProperty<Map<BuildField, String>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty secretArgsWarningProperty() {
        return secretArgsWarning.getReadOnlyProperty();
    }

    /** Why this Dockerfile cannot be built here (it needs BuildKit and no CLI can), or empty. */
    public ReadOnlyStringProperty buildKitProblemProperty() {
        return buildKitProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether the last build failed; its current step is then the one that failed. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> startedAtProperty() {
        return startedAt.getReadOnlyProperty();
    }

    /** The step line being run (the last one the builder started), to highlight in the output. */
    public ReadOnlyObjectProperty<BuildLine> currentStepProperty() {
        return currentStep.getReadOnlyProperty();
    }

    public NoticeHolder notice() {
        return notice;
    }

    public ObservableList<BuildLine> output() {
        return output;
    }

    /** The Dockerfile's ARGs not given yet, each once, with their defaults. */
    public ObservableList<DockerfileAnalysis.Arg> offeredArgs() {
        return offeredArgs;
    }
}
