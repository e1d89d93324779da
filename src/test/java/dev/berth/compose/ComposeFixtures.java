package dev.berth.compose;

import dev.berth.compose.actions.ProjectState;
import dev.berth.compose.actions.ServiceContainer;
import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.containers.PortMapping;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Projects, services and containers as the loader and the engine would give them, for the section's tests. */
final class ComposeFixtures {
    private ComposeFixtures() {
    }

    static ServiceSpec service(String name, String image, int scale) {
        return new ServiceSpec(name, image, null, null, null, Map.of(), List.of(), List.of(), Map.of(), null,
                Map.of(), null, null, Map.of(), null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                false, null, false, false, null, null, null, scale, List.of());
    }

    static ServiceSpec built(String name) {
        ServiceSpec plain = service(name, null, 1);
        return new ServiceSpec(name, null, new ServiceSpec.BuildSpec("/src", "Dockerfile", Map.of(), null, Map.of()),
                null, null, Map.of(), List.of(), List.of(), Map.of(), null, Map.of(), null, null, Map.of(), null,
                null, null, null, List.of(), List.of(), List.of(), List.of(), false, null, false, false, null, null,
                null, plain.scale(), List.of());
    }

    static ComposeProject project(String name, Path file, ServiceSpec... services) {
        Map<String, ServiceSpec> byName = new LinkedHashMap<>();
        Arrays.stream(services).forEach(service -> byName.put(service.name(), service));
        return new ComposeProject(name, file.getParent(), List.of(file), byName, Map.of(), Map.of(), List.of());
    }

    static ServiceContainer container(String project, String service, int number, ContainerState state) {
        String name = project + "-" + service + "-" + number;
        ContainerSummary summary = new ContainerSummary(name + "-id", name, "busybox", "sha256:1", "sh", state,
                state == ContainerState.RUNNING ? "Up 3 minutes (healthy)" : "Exited (0) 1 minute ago",
                List.of(new PortMapping("0.0.0.0", 8000 + number, 80, "tcp")), Instant.parse("2026-11-28T10:00:00Z"),
                Map.of("com.docker.compose.project", project, "com.docker.compose.service", service,
                        "com.docker.compose.container-number", String.valueOf(number)));
        return new ServiceContainer(service, number, false, summary);
    }

    static ProjectState onEngine(String name, List<String> configFiles, List<String> volumes,
                                 ServiceContainer... containers) {
        return new ProjectState(name, "/work/" + name, configFiles, List.of(containers), List.of(name + "_default"),
                volumes);
    }
}
