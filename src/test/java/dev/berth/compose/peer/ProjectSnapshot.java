package dev.berth.compose.peer;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything of one project on the engine right after its {@code up}, as facts to compare, plus the raw inspect of
 * its containers and networks for the checks only one side can take. Of v1's volumes only those a service mounts
 * count: v1 creates every declared volume, v2 only the used ones.
 *
 * @param anonymousVolumes the engine-made volumes of its containers, which carry no project label and must still go
 *                         with {@code down -v}
 */
record ProjectSnapshot(PeerNames names, List<ObjectFacts> objects, List<JsonNode> containers, List<JsonNode> networks,
                       List<String> anonymousVolumes) {

    static ProjectSnapshot take(String project, boolean v1, PeerConfig config) {
        List<JsonNode> containers = EngineObjects.inspect("container", EngineObjects.containers(project));
        List<JsonNode> networks = EngineObjects.inspect("network", EngineObjects.networks(project));
        List<JsonNode> volumes = EngineObjects.inspect("volume", EngineObjects.volumes(project));
        Map<String, String> namesById = new HashMap<>();
        containers.forEach(container -> namesById.put(container.path("Id").asText(),
                container.path("Name").asText().replaceFirst("^/", "")));
        PeerNames names = v1 ? PeerNames.v1(project, namesById) : PeerNames.berth(project, namesById);
        List<ObjectFacts> objects = new ArrayList<>();
        List<String> anonymous = new ArrayList<>();
        containers.forEach(container -> {
            objects.add(ContainerFacts.of(container, names, v1));
            anonymous.addAll(ContainerFacts.anonymousVolumes(container));
        });
        networks.forEach(network -> objects.add(ResourceFacts.network(network, names, config, v1)));
        Set<String> used = config.usedVolumes();
        volumes.stream().filter(volume -> !v1 || used.contains(ResourceFacts.volumeKey(volume, config, true)))
                .forEach(volume -> objects.add(ResourceFacts.volume(volume, names, config, v1)));
        return new ProjectSnapshot(names, List.copyOf(objects), containers, networks, List.copyOf(anonymous));
    }
}
