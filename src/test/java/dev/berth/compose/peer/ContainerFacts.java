package dev.berth.compose.peer;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A container's {@code docker inspect}, reduced to what a compose file decides: env (sorted), cmd, entrypoint,
 * working dir, user, hostname, mounts, ports, restart policy, healthcheck, networks with their aliases and
 * addresses, labels, extra hosts, tmpfs, capabilities, privileged, init, tty, stdin, stop signal and timeout, logging.
 */
final class ContainerFacts {
    static final String CONFIG_HASH = "com.docker.compose.config-hash";
    static final String VERSION = "com.docker.compose.version";
    static final String DEPENDS_ON = "com.docker.compose.depends_on";
    static final String IMAGE = "com.docker.compose.image";
    static final String CONFIG_FILES = "com.docker.compose.project.config_files";
    static final String WORKING_DIR = "com.docker.compose.project.working_dir";
    /** Compose v2 writes these and v1 does not; they are checked against what v2 writes instead. */
    static final List<String> V2_ONLY_LABELS = List.of(DEPENDS_ON, IMAGE);
    /** They differ between any two runs (a hash of each side's own config format, the tool's version). */
    static final List<String> RUN_LABELS = List.of(CONFIG_HASH, VERSION);
    private static final String ANONYMOUS = "<anonymous>";
    private static final String SEVERAL_NETWORKS = "<the first of its networks, checked against v2>";

    private ContainerFacts() {
    }

    static ObjectFacts of(JsonNode container, PeerNames names, boolean v1) {
        JsonNode config = container.path("Config");
        JsonNode host = container.path("HostConfig");
        String name = container.path("Name").asText().replaceFirst("^/", "");
        String shortId = container.path("Id").asText().substring(0, 12);
        SortedMap<String, Object> fields = new TreeMap<>();
        fields.put("image", names.image(config.path("Image").asText()));
        fields.put("env", ObjectFacts.list(config.path("Env")).stream().sorted().toList());
        fields.put("cmd", ObjectFacts.plain(config.path("Cmd")));
        fields.put("entrypoint", ObjectFacts.plain(config.path("Entrypoint")));
        fields.put("working dir", config.path("WorkingDir").asText());
        fields.put("user", config.path("User").asText());
        fields.put("hostname", names.hostname(config.path("Hostname").asText()));
        fields.put("domainname", config.path("Domainname").asText());
        fields.put("mounts", mounts(container.path("Mounts"), names));
        fields.put("exposed ports", ObjectFacts.strings(config.path("ExposedPorts")).keySet().stream().toList());
        fields.put("port bindings", ObjectFacts.plain(host.path("PortBindings")));
        fields.put("restart policy", ObjectFacts.plain(host.path("RestartPolicy")));
        fields.put("healthcheck", ObjectFacts.plain(config.path("Healthcheck")));
        fields.put("networks", networks(container.path("NetworkSettings").path("Networks"), names, name, shortId));
        fields.put("network mode", networkMode(container, names));
        fields.put("labels", labels(ObjectFacts.strings(config.path("Labels")), names, v1));
        fields.put("extra hosts", ObjectFacts.list(host.path("ExtraHosts")));
        fields.put("tmpfs", ObjectFacts.strings(host.path("Tmpfs")));
        fields.put("cap add", ObjectFacts.list(host.path("CapAdd")));
        fields.put("cap drop", ObjectFacts.list(host.path("CapDrop")));
        fields.put("privileged", host.path("Privileged").asBoolean());
        fields.put("init", ObjectFacts.plain(host.path("Init")));
        fields.put("tty", config.path("Tty").asBoolean());
        fields.put("open stdin", config.path("OpenStdin").asBoolean());
        fields.put("stop signal", config.path("StopSignal").asText());
        fields.put("stop timeout", ObjectFacts.plain(config.path("StopTimeout")));
        fields.put("log config", ObjectFacts.plain(host.path("LogConfig")));
        return new ObjectFacts("container", names.container(name), fields);
    }

