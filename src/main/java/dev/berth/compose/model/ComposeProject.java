package dev.berth.compose.model;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compose project as the loader resolved it from its files: interpolated, merged, extended, with profiles applied
 * and short syntax expanded to long syntax. It holds what {@code docker compose config} prints.
 *
 * @param name         the normalised project name
 * @param workingDir   the absolute folder relative paths were resolved against (the first file's folder by default)
 * @param configFiles  the absolute paths of the files, in the order they were merged
 * @param services     the services that are enabled by the active profiles, in file order
 * @param networks     the top-level networks by their key in the file, including "default" when a service uses it
 * @param volumes      the top-level volumes by their key in the file
 * @param warnings     what the loader accepted but Berth does not apply, or applies differently, one sentence each
 */
public record ComposeProject(
        String name,
        Path workingDir,
        List<Path> configFiles,
        Map<String, ServiceSpec> services,
        Map<String, NetworkSpec> networks,
        Map<String, VolumeSpec> volumes,
        List<String> warnings) {

    public ComposeProject {
        configFiles = List.copyOf(configFiles);
        services = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services));
        networks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(networks));
        volumes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(volumes));
        warnings = List.copyOf(warnings);
    }
}
