package dev.berth.compose.load;

import dev.berth.compose.model.ServiceSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks across a project's parts, made on the enabled services before anything is created: every network,
 * volume and service a service names exists (and is enabled), no dependency cycle, each container name once and
 * only on a service of one replica.
 */
final class ProjectChecks {
    private final YamlMap servicesYaml;
    private final Set<String> networks;
    private final Set<String> volumes;
    private final Map<String, List<String>> disabled;
    private final Problems problems;

    /**
     * @param servicesYaml the merged {@code services:} mapping, where problems point
     * @param disabled     the services the active profiles leave out, with their profiles
     */
    ProjectChecks(YamlMap servicesYaml, Set<String> networks, Set<String> volumes,
                  Map<String, List<String>> disabled, Problems problems) {
        this.servicesYaml = servicesYaml;
        this.networks = networks;
        this.volumes = volumes;
        this.disabled = disabled;
        this.problems = problems;
    }

    void check(Map<String, ServiceSpec> services) {
        Map<String, String> containerNames = new HashMap<>();
        for (ServiceSpec service : services.values()) {
            YamlMap yaml = serviceYaml(service.name());
            String path = KeyPaths.child("services", service.name());
            checkNetworks(service, yaml, path);
            checkVolumes(service, yaml, path);
            checkDependencies(service, yaml, path, services);
            String containerName = service.containerName();
            if (containerName != null) {
                Place place = yaml.get("container_name").place();
                String other = containerNames.putIfAbsent(containerName, service.name());
                if (other != null) {
                    problems.error(place, KeyPaths.child(path, "container_name"), "The container name "
                            + containerName + " is also the container name of " + other + "; container names are "
                            + "unique on an engine.");
                }
                if (service.scale() > 1) {
                    problems.error(place, KeyPaths.child(path, "container_name"), "A service with container_name "
                            + "cannot have more than one replica (it has " + service.scale() + "), as every "
                            + "replica would need that one name.");
                }
            }
        }
        new DependencyCycles(services, this::dependencyPlace, problems).report();
    }

    private void checkNetworks(ServiceSpec service, YamlMap yaml, String path) {
        for (String network : service.networks().keySet()) {
            if (!network.equals("default") && !networks.contains(network)) {
                Place named = reference(yaml.get("networks"), network);
                problems.error(named != null ? named : yaml.place(), KeyPaths.child(path, "networks"),
                        "The network " + network + " is not defined; add it under the top-level networks:.");
            }
        }
        String mode = service.networkMode();
        if (mode != null && mode.startsWith("service:")) {
            String other = mode.substring("service:".length());
            if (!servicesYaml.has(other)) {
                problems.error(yaml.get("network_mode").place(), KeyPaths.child(path, "network_mode"),
                        "network_mode names the service " + other + ", which is not defined.");
            }
        }
    }

    private void checkVolumes(ServiceSpec service, YamlMap yaml, String path) {
        for (ServiceSpec.VolumeMount mount : service.volumes()) {
            if (mount.type().equals("volume") && !mount.source().isEmpty() && !volumes.contains(mount.source())) {
                problems.error(mountPlace(yaml.get("volumes"), mount.source()), KeyPaths.child(path, "volumes"),
                        "The volume " + mount.source() + " is not defined; add it under the top-level volumes:.");
            }
        }
    }

    private void checkDependencies(ServiceSpec service, YamlMap yaml, String path,
                                   Map<String, ServiceSpec> enabled) {
        service.dependsOn().forEach((name, condition) -> {
            Place place = dependencyPlace(service.name(), name);
            String keyPath = KeyPaths.child(path, "depends_on");
            boolean implied = ("service:" + name).equals(service.networkMode())
                    && reference(yaml.get("depends_on"), name) == null;
            if (implied && !servicesYaml.has(name)) {
                return;
            }
            if (!servicesYaml.has(name)) {
                problems.error(place, keyPath, service.name() + " depends on " + name + ", which is not a service "
                        + "of this project.");
            } else if (disabled.containsKey(name) && condition.required()) {
                problems.error(place, keyPath, service.name() + " depends on " + name + ", which only the profile "
                        + String.join(" or ", disabled.getOrDefault(name, List.of())) + " enables; activate it "
                        + "(--profile or COMPOSE_PROFILES), or give the dependency required: false.");
            }
        });
    }

    /** Where {@code depends_on} names the dependency, or the {@code network_mode: service:…} that implies it. */
    private Place dependencyPlace(String service, String dependency) {
        YamlMap yaml = serviceYaml(service);
        Place named = reference(yaml.get("depends_on"), dependency);
        if (named != null) {
            return named;
        }
        YamlNode mode = yaml.get("network_mode");
        return mode != null ? mode.place() : yaml.place();
    }

    private YamlMap serviceYaml(String name) {
        return servicesYaml.get(name) instanceof YamlMap map ? map
                : YamlMap.empty(servicesYaml.entries().get(name).keyPlace());
    }

    /** Where a list item or mapping key naming {@code name} is written; null when the node does not name it. */
    private static Place reference(YamlNode node, String name) {
        if (node instanceof YamlMap map && map.entries().containsKey(name)) {
            return map.entries().get(name).keyPlace();
        }
        if (node instanceof YamlList list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlScalar scalar && scalar.text().equals(name)) {
                    return scalar.place();
                }
            }
        }
        return null;
    }

    private static Place mountPlace(YamlNode node, String source) {
        if (node instanceof YamlList list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlScalar scalar && scalar.text().startsWith(source + ":")
                        || item instanceof YamlMap map && map.get("source") instanceof YamlScalar named
                        && named.text().equals(source)) {
                    return item.place();
                }
            }
        }
        return node.place();
    }

    /** Finds the cycles of {@code depends_on} (and {@code network_mode: service:…}) among enabled services. */
    private record DependencyCycles(Map<String, ServiceSpec> services,
                                    java.util.function.BiFunction<String, String, Place> places, Problems problems) {
        void report() {
            Set<String> done = new HashSet<>();
            for (String service : services.keySet()) {
                visit(service, new ArrayList<>(), done);
            }
        }

        private void visit(String service, List<String> chain, Set<String> done) {
            if (done.contains(service) || !services.containsKey(service)) {
                return;
            }
            int start = chain.indexOf(service);
            if (start >= 0) {
                List<String> cycle = new ArrayList<>(chain.subList(start, chain.size()));
                cycle.add(service);
                String last = chain.get(chain.size() - 1);
                problems.error(places.apply(last, service), KeyPaths.child(KeyPaths.child("services", last),
                        "depends_on"), "The services depend on each other in a cycle: " + String.join(" -> ", cycle)
                        + "; remove one of these dependencies.");
                return;
            }
            chain.add(service);
            for (String dependency : new LinkedHashMap<>(services.get(service).dependsOn()).keySet()) {
                visit(dependency, chain, done);
            }
            chain.remove(chain.size() - 1);
            done.add(service);
        }
    }
}
