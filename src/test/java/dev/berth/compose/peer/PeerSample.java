package dev.berth.compose.peer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One sample project: a folder with compose files, run the way its {@code sample.properties} says ({@code files}:
 * the {@code -f} files in order, else the default ones; {@code profiles}; {@code env.NAME}: the process
 * environment), the same way for docker-compose v1 and for Berth.
 */
record PeerSample(String name, Path folder, List<String> files, List<String> profiles,
                  Map<String, String> environment) {
    static final String SETTINGS = "sample.properties";

    PeerSample {
        files = List.copyOf(files);
        profiles = List.copyOf(profiles);
        environment = Map.copyOf(environment);
    }

    /** Every sample folder under {@code root}, by name. */
    static List<Path> folders(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The sample in {@code folder}, read from its settings (none means the default files, nothing else). */
    static PeerSample read(Path folder) {
        Properties settings = new Properties();
        Path file = folder.resolve(SETTINGS);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                settings.load(reader);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        Map<String, String> environment = new TreeMap<>();
        settings.stringPropertyNames().stream().filter(key -> key.startsWith("env."))
                .forEach(key -> environment.put(key.substring("env.".length()), settings.getProperty(key)));
        return new PeerSample(folder.getFileName().toString(), folder, words(settings.getProperty("files")),
                words(settings.getProperty("profiles")), environment);
    }

    /** The same sample in another folder (a copy the test may write into). */
    PeerSample in(Path copy) {
        return new PeerSample(name, copy, files, profiles, environment);
    }

    /** The {@code -f} files as absolute paths, so both tools write the same config_files label. */
    List<Path> absoluteFiles() {
        return files.stream().map(file -> folder.resolve(file).toAbsolutePath().normalize()).toList();
    }

    private static List<String> words(String list) {
        return list == null ? List.of() : Arrays.stream(list.split(",")).map(String::strip)
                .filter(word -> !word.isEmpty()).toList();
    }
}
