package dev.berth.daemon.compose;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A network to create as compose declares one: unlike the Networks section's form it takes an IPAM driver and any
 * number of pools (an IPv4 and an IPv6 one, each with its own range and gateway).
 *
 * @param driver     null for the engine's default ("bridge")
 * @param ipamDriver null for the engine's default
 * @param pools      empty when the engine picks the subnets
 */
public record NetworkCreateSpec(String name, String driver, Map<String, String> options, Map<String, String> labels,
                                String ipamDriver, List<Pool> pools, boolean internal, boolean attachable,
                                boolean ipv6) {

    public NetworkCreateSpec {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        pools = List.copyOf(pools);
    }

    /** One IPAM pool; each field is null when not set. */
    public record Pool(String subnet, String ipRange, String gateway) {
    }
}
