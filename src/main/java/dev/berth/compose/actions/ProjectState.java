package dev.berth.compose.actions;

import java.util.List;

/**
 * A project as the engine shows it through compose labels, whether Berth or a CLI started it.
 *
 * @param workingDir   {@code com.docker.compose.project.working_dir}, or "" when no container says
 * @param configFiles  {@code com.docker.compose.project.config_files}, split at commas; empty when no container says
 * @param containers   its containers (one-off ones included), ordered by service and number
 * @param networks     the names of its networks
 * @param volumes      the names of its volumes
 */
public record ProjectState(String name, String workingDir, List<String> configFiles,
                           List<ServiceContainer> containers, List<String> networks, List<String> volumes) {

    public ProjectState {
        configFiles = List.copyOf(configFiles);
        containers = List.copyOf(containers);
        networks = List.copyOf(networks);
        volumes = List.copyOf(volumes);
    }
}
