package dev.berth.compose.peer;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project as docker-compose v1 resolved it ({@code docker-compose config}): what the file asked for, where the
 * engine's objects alone cannot tell (an engine-assigned subnet looks like a configured one).
 */
final class PeerConfig {
    private final Map<?, ?> root;

    private PeerConfig(Map<?, ?> root) {
        this.root = root;
    }

    static PeerConfig parse(String yaml) {
        Object document = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        if (!(document instanceof Map<?, ?> map)) {
            throw new AssertionError("docker-compose config printed no mapping:\n" + yaml);
        }
        return new PeerConfig(map);
    }

    /** {@code networks.<key>.ipam.config} is set: the subnets are the file's, not the engine's pick. */
    boolean setsIpamPools(String networkKey) {
        Object pools = section("networks", networkKey).get("ipam") instanceof Map<?, ?> ipam ? ipam.get("config")
                : null;
        return pools instanceof List<?> list && !list.isEmpty();
    }

    /** {@code networks.<key>.attachable}, false when not set. */
    boolean attachable(String networkKey) {
        return Boolean.TRUE.equals(section("networks", networkKey).get("attachable"));
    }

    /** {@code services.<name>.depends_on} in long syntax: each dependency's condition, by service. */
    Map<String, String> dependsOn(String service) {
        Map<String, String> conditions = new LinkedHashMap<>();
        if (section("services", service).get("depends_on") instanceof Map<?, ?> dependencies) {
            dependencies.forEach((name, entry) -> conditions.put(name.toString(),
                    entry instanceof Map<?, ?> longSyntax && longSyntax.get("condition") != null
                            ? longSyntax.get("condition").toString() : "service_started"));
        }
        return conditions;
    }

    /** The services, in the order v1 prints them. */
    List<String> services() {
        return root.get("services") instanceof Map<?, ?> services
                ? services.keySet().stream().map(Object::toString).toList() : List.of();
    }

    /** {@code services.<name>.image}, or null. */
    String image(String service) {
        Object image = section("services", service).get("image");
        return image == null ? null : image.toString();
    }

    /** The service has {@code build:}. */
    boolean builds(String service) {
        return section("services", service).containsKey("build");
    }

    /** The engine names of the networks ({@code kind} "networks") or volumes ("volumes") marked external. */
    List<String> external(String kind) {
        if (!(root.get(kind) instanceof Map<?, ?> all)) {
            return List.of();
        }
        return all.keySet().stream().map(Object::toString)
                .filter(key -> isTrue(section(kind, key).get("external")))
                .map(key -> section(kind, key).get("name") instanceof String name ? name : key).toList();
    }

    /** {@code external: true}, or v1's older {@code external: {name: x}}. */
    private static boolean isTrue(Object external) {
        return Boolean.TRUE.equals(external) || external instanceof Map<?, ?>;
    }

    private Map<?, ?> section(String kind, String key) {
        return root.get(kind) instanceof Map<?, ?> all && all.get(key) instanceof Map<?, ?> one ? one : Map.of();
    }
}
