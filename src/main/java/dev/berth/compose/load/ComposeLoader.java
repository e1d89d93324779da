package dev.berth.compose.load;

import dev.berth.compose.model.ComposeFileException;
import dev.berth.compose.model.ComposeProject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a compose project from its files as docker compose does: finds the default files, reads the variables of
 * {@code .env} and the process, and for each file parses the YAML, substitutes variables and resolves
 * {@code extends}, then merges the files in order, validates every key and reference, and expands short syntax to
 * long syntax. Nothing touches the engine; a project that loads is one that can be created.
 */
public final class ComposeLoader {
    /** The files compose looks for when none is given, in its order of preference. */
    public static final List<String> DEFAULT_FILES =
            List.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml");
    /** The override files compose merges after a default file, in its order of preference. */
    public static final List<String> OVERRIDE_FILES = List.of("compose.override.yml", "compose.override.yaml",
            "docker-compose.override.yml", "docker-compose.override.yaml");

    /**
     * The resolved project.
     *
     * @throws ComposeFileException with every problem found, each with its file, line, column and key path
     */
    public ComposeProject load(LoadRequest request) throws ComposeFileException {
        Problems problems = new Problems();
        Path directory = request.directory().toAbsolutePath().normalize();
        List<Path> files = request.files().isEmpty() ? defaultFiles(directory, problems)
                : request.files().stream().map(file -> directory.resolve(file).normalize()).toList();
        problems.throwIfAny(files);
        Path workingDir = files.get(0).getParent();
        Map<String, String> variables = variables(request, directory, workingDir, problems);
        problems.throwIfAny(files);
        HostPaths hostPaths = new HostPaths(home(request.environment()));
        YamlMap merged = mergeFiles(files, workingDir, variables, hostPaths, problems);
        problems.throwIfAny(files);
        ProjectReader reader = new ProjectReader(variables, hostPaths, problems);
        String name = reader.projectName(request.projectName(), merged, workingDir);
        problems.throwIfAny(files);
        ComposeProject project = reader.read(merged, name, workingDir, files, activeProfiles(request, variables));
        problems.throwIfAny(files);
        return project;
    }

    private static List<Path> defaultFiles(Path directory, Problems problems) {
        List<Path> files = new ArrayList<>();
        Path main = firstExisting(directory, DEFAULT_FILES, problems);
        if (main == null) {
            problems.error(null, "", "There is no compose file in " + directory + "; looked for "
                    + String.join(", ", DEFAULT_FILES) + ".");
            return files;
        }
        files.add(main);
        Path override = firstExisting(directory, OVERRIDE_FILES, problems);
        if (override != null) {
            files.add(override);
        }
        return files;
    }

    private static Path firstExisting(Path directory, List<String> names, Problems problems) {
        List<Path> found = names.stream().map(directory::resolve).filter(Files::isRegularFile).toList();
        if (found.size() > 1) {
            problems.warn(null, "", "There are several compose files here (" + String.join(", ",
                    found.stream().map(path -> path.getFileName().toString()).toList()) + "); using "
                    + found.get(0).getFileName() + ", as docker compose does.");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** The project's variables: the env files in order, then the process environment, which wins. */
    private static Map<String, String> variables(LoadRequest request, Path directory, Path workingDir,
                                                 Problems problems) {
        Map<String, String> variables = new HashMap<>();
        List<Path> envFiles = request.envFiles().stream().map(file -> directory.resolve(file).normalize()).toList();
        if (envFiles.isEmpty() && Files.isRegularFile(workingDir.resolve(".env"))) {
            envFiles = List.of(workingDir.resolve(".env"));
        }
        for (Path envFile : envFiles) {
            Place place = Place.ofFile(envFile, envFile.getParent());
            try {
                variables.putAll(DotEnv.parse(Files.readString(envFile, StandardCharsets.UTF_8), name -> {
                    String outside = request.environment().get(name);
                    return outside != null ? outside : variables.get(name);
                }));
            } catch (IOException unreadable) {
                problems.error(place, "", "The env file " + envFile + (Files.exists(envFile) ? " cannot be read: "
                        + unreadable.getMessage() + "." : " does not exist."));
            } catch (DotEnv.Failure invalid) {
                problems.error(new Place(envFile, envFile.getParent(), invalid.line(), 0), "", invalid.getMessage());
            }
        }
        variables.putAll(request.environment());
        return variables;
    }

    private static YamlMap mergeFiles(List<Path> files, Path workingDir, Map<String, String> variables,
                                      HostPaths hostPaths, Problems problems) {
        FileMerge merge = new FileMerge(problems);
        Interpolation interpolation = new Interpolation(variables::get);
        Map<Path, YamlMap> extendedFiles = new HashMap<>();
        Extends extend = new Extends(merge, hostPaths, file -> extendedFiles.computeIfAbsent(file, path -> {
            YamlMap whole = null;
            for (YamlMap document : YamlFiles.read(path, path.getParent(), problems)) {
                YamlMap interpolated = (YamlMap) interpolation.interpolate(document, "", problems);
                whole = whole == null ? interpolated : merge.merge(FileMerge.first(whole), interpolated);
            }
            return whole;
        }), problems);
        YamlMap merged = null;
        for (Path file : files) {
            for (YamlMap document : YamlFiles.read(file, workingDir, problems)) {
                YamlMap layer = extend.apply(file, (YamlMap) interpolation.interpolate(document, "", problems));
                merged = merged == null ? FileMerge.first(layer) : merge.merge(merged, layer);
            }
        }
        return merged;
    }

    private static List<String> activeProfiles(LoadRequest request, Map<String, String> variables) {
        if (!request.profiles().isEmpty()) {
            return request.profiles();
        }
        String fromEnvironment = variables.getOrDefault("COMPOSE_PROFILES", "");
        return java.util.Arrays.stream(fromEnvironment.split(",")).map(String::strip)
                .filter(profile -> !profile.isEmpty()).toList();
    }

    private static Path home(Map<String, String> environment) {
        String home = environment.get("HOME");
        return Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"));
    }
}
