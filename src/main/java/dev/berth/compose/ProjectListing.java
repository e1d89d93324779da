package dev.berth.compose;

import dev.berth.compose.actions.ProjectState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The engine's projects with whether their {@code config_files} are on this machine, and how they join the files
 * the user opened: a project started from an opened file is one row with it, whether the engine names the same
 * files or the same project.
 */
record ProjectListing(List<ProjectState> projects, Set<String> withFilesOnDisk) {

    /** Checks the files on disk: call it off the UI thread. */
    static ProjectListing checkingFiles(List<ProjectState> projects) {
        Set<String> onDisk = projects.stream()
                .filter(project -> !project.configFiles().isEmpty()
                        && configFilesOf(project).stream().allMatch(Files::isRegularFile))
                .map(ProjectState::name).collect(Collectors.toSet());
        return new ProjectListing(projects, onDisk);
    }

    /** The project's files as its labels name them; docker-compose v1 names them relative to its working folder. */
    static List<Path> configFilesOf(ProjectState project) {
        Path folder = project.workingDir().isEmpty() ? null : Path.of(project.workingDir());
        return project.configFiles().stream().map(Path::of)
                .map(file -> folder == null ? file : folder.resolve(file).normalize()).toList();
    }

    /** The rows: the opened files first, in the order they were opened, then the projects only the engine knows. */
    List<ProjectEntry> entries(Collection<FileProject> opened) {
        Map<String, ProjectState> unclaimed = new LinkedHashMap<>();
        projects.forEach(project -> unclaimed.put(project.name(), project));
        List<ProjectEntry> entries = new ArrayList<>();
        for (FileProject file : opened) {
            ProjectState engine = claim(unclaimed, file);
            entries.add(new ProjectEntry(file.key(), file.name(), file, engine, false));
        }
        unclaimed.values().forEach(project -> entries.add(new ProjectEntry("project:" + project.name(),
                project.name(), null, project, withFilesOnDisk.contains(project.name()))));
        return entries;
    }

    private static ProjectState claim(Map<String, ProjectState> unclaimed, FileProject file) {
        if (file.project() != null && unclaimed.containsKey(file.project().name())) {
            return unclaimed.remove(file.project().name());
        }
        List<Path> paths = file.files().stream().map(path -> path.toAbsolutePath().normalize()).toList();
        for (ProjectState project : unclaimed.values()) {
            if (configFilesOf(project).equals(paths)) {
                return unclaimed.remove(project.name());
            }
        }
        return null;
    }
}
