package dev.berth.daemon.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The `docker …` lines of the image actions, so every dialog can show what it equals. */
public final class ImageCommandLines {
    private ImageCommandLines() {
    }

    public static String pull(String reference) {
        return CliWords.line("docker", "pull", reference);
    }

    public static String tag(String source, String target) {
        return CliWords.line("docker", "tag", source, target);
    }

    public static String push(String reference) {
        return CliWords.line("docker", "push", reference);
    }

    public static String remove(List<String> references, boolean force) {
        List<String> words = new ArrayList<>(List.of("docker", "rmi"));
        if (force) {
            words.add("-f");
        }
        words.addAll(references);
        return CliWords.line(words.toArray(String[]::new));
    }

    public static String save(List<String> references, Path target) {
        List<String> words = new ArrayList<>(List.of("docker", "save", "-o", target.toString()));
        words.addAll(references);
        return CliWords.line(words.toArray(String[]::new));
    }

    public static String load(Path source) {
        return CliWords.line("docker", "load", "-i", source.toString());
    }
}
