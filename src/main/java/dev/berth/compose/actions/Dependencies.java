package dev.berth.compose.actions;

import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.daemon.containers.ContainerSummary;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which service waits for which, read from a project (its {@code depends_on}, and {@code network_mode: service:x},
 * which needs x's container first) or from the {@code depends_on} labels of a project's containers when there is no
 * file.
 */
final class Dependencies {
    static final String STARTED = "service_started";
    static final String HEALTHY = "service_healthy";
    static final String COMPLETED = "service_completed_successfully";

    private final Map<String, Map<String, ServiceSpec.DependsOn>> byService;

    private Dependencies(Map<String, Map<String, ServiceSpec.DependsOn>> byService) {
        this.byService = byService;
    }

    static Dependencies of(ComposeProject project) {
        Map<String, Map<String, ServiceSpec.DependsOn>> byService = new LinkedHashMap<>();
        project.services().forEach((name, service) -> {
            Map<String, ServiceSpec.DependsOn> dependencies = new LinkedHashMap<>();
            String modeService = ContainerSpecs.modeService(service);
            if (modeService != null) {
                dependencies.put(modeService, new ServiceSpec.DependsOn(STARTED, true, false));
            }
            dependencies.putAll(service.dependsOn());
            dependencies.keySet().retainAll(project.services().keySet());
            byService.put(name, dependencies);
        });
        return new Dependencies(byService);
    }

    /** From the labels alone: every service that has a container, with what its containers' labels say. */
    static Dependencies ofContainers(Collection<ContainerSummary> containers) {
        Map<String, Map<String, ServiceSpec.DependsOn>> byService = new LinkedHashMap<>();
        for (ContainerSummary container : containers) {
            byService.computeIfAbsent(ComposeLabels.service(container), unused -> new LinkedHashMap<>())
                    .putAll(ComposeLabels.dependsOn(container.labels().get(ComposeLabels.DEPENDS_ON)));
        }
        byService.values().forEach(dependencies -> dependencies.keySet().retainAll(byService.keySet()));
        return new Dependencies(byService);
    }

    /** The services {@code service} waits for, with how. */
    Map<String, ServiceSpec.DependsOn> of(String service) {
        return byService.getOrDefault(service, Map.of());
    }

    /** The services that wait for {@code service}. */
    Set<String> dependents(String service) {
        Set<String> dependents = new LinkedHashSet<>();
        byService.forEach((name, dependencies) -> {
            if (dependencies.containsKey(service)) {
                dependents.add(name);
            }
        });
        return dependents;
    }

    /** {@code selected} with everything they wait for, directly or not, as {@code up svc} brings those up too. */
    Set<String> withDependencies(Collection<String> selected) {
        Set<String> all = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(selected);
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (all.add(next)) {
                pending.addAll(of(next).keySet());
            }
        }
        return all;
    }
}
