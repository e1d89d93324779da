package dev.berth.compose.peer;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What docker compose v2 writes and v1 does not, checked on Berth's project against what v2 would write for the
 * same file: the {@code depends_on} and {@code image} labels, a config hash and a version on every container, the
 * network a container is created on (v2 takes the first by key, v1 the first by engine name), and
 * {@code Attachable} only where the file asks (v1 makes every network attachable).
 */
final class V2Expectations {
    private static final String HASH = "[0-9a-f]{64}";

    private V2Expectations() {
    }

    static List<Difference> check(String sample, ProjectSnapshot berth, PeerConfig config) {
        List<Difference> differences = new ArrayList<>();
        for (JsonNode container : berth.containers()) {
            String object = "container " + berth.names().container(container.path("Name").asText().substring(1));
            Map<String, String> labels = ObjectFacts.strings(container.path("Config").path("Labels"));
            String service = labels.getOrDefault("com.docker.compose.service", "");
            expect(differences, sample, object, "label " + ContainerFacts.IMAGE,
                    container.path("Image").asText(), labels.get(ContainerFacts.IMAGE));
            expect(differences, sample, object, "label " + ContainerFacts.DEPENDS_ON, config.dependencies(service),
                    entries(labels.get(ContainerFacts.DEPENDS_ON)));
            String primary = config.primaryNetwork(service);
            if (primary != null) {
                expect(differences, sample, object, "network mode", berth.names().text(config.networkName(primary,
                        berth.names().project())), berth.names().text(container.path("HostConfig")
                        .path("NetworkMode").asText()));
            }
            String hash = labels.getOrDefault(ContainerFacts.CONFIG_HASH, "");
            if (!hash.matches(HASH)) {
                differences.add(new Difference(sample, object, "label " + ContainerFacts.CONFIG_HASH,
                        "64 hex digits (v2)", hash));
            }
            if (labels.getOrDefault(ContainerFacts.VERSION, "").isBlank()) {
                differences.add(new Difference(sample, object, "label " + ContainerFacts.VERSION,
                        "the compose version (v2)", PeerComparison.NONE));
            }
        }
        for (JsonNode network : berth.networks()) {
            String key = ObjectFacts.strings(network.path("Labels")).getOrDefault(ResourceFacts.NETWORK_KEY, "");
            expect(differences, sample, "network " + berth.names().text(network.path("Name").asText()),
                    "attachable", config.attachable(key), network.path("Attachable").asBoolean());
        }
        return differences;
    }

    /** The label's entries as a set; null when the label is missing (v2 writes it, empty, without dependencies). */
    private static Set<String> entries(String label) {
        if (label == null) {
            return null;
        }
        Set<String> entries = new TreeSet<>();
        if (!label.isEmpty()) {
            entries.addAll(List.of(label.split(",")));
        }
        return entries;
    }

    private static void expect(List<Difference> differences, String sample, String object, String field,
                               Object expected, Object actual) {
        if (!expected.equals(actual)) {
            differences.add(new Difference(sample, object, field, expected + " (v2)",
                    actual == null ? PeerComparison.NONE : actual));
        }
    }
}
