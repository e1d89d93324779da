package dev.berth.daemon.networks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A network to create, as {@code docker network create} takes it. Blank strings mean "the engine's default".
 *
 * @param ipv6Subnet an IPv6 subnet next to the IPv4 one (needs {@code ipv6})
 * @param options    driver options ({@code -o}), such as macvlan's {@code parent}; kept in the order given
 */
public record NetworkSpec(
        String name,
        String driver,
        String subnet,
        String ipRange,
        String gateway,
        String ipv6Subnet,
        boolean internal,
        boolean attachable,
        boolean ipv6,
        Map<String, String> labels,
        Map<String, String> options) {

    public static final String DEFAULT_DRIVER = "bridge";

    public NetworkSpec {
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** A bridge network with the engine's defaults for everything else. */
    public static NetworkSpec bridge(String name) {
        return new NetworkSpec(name, DEFAULT_DRIVER, "", "", "", "", false, false, false, Map.of(), Map.of());
    }
}
