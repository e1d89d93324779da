package dev.berth.compose.peer;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The project as docker-compose v1 resolved it ({@code docker-compose config}): what the file asked for, where the
 * engine's objects alone cannot tell (an engine-assigned subnet looks like a configured one).
 */
final class PeerConfig {
    private static final String STARTED = "service_started";
    private static final String SERVICE_PREFIX = "service:";

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

    /**
     * The service's dependencies as v2 records them, {@code name:condition:restart}: its {@code depends_on}, then
     * the ones compose implies (a service whose network, IPC or PID namespace or links it uses restarts it with
     * them; one whose volumes it takes does not). v1 accepts no {@code restart:} in {@code depends_on}.
     */
    Set<String> dependencies(String service) {
        Map<?, ?> config = section("services", service);
        Map<String, String> dependencies = new LinkedHashMap<>();
        if (config.get("depends_on") instanceof Map<?, ?> explicit) {
            explicit.forEach((name, entry) -> dependencies.put(name.toString(),
                    (entry instanceof Map<?, ?> longSyntax && longSyntax.get("condition") != null
                            ? longSyntax.get("condition").toString() : STARTED) + ":false"));
        }
        for (String namespace : List.of("network_mode", "ipc", "pid")) {
            if (config.get(namespace) instanceof String mode && mode.startsWith(SERVICE_PREFIX)) {
                dependencies.putIfAbsent(mode.substring(SERVICE_PREFIX.length()), STARTED + ":true");
            }
        }
        strings(config.get("links")).forEach(link -> dependencies.putIfAbsent(link.split(":")[0], STARTED + ":true"));
        strings(config.get("volumes_from")).stream().filter(from -> !from.startsWith("container:"))
                .forEach(from -> dependencies.putIfAbsent(from.split(":")[0], STARTED + ":false"));
        Set<String> entries = new TreeSet<>();
        dependencies.forEach((name, rest) -> entries.add(name + ":" + rest));
        return entries;
    }

    /**
     * The key of the network v2 creates the container on (and names as its network mode): the highest
     * {@code priority}, then the first key in order; null with a {@code network_mode}.
     */
    String primaryNetwork(String service) {
        Map<?, ?> config = section("services", service);
        if (config.get("network_mode") != null) {
            return null;
        }
        if (!(config.get("networks") instanceof Map<?, ?> networks) || networks.isEmpty()) {
            return "default";
        }
        return networks.entrySet().stream()
                .min(Comparator.<Map.Entry<?, ?>>comparingInt(entry -> -priority(entry))
                        .thenComparing(entry -> entry.getKey().toString()))
                .map(entry -> entry.getKey().toString()).orElseThrow();
    }

    /** The key of the network ({@code kind} "networks") or volume ("volumes") that {@code name:} names so, or null. */
    String keyNamed(String kind, String name) {
        return root.get(kind) instanceof Map<?, ?> all ? all.keySet().stream().map(Object::toString)
                .filter(key -> name.equals(section(kind, key).get("name"))).findFirst().orElse(null) : null;
    }

    /** The engine's name of a network: its {@code name:}, else {@code <project>_<key>}. */
    String networkName(String key, String project) {
        return section("networks", key).get("name") instanceof String name ? name : project + "_" + key;
    }

    /**
     * The top-level volumes some service mounts. v1 creates every declared volume; v2 leaves out the unused ones, as
     * it does with networks.
     */
    Set<String> usedVolumes() {
        Set<String> used = new TreeSet<>();
        for (String service : services()) {
            Object volumes = section("services", service).get("volumes");
            if (volumes instanceof List<?> list) {
                list.forEach(volume -> {
                    if (volume instanceof String shortSyntax && shortSyntax.contains(":")) {
                        String source = shortSyntax.substring(0, shortSyntax.indexOf(':'));
                        if (!source.startsWith("/") && !source.startsWith(".") && !source.startsWith("~")) {
                            used.add(source);
                        }
                    } else if (volume instanceof Map<?, ?> longSyntax && "volume".equals(longSyntax.get("type"))
                            && longSyntax.get("source") != null) {
                        used.add(longSyntax.get("source").toString());
                    }
                });
            }
        }
        return used;
    }

    private static int priority(Map.Entry<?, ?> network) {
        return network.getValue() instanceof Map<?, ?> config && config.get("priority") instanceof Number priority
                ? priority.intValue() : 0;
    }

    private static List<String> strings(Object list) {
        return list instanceof List<?> items ? items.stream().map(Object::toString).toList() : List.of();
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
