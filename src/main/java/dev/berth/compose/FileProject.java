package dev.berth.compose;

import dev.berth.compose.model.ComposeProblem;
import dev.berth.compose.model.ComposeProject;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A project the user opened from its compose files, and what reading them gave: the resolved project, or the
 * problems that stop it, or nothing yet while they are read.
 *
 * @param project  null until read, and when the files are wrong
 * @param problems empty unless the files are wrong
 */
record FileProject(List<Path> files, ComposeProject project, List<ComposeProblem> problems, boolean loading) {

    FileProject {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    static FileProject reading(List<Path> files) {
        return new FileProject(files, null, List.of(), true);
    }

    FileProject loaded(ComposeProject resolved) {
        return new FileProject(files, resolved, List.of(), false);
    }

    FileProject refused(List<ComposeProblem> found) {
        return new FileProject(files, null, found, false);
    }

    /** The key of its row: the same files are the same project, whatever name they resolve to. */
    String key() {
        return "files:" + files;
    }

    /** The resolved name, or until then the first file's folder as compose would name it by default. */
    String name() {
        if (project != null) {
            return project.name();
        }
        Path folder = files.get(0).toAbsolutePath().getParent();
        String base = folder == null || folder.getFileName() == null ? "compose" : folder.getFileName().toString();
        return base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "").replaceFirst("^[_-]+", "");
    }
}
