package dev.berth.compose;

import dev.berth.compose.actions.ProjectState;
import dev.berth.compose.model.ComposeProblem;
import dev.berth.compose.model.ComposeProject;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One project in the section's list. It lives as long as its project does (a refresh updates it in place, so the
 * table neither blinks nor loses the selection) and changes on the UI thread only.
 */
public final class ProjectRow {
    private final String key;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ReadOnlyObjectWrapper<ProjectEntry> entry = new ReadOnlyObjectWrapper<>(this, "entry");
    private final ReadOnlyObjectWrapper<ComposeActivity> activity = new ReadOnlyObjectWrapper<>(this, "activity");
    private final ObjectBinding<ProjectStatus> status;
    private final ObservableValue<Boolean> busy = activity.flatMap(ComposeActivity::runningProperty).orElse(false);

    ProjectRow(ProjectEntry first) {
        key = first.key();
        entry.set(first);
        name.set(first.name());
        status = Bindings.createObjectBinding(this::computeStatus, entry);
    }

    void update(ProjectEntry latest) {
        if (!latest.equals(entry.get())) {
            entry.set(latest);
            name.set(latest.name());
        }
    }

    private ProjectStatus computeStatus() {
        FileProject file = entry.get().file();
        if (file != null && file.loading() && entry.get().engine() == null) {
            return ProjectStatus.LOADING;
        }
        return ProjectStatus.of(entry.get().engine(), file == null ? null : file.project(),
                file != null && !file.problems().isEmpty());
    }

    /** What changes a row, for the list's extractor. */
    Observable[] observables() {
        return new Observable[] {entry, activity};
    }

    String key() {
        return key;
    }

    public String name() {
        return name.get();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ProjectEntry> entryProperty() {
        return entry.getReadOnlyProperty();
    }

    public ObjectBinding<ProjectStatus> statusProperty() {
        return status;
    }

    /** The project on the engine, or null when it has nothing there. */
    public ProjectState engine() {
        return entry.get().engine();
    }

    /** Whether the user opened this project from its files (so it stays listed when nothing of it is on the engine). */
    public boolean isOpenedFromFiles() {
        return entry.get().file() != null;
    }

    /** The files it was opened from, or the files the engine's labels name; empty when neither says. */
    public List<Path> files() {
        FileProject file = entry.get().file();
        if (file != null) {
            return file.files();
        }
        ProjectState engine = engine();
        return engine == null ? List.of() : ProjectListing.configFilesOf(engine);
    }

    /** The resolved project of its files, or null (not read yet, wrong, or a project known only by its labels). */
    public ComposeProject resolved() {
        FileProject file = entry.get().file();
        return file == null ? null : file.project();
    }

    /** Why its files cannot be loaded; empty when they can (or were not read). */
    public List<ComposeProblem> problems() {
        FileProject file = entry.get().file();
        return file == null ? List.of() : file.problems();
    }

    /** A project known only through its labels whose compose files are still on this machine. */
    public boolean canLoadItsFiles() {
        return entry.get().file() == null && entry.get().filesOnDisk();
    }

    /** "/home/me/app/compose.yaml" (the first file, and how many more), or where the engine says it was started. */
    public String whereText() {
        List<Path> files = files();
        if (!files.isEmpty()) {
            return files.get(0) + (files.size() > 1 ? " (+" + (files.size() - 1) + ")" : "");
        }
        ProjectState engine = engine();
        return engine == null || engine.workingDir().isEmpty() ? "Started elsewhere; no file is known"
                : engine.workingDir();
    }

    /** The action running now or the last one, or null. */
    public ReadOnlyObjectProperty<ComposeActivity> activityProperty() {
        return activity.getReadOnlyProperty();
    }

    void setActivity(ComposeActivity latest) {
        activity.set(latest);
    }

    /** Whether an action runs on the project now. */
    public boolean isBusy() {
        ComposeActivity now = activity.get();
        return now != null && now.runningProperty().get();
    }

    /** Follows {@link #isBusy()}. */
    public ObservableValue<Boolean> busyProperty() {
        return busy;
    }

    boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String needle = query.strip().toLowerCase(Locale.ROOT);
        return name().toLowerCase(Locale.ROOT).contains(needle)
                || whereText().toLowerCase(Locale.ROOT).contains(needle)
                || (engine() != null && engine().containers().stream()
                .anyMatch(container -> container.service().toLowerCase(Locale.ROOT).contains(needle)));
    }

    @Override
    public String toString() {
        return "ProjectRow[" + name() + ", " + Objects.toString(status.get()) + "]";
    }
}
