package dev.berth.compose;

import dev.berth.compose.model.ComposeFileException;
import dev.berth.compose.model.ComposeProblem;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The projects the user opened from their files, in the order they were opened, each with what reading its files
 * gave; remembered between runs. Files are read off the UI thread; the map changes on {@code ui} only.
 */
final class OpenedFiles {
    private final ComposeFiles files;
    private final Executor ui;
    private final Runnable changed;
    private final Map<String, FileProject> opened = new LinkedHashMap<>();

    /** @param changed told (on {@code ui}) when a project was opened, forgotten or read */
    OpenedFiles(ComposeFiles files, Executor ui, Runnable changed) {
        this.files = files;
        this.ui = ui;
        this.changed = changed;
    }

    /** Opens the projects remembered from the last run and reads their files. */
    void restore() {
        for (List<Path> remembered : files.remembered().load()) {
            FileProject file = FileProject.reading(remembered);
            opened.put(file.key(), file);
            read(file);
        }
    }

    /** Opens these files as one project, unless they are open already; answers the key of its row. */
    String open(List<Path> chosen) {
        FileProject file = FileProject.reading(chosen.stream().map(path -> path.toAbsolutePath().normalize())
                .toList());
        if (!opened.containsKey(file.key())) {
            opened.put(file.key(), file);
            save();
            read(file);
            changed.run();
        }
        return file.key();
    }

    void forget(String key) {
        if (opened.remove(key) != null) {
            save();
            changed.run();
        }
    }

    Collection<FileProject> all() {
        return opened.values();
    }

    private void save() {
        files.remembered().save(opened.values().stream().map(FileProject::files).toList());
    }

    /** Reads the files (again) off the UI thread; the project's row shows what they gave. */
    CompletableFuture<FileProject> read(FileProject file) {
        return CompletableFuture.supplyAsync(() -> load(file), files.io()).thenApplyAsync(done -> {
            if (opened.containsKey(done.key())) {
                opened.put(done.key(), done);
                changed.run();
            }
            return done;
        }, ui);
    }

    private FileProject load(FileProject file) {
        try {
            return file.loaded(files.loader().load(file.files()));
        } catch (ComposeFileException wrong) {
            return file.refused(wrong.problems());
        } catch (RuntimeException unreadable) {
            return file.refused(List.of(new ComposeProblem(file.files().get(0), 0, 0, "",
                    "The file could not be read: " + unreadable.getMessage())));
        }
    }
}
