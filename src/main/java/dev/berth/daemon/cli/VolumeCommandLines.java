package dev.berth.daemon.cli;

import dev.berth.daemon.volumes.VolumeSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The `docker …` lines the Volumes tab's actions equal. Back-up, restore and download have no `docker volume`
 * command; their lines are the throw-away busybox container that does the same with tar.
 */
public final class VolumeCommandLines {
    private VolumeCommandLines() {
    }

    /** {@code docker volume create [--driver D] [--opt K=V]… [--label K=V]… [NAME]}, options in key order. */
    public static String create(VolumeSpec spec) {
        List<String> words = new ArrayList<>(List.of("docker", "volume", "create"));
        if (!"local".equals(spec.driver())) {
            words.add("--driver");
            words.add(spec.driver());
        }
        pairs(words, "--opt", spec.driverOptions());
        pairs(words, "--label", spec.labels());
        if (!spec.name().isEmpty()) {
            words.add(spec.name());
        }
        return CliWords.line(words.toArray(String[]::new));
    }

    public static String remove(List<String> names) {
        List<String> words = new ArrayList<>(List.of("docker", "volume", "rm"));
        words.addAll(names);
        return CliWords.line(words.toArray(String[]::new));
    }

    public static String inspect(String name) {
        return CliWords.line("docker", "volume", "inspect", name);
    }

    public static String sizes() {
        return "docker system df -v";
    }

    public static String backUp(String volume, Path archive) {
        Path absolute = archive.toAbsolutePath();
        return CliWords.line("docker", "run", "--rm", "-v", volume + ":/volume:ro", "-v",
                absolute.getParent() + ":/backup", "busybox", "tar", "czf", "/backup/" + absolute.getFileName(),
                "-C", "/volume", ".");
    }

    public static String restore(Path archive, String volume) {
        Path absolute = archive.toAbsolutePath();
        return CliWords.line("docker", "run", "--rm", "-v", volume + ":/volume", "-v",
                absolute.getParent() + ":/backup:ro", "busybox", "tar", "xzf", "/backup/" + absolute.getFileName(),
                "-C", "/volume");
    }

    public static String download(String volume, String path, Path into) {
        return CliWords.line("docker", "run", "--rm", "-v", volume + ":/volume:ro", "-v",
                into.toAbsolutePath() + ":/out", "busybox", "cp", "-a", "/volume/" + path, "/out/");
    }

    private static void pairs(List<String> words, String flag, Map<String, String> pairs) {
        for (Map.Entry<String, String> pair : new TreeMap<>(pairs).entrySet()) {
            words.add(flag);
            words.add(pair.getKey() + "=" + pair.getValue());
        }
    }
}
