package dev.berth.compose.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to load, as the options of {@code docker compose} give it.
 *
 * @param directory   the folder relative paths of this request are resolved against, and where the default files
 *                    ({@code compose.yaml}, {@code compose.yml}, {@code docker-compose.yml},
 *                    {@code docker-compose.yaml} and their {@code .override} file) are looked for when
 *                    {@code files} is empty
 * @param files       {@code -f}: the files to merge, in order; empty for the default files
 * @param projectName {@code -p}, or null
 * @param envFiles    {@code --env-file}: the files that give variables for interpolation; empty for the project's
 *                    {@code .env} when it exists
 * @param environment the process environment (it wins over the env files); tests pass their own
 * @param profiles    {@code --profile}: the active profiles; empty to take them from {@code COMPOSE_PROFILES}
 */
public record LoadRequest(Path directory, List<Path> files, String projectName, List<Path> envFiles,
                          Map<String, String> environment, List<String> profiles) {

    public LoadRequest {
        files = List.copyOf(files);
        envFiles = List.copyOf(envFiles);
        environment = Map.copyOf(environment);
        profiles = List.copyOf(profiles);
    }

    /** The given files, or the default ones of {@code directory} when none is given, with no other option. */
    public static LoadRequest of(Path directory, List<Path> files, Map<String, String> environment) {
        return new LoadRequest(directory, files, null, List.of(), environment, List.of());
    }

    public LoadRequest withProjectName(String name) {
        return new LoadRequest(directory, files, name, envFiles, environment, profiles);
    }

    public LoadRequest withEnvFiles(List<Path> paths) {
        return new LoadRequest(directory, files, projectName, paths, environment, profiles);
    }

    public LoadRequest withProfiles(List<String> active) {
        return new LoadRequest(directory, files, projectName, envFiles, environment, active);
    }
}
