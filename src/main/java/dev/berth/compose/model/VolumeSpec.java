package dev.berth.compose.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One top-level volume.
 *
 * @param key    its key in the file
 * @param name   the engine's name: {@code name:}, else {@code <project>_<key>}; for an external volume its own name
 * @param driver null for the engine's default ("local")
 */
public record VolumeSpec(String key, String name, boolean external, String driver, Map<String, String> driverOpts,
                         Map<String, String> labels) {

    public VolumeSpec {
        driverOpts = Collections.unmodifiableMap(new LinkedHashMap<>(driverOpts));
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }
}
