package dev.berth.compose.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One top-level network.
 *
 * @param key      its key in the file ("default" for the project's default network)
 * @param name     the engine's name: {@code name:}, else {@code <project>_<key>}; for an external network its own name
 * @param driver   null for the engine's default ("bridge")
 * @param ipam     null when not set
 */
public record NetworkSpec(
        String key,
        String name,
        boolean external,
        String driver,
        Map<String, String> driverOpts,
        Ipam ipam,
        Map<String, String> labels,
        boolean internal,
        boolean attachable,
        boolean enableIpv6) {

    public NetworkSpec {
        driverOpts = Collections.unmodifiableMap(new LinkedHashMap<>(driverOpts));
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** {@code ipam:}: a driver (null for "default") and its pools. */
    public record Ipam(String driver, List<Pool> config) {
        public Ipam {
            config = List.copyOf(config);
        }
    }

    /** One pool; each field is null when not set. */
    public record Pool(String subnet, String gateway, String ipRange) {
    }
}