    /**
     * {@code network_mode}, or the network the container was created on. With several networks v1 takes the first
     * by engine name and v2 the first by key, so that one is left to {@link V2Expectations}.
     */
    private static String networkMode(JsonNode container, PeerNames names) {
        String mode = container.path("HostConfig").path("NetworkMode").asText();
        if (mode.startsWith("container:")) {
            return "container:" + names.containerById(mode.substring("container:".length()));
        }
        return container.path("NetworkSettings").path("Networks").size() > 1 ? SEVERAL_NETWORKS : names.text(mode);
    }

    /** The names of the anonymous volumes mounted into the container (engine-made, so without project labels). */
    static List<String> anonymousVolumes(JsonNode container) {
        List<String> volumes = new ArrayList<>();
        container.path("Mounts").forEach(mount -> {
            if (isAnonymous(mount)) {
                volumes.add(mount.path("Name").asText());
            }
        });
        return volumes;
    }

    private static boolean isAnonymous(JsonNode mount) {
        return "volume".equals(mount.path("Type").asText()) && mount.path("Name").asText().matches("[0-9a-f]{64}");
    }

    /** Type, source (a volume's name, anonymous ones alike), destination and rw, ordered by destination. */
    private static List<Map<String, Object>> mounts(JsonNode mounts, PeerNames names) {
        List<Map<String, Object>> facts = new ArrayList<>();
        mounts.forEach(mount -> {
            String type = mount.path("Type").asText();
            String source = switch (type) {
                case "volume" -> isAnonymous(mount) ? ANONYMOUS : names.text(mount.path("Name").asText());
                case "bind" -> mount.path("Source").asText();
                default -> "";
            };
            Map<String, Object> fact = new TreeMap<>();
            fact.put("type", type);
            fact.put("source", source);
            fact.put("destination", mount.path("Destination").asText());
            fact.put("rw", mount.path("RW").asBoolean());
            facts.add(fact);
        });
        facts.sort(Comparator.comparing(fact -> fact.get("destination").toString()));
        return facts;
    }

    /**
     * Each network the container is on with its aliases and fixed addresses. The alias that names the container
     * itself is left out: v1 gives none of its own (the engine adds the short id) and v2 gives the container's name.
     */
    private static SortedMap<String, Object> networks(JsonNode networks, PeerNames names, String name,
                                                      String shortId) {
        SortedMap<String, Object> facts = new TreeMap<>();
        networks.fields().forEachRemaining(network -> {
            JsonNode endpoint = network.getValue();
            Map<String, Object> fact = new TreeMap<>();
            fact.put("aliases", ObjectFacts.list(endpoint.path("Aliases")).stream()
                    .filter(alias -> !alias.equals(shortId) && !alias.equals(name)).map(names::text).sorted()
                    .toList());
            fact.put("ipv4 address", endpoint.path("IPAMConfig").path("IPv4Address").asText(""));
            fact.put("ipv6 address", endpoint.path("IPAMConfig").path("IPv6Address").asText(""));
            facts.put(names.text(network.getKey()), fact);
        });
        return facts;
    }

    /**
     * The labels both tools write: all but the run-specific ones and v2's own. v1 writes the config files as they
     * were found (relative to the project folder when no -f was given); v2 writes absolute paths.
     */
    private static SortedMap<String, String> labels(SortedMap<String, String> labels, PeerNames names, boolean v1) {
        SortedMap<String, String> kept = ObjectFacts.labelsWithout(labels, RUN_LABELS);
        V2_ONLY_LABELS.forEach(kept::remove);
        if (v1 && kept.containsKey(CONFIG_FILES) && kept.containsKey(WORKING_DIR)) {
            Path workingDir = Path.of(kept.get(WORKING_DIR));
            kept.put(CONFIG_FILES, Arrays.stream(kept.get(CONFIG_FILES).split(","))
                    .map(file -> workingDir.resolve(file).normalize().toString()).collect(Collectors.joining(",")));
        }
        kept.replaceAll((key, value) -> names.text(value));
        return kept;
    }
}
