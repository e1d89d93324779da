package dev.berth.compose;

import dev.berth.daemon.cli.CliWords;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code docker compose …} lines of the section's actions: with the project's files when it has any. */
final class ProjectCommandLines {
    private ProjectCommandLines() {
    }

    static String of(List<Path> files, String project, String... action) {
        List<String> words = new ArrayList<>(List.of("docker", "compose"));
        for (Path file : files) {
            words.add("-f");
            words.add(file.toString());
        }
        words.add("-p");
        words.add(project);
        words.addAll(List.of(action));
        return CliWords.line(words.toArray(String[]::new));
    }
}
