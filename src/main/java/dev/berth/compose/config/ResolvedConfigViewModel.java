package dev.berth.compose.config;

import dev.berth.compose.model.ComposeProblem;
import dev.berth.compose.model.ComposeProject;
import dev.berth.ui.concurrent.LatestAnswer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * A project's configuration as the loader resolved it ({@code docker compose config}) beside the text of its own
 * files, with the loader's warnings; for files that cannot be loaded, every problem with its place instead. The
 * files are read off the UI thread; only the newest request's answer is shown. Changes on {@code ui} only.
 */
public final class ResolvedConfigViewModel {
    private final Executor io;
    private final Function<ComposeProject, String> writer;
    private final LatestAnswer<Shown> answers;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown", Shown.NOTHING);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private List<Path> showing = List.of();
    private ComposeProject showingProject;
    private List<ComposeProblem> showingProblems = List.of();

    /** What the page shows. */
    public record Shown(List<SourceFile> files, String resolved, List<String> warnings,
                        List<ComposeProblem> problems) {
        static final Shown NOTHING = new Shown(List.of(), "", List.of(), List.of());

        public Shown {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
            problems = List.copyOf(problems);
        }
    }

    /** One of the project's files and its text (or why it could not be read). */
    public record SourceFile(Path path, String text) {
    }

    /** @param writer the resolved project as {@code docker compose config} prints it */
    public ResolvedConfigViewModel(Executor io, Executor ui, Function<ComposeProject, String> writer) {
        this.io = io;
        this.writer = writer;
        this.answers = new LatestAnswer<>(ui, this::showAnswer, failure -> status.set(
                "The configuration could not be shown: " + failure.getMessage()));
        status.set(noFileText());
    }

    /**
     * Shows a project's files and what they resolve to (or their problems); no files for a project started
     * elsewhere. Showing the same again reads nothing.
     */
    public void show(List<Path> files, ComposeProject project, List<ComposeProblem> problems) {
        if (files.equals(showing) && Objects.equals(project, showingProject) && problems.equals(showingProblems)) {
            return;
        }
        showing = List.copyOf(files);
        showingProject = project;
        showingProblems = List.copyOf(problems);
        if (files.isEmpty()) {
            answers.supersede();
            shown.set(Shown.NOTHING);
            status.set(noFileText());
            return;
        }
        status.set("Reading " + files.get(0).getFileName() + "…");
        answers.submit(CompletableFuture.supplyAsync(() -> new Shown(read(files),
                project == null ? "" : writer.apply(project), project == null ? List.of() : project.warnings(),
                problems), io));
    }

    private void showAnswer(Shown answer) {
        shown.set(answer);
        if (!answer.problems().isEmpty()) {
            int count = answer.problems().size();
            status.set("The files cannot be used: " + (count == 1 ? "one problem" : count + " problems")
                    + ". Nothing is created until they are fixed.");
        } else if (answer.warnings().isEmpty()) {
            status.set("What docker compose config prints for these files.");
        } else {
            int count = answer.warnings().size();
            status.set("What docker compose config prints for these files, with " + (count == 1 ? "a warning."
                    : count + " warnings."));
        }
    }

    private static List<SourceFile> read(List<Path> files) {
        List<SourceFile> read = new ArrayList<>();
        for (Path file : files) {
            try {
                read.add(new SourceFile(file, Files.readString(file)));
            } catch (IOException | UncheckedIOException unreadable) {
                read.add(new SourceFile(file, "# " + file + " could not be read: " + unreadable.getMessage()));
            }
        }
        return read;
    }

    private static String noFileText() {
        return "No compose file is known for this project. Open its file (Ctrl+O) to see its configuration.";
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** A sentence on what the page shows. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The offset in {@code text} where the 1-based {@code line} starts (its end when the text is shorter). */
    public static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int at = 1; at < line; at++) {
            int next = text.indexOf('\n', offset);
            if (next < 0) {
                return text.length();
            }
            offset = next + 1;
        }
        return offset;
    }
}
