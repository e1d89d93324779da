package dev.berth.compose.actions;

import dev.berth.compose.model.ComposeProject;
import dev.berth.daemon.cli.CliWords;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code docker compose …} lines that Berth's compose actions equal, quoted so that a copied line runs as shown.
 * A project known only by its labels is named with {@code -p} alone, which the CLI accepts for the commands that work
 * from labels (down, start, stop, restart, logs).
 */
public final class ComposeCommandLines {
    private ComposeCommandLines() {
    }

    /** {@code docker compose -f … -p … up -d [--force-recreate] [--remove-orphans] [--build]}. */
    public static String up(ComposeProject project, UpOptions options) {
        List<String> words = base(project.configFiles(), project.name());
        words.addAll(List.of("up", "-d"));
        flag(words, "--force-recreate", options.forceRecreate());
        flag(words, "--remove-orphans", options.removeOrphans());
        flag(words, "--build", options.build());
        return line(words);
    }

    /** {@code docker compose [-f …] -p … down [-v] [--remove-orphans]}. */
    public static String down(List<Path> files, String project, DownOptions options) {
        List<String> words = base(files, project);
        words.add("down");
        flag(words, "-v", options.removeVolumes());
        flag(words, "--remove-orphans", options.removeOrphans());
        return line(words);
    }

    /** {@code docker compose [-f …] -p … start [service…]}. */
    public static String start(List<Path> files, String project, List<String> services) {
        return withServices(files, project, "start", services);
    }

    public static String stop(List<Path> files, String project, List<String> services) {
        return withServices(files, project, "stop", services);
    }

    public static String restart(List<Path> files, String project, List<String> services) {
        return withServices(files, project, "restart", services);
    }

    public static String pull(ComposeProject project) {
        return withServices(project.configFiles(), project.name(), "pull", List.of());
    }

    public static String build(ComposeProject project) {
        return withServices(project.configFiles(), project.name(), "build", List.of());
    }

    /** {@code docker compose … up -d --scale service=replicas --no-recreate service}. */
    public static String scale(ComposeProject project, String service, int replicas) {
        List<String> words = base(project.configFiles(), project.name());
        words.addAll(List.of("up", "-d", "--scale", service + "=" + replicas, "--no-recreate", service));
        return line(words);
    }

    /** {@code docker compose … config}: the resolved file. */
    public static String config(ComposeProject project) {
        return withServices(project.configFiles(), project.name(), "config", List.of());
    }

    /** {@code docker compose [-f …] -p … logs -f [service…]}. */
    public static String logs(List<Path> files, String project, List<String> services) {
        List<String> words = base(files, project);
        words.addAll(List.of("logs", "-f"));
        words.addAll(services);
        return line(words);
    }

    private static String withServices(List<Path> files, String project, String command, List<String> services) {
        List<String> words = base(files, project);
        words.add(command);
        words.addAll(services);
        return line(words);
    }

    private static List<String> base(List<Path> files, String project) {
        List<String> words = new ArrayList<>(List.of("docker", "compose"));
        for (Path file : files) {
            words.add("-f");
            words.add(file.toString());
        }
        words.add("-p");
        words.add(project);
        return words;
    }

    private static void flag(List<String> words, String option, boolean on) {
        if (on) {
            words.add(option);
        }
    }

    private static String line(List<String> words) {
        return CliWords.line(words.toArray(String[]::new));
    }
}
