package dev.berth.compose.load;

import dev.berth.compose.model.NetworkSpec;
import dev.berth.compose.model.VolumeSpec;
import dev.berth.ui.form.Cidr;
import dev.berth.ui.form.IpAddress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The top-level {@code networks} and {@code volumes}: each named {@code name:}, else {@code <project>_<key>}; an
 * external one keeps its own name and takes no other setting.
 */
final class ResourceReader {
    private static final Set<String> EXTERNAL_KEYS = Set.of("name", "external");

    private final String project;
    private final Problems problems;

    ResourceReader(String project, Problems problems) {
        this.project = project;
        this.problems = problems;
    }

    Map<String, NetworkSpec> networks(YamlNode section) {
        Map<String, NetworkSpec> networks = new LinkedHashMap<>();
        for (YamlMap.Entry entry : entries(section, "networks")) {
            Fields network = Fields.of(entry.value(), KeyPaths.child("networks", entry.key()), KeySet.NETWORK,
                    problems);
            if (network == null) {
                continue;
            }
            boolean external = external(network);
            networks.put(entry.key(), new NetworkSpec(entry.key(), name(network, entry.key(), external), external,
                    network.string("driver"), network.dict("driver_opts", key -> null), ipam(network),
                    network.dict("labels", key -> ""), Boolean.TRUE.equals(network.bool("internal")),
                    Boolean.TRUE.equals(network.bool("attachable")),
                    Boolean.TRUE.equals(network.bool("enable_ipv6"))));
        }
        return networks;
    }

    Map<String, VolumeSpec> volumes(YamlNode section) {
        Map<String, VolumeSpec> volumes = new LinkedHashMap<>();
        for (YamlMap.Entry entry : entries(section, "volumes")) {
            Fields volume = Fields.of(entry.value(), KeyPaths.child("volumes", entry.key()), KeySet.VOLUME, problems);
            if (volume == null) {
                continue;
            }
            boolean external = external(volume);
            volumes.put(entry.key(), new VolumeSpec(entry.key(), name(volume, entry.key(), external), external,
                    volume.string("driver"), volume.dict("driver_opts", key -> null),
                    volume.dict("labels", key -> "")));
        }
        return volumes;
    }

    /** The project's default network, for when the file does not declare one and a service uses it. */
    NetworkSpec defaultNetwork() {
        return new NetworkSpec("default", project + "_default", false, null, Map.of(), null, Map.of(), false, false,
                false);
    }

    private List<YamlMap.Entry> entries(YamlNode section, String key) {
        if (section == null || section instanceof YamlScalar scalar && scalar.isNull()) {
            return List.of();
        }
        if (!(section instanceof YamlMap map)) {
            problems.error(section.place(), key, "This must be a mapping of " + key + " by name, not "
                    + section.kindName() + ".");
            return List.of();
        }
        return new ArrayList<>(map.entries().values());
    }

    /** {@code external: true}, or the legacy {@code external: {name: …}}; other keys then conflict with it. */
    private boolean external(Fields resource) {
        YamlNode node = resource.node("external");
        boolean external = node instanceof YamlMap ? resource.child("external", KeySet.EXTERNAL) != null
                : Boolean.TRUE.equals(resource.bool("external"));
        if (external) {
            for (String key : resource.map().entries().keySet()) {
                if (!EXTERNAL_KEYS.contains(key) && !key.startsWith("x-")) {
                    problems.error(resource.map().entries().get(key).keyPlace(), resource.pathOf(key), key
                            + " cannot be set on an external resource, which exists already; remove it or remove "
                            + "external.");
                }
            }
        }
        return external;
    }

    private String name(Fields resource, String key, boolean external) {
        String name = resource.string("name");
        if (name == null && resource.node("external") instanceof YamlMap legacy) {
            name = Fields.of(legacy, resource.pathOf("external"), KeySet.EXTERNAL, problems).string("name");
        }
        return name != null ? name : external ? key : project + "_" + key;
    }

    private NetworkSpec.Ipam ipam(Fields network) {
        Fields ipam = network.child("ipam", KeySet.IPAM);
        if (ipam == null) {
            return null;
        }
        List<NetworkSpec.Pool> pools = new ArrayList<>();
        YamlNode config = ipam.node("config");
        if (config instanceof YamlList list) {
            for (int i = 0; i < list.items().size(); i++) {
                Fields pool = Fields.of(list.items().get(i), KeyPaths.item(ipam.pathOf("config"), i),
                        KeySet.IPAM_POOL, problems);
                if (pool != null) {
                    pools.add(new NetworkSpec.Pool(pool.parsed("subnet", ResourceReader::cidr),
                            pool.parsed("gateway", ResourceReader::address),
                            pool.parsed("ip_range", ResourceReader::cidr)));
                }
            }
        } else if (config != null) {
            ipam.error("config", "This must be a list of pools (subnet, gateway, ip_range), not "
                    + config.kindName() + ".");
        }
        return new NetworkSpec.Ipam(ipam.string("driver"), pools);
    }

    private static String cidr(String text) {
        Cidr.Parsed parsed = Cidr.parse(text);
        if (!parsed.ok()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a subnet. " + parsed.problem());
        }
        return text;
    }

    private static String address(String text) {
        if (IpAddress.parse(text).isEmpty()) {
            throw new IllegalArgumentException("\"" + text + "\" is not an IP address.");
        }
        return text;
    }
}
