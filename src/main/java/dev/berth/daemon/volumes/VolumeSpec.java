package dev.berth.daemon.volumes;

import java.util.Map;

/**
 * What `docker volume create` takes. A blank {@code name} lets the engine pick one; a blank {@code driver} means
 * "local".
 */
public record VolumeSpec(String name, String driver, Map<String, String> driverOptions, Map<String, String> labels) {

    public VolumeSpec {
        name = name == null ? "" : name.strip();
        driver = driver == null || driver.isBlank() ? "local" : driver.strip();
        driverOptions = Map.copyOf(driverOptions);
        labels = Map.copyOf(labels);
    }
}
