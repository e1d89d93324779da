package dev.berth.daemon.networks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What `docker network inspect` says about one network: its IPAM pools, options, labels and the containers on it.
 *
 * @param created    null when the engine does not say
 * @param containers the connected containers; their aliases are filled only by {@link NetworkOperations#inspect}
 */
public record NetworkInfo(
        String id,
        String name,
        String driver,
        String scope,
        Instant created,
        boolean internal,
        boolean attachable,
        boolean ipv6,
        List<IpamPool> pools,
        Map<String, String> options,
        Map<String, String> labels,
        List<Endpoint> containers) {

    /** The networks every engine has and that it refuses to remove. */
    public static final Set<String> BUILT_IN = Set.of("bridge", "host", "none");

    public NetworkInfo {
        pools = List.copyOf(pools);
        options = Map.copyOf(options);
        labels = Map.copyOf(labels);
        containers = List.copyOf(containers);
    }

    public boolean isBuiltIn() {
        return BUILT_IN.contains(name);
    }

    public NetworkSummary summary() {
        return new NetworkSummary(id, name, driver, scope);
    }

    /** One IPAM config entry; empty strings for what the engine left out. */
    public record IpamPool(String subnet, String ipRange, String gateway) {
    }

    /** One connected container; addresses without their prefix length, "" when there is none. */
    public record Endpoint(String containerId, String containerName, String ipv4, String ipv6, String mac,
                           List<String> aliases) {
        public Endpoint {
            aliases = List.copyOf(aliases);
        }
    }
}
