package dev.berth.compose.actions;

import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.daemon.volumes.VolumeSummary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Every compose project on the engine, read from the project label of its containers, networks and volumes, whoever
 * made them: docker compose v2 ({@code <project>-<service>-<n>}), docker-compose v1 ({@code <project>_<service>_<n>},
 * with the same labels) or Berth.
 */
final class ProjectStates {
    private static final Map<String, String> ANY_PROJECT = Map.of(ComposeLabels.PROJECT, "");

    private ProjectStates() {
    }

    static CompletableFuture<List<ProjectState>> read(EngineGateway gateway) {
        CompletableFuture<List<ContainerSummary>> containers = gateway.compose().containers(ANY_PROJECT);
        CompletableFuture<List<NetworkInfo>> networks = gateway.compose().networks(ANY_PROJECT);
        CompletableFuture<List<VolumeSummary>> volumes = gateway.compose().volumes(ANY_PROJECT);
        return CompletableFuture.allOf(containers, networks, volumes).thenApply(all -> group(containers.join(),
                networks.join(), volumes.join()));
    }

    static List<ProjectState> group(List<ContainerSummary> containers, List<NetworkInfo> networks,
                                    List<VolumeSummary> volumes) {
        Map<String, Builder> projects = new TreeMap<>();
        for (ContainerSummary container : containers) {
            Builder project = projects.computeIfAbsent(container.labels().get(ComposeLabels.PROJECT), Builder::new);
            project.containers.add(new ServiceContainer(ComposeLabels.service(container),
                    ComposeNames.number(container), ComposeLabels.isOneoff(container), container));
            if (project.workingDir.isEmpty()) {
                project.workingDir = container.labels().getOrDefault(ComposeLabels.WORKING_DIR, "");
            }
            if (project.configFiles.isEmpty()) {
                String files = container.labels().getOrDefault(ComposeLabels.CONFIG_FILES, "");
                project.configFiles = files.isBlank() ? List.of() : Arrays.stream(files.split(","))
                        .map(String::strip).filter(file -> !file.isEmpty()).toList();
            }
        }
        networks.forEach(network -> projects.computeIfAbsent(network.labels().get(ComposeLabels.PROJECT),
                Builder::new).networks.add(network.name()));
        volumes.forEach(volume -> projects.computeIfAbsent(volume.labels().get(ComposeLabels.PROJECT),
                Builder::new).volumes.add(volume.name()));
        return projects.values().stream().map(Builder::build).toList();
    }

    private static final class Builder {
        final String name;
        final List<ServiceContainer> containers = new ArrayList<>();
        final List<String> networks = new ArrayList<>();
        final List<String> volumes = new ArrayList<>();
        String workingDir = "";
        List<String> configFiles = List.of();

        Builder(String name) {
            this.name = name;
        }

        ProjectState build() {
            containers.sort(Comparator.comparing(ServiceContainer::service)
                    .thenComparingInt(ServiceContainer::number));
            networks.sort(Comparator.naturalOrder());
            volumes.sort(Comparator.naturalOrder());
            return new ProjectState(name, workingDir, configFiles, containers, networks, volumes);
        }
    }
}
