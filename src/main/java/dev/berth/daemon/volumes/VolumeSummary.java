package dev.berth.daemon.volumes;

import java.time.Instant;
import java.util.Map;

/**
 * One volume, like a row of `docker volume ls` with what `docker volume inspect` adds: when it was made, its labels
 * and its driver options. {@code created} is null when the driver does not say.
 */
public record VolumeSummary(String name, String driver, String mountpoint, Instant created,
                            Map<String, String> labels, Map<String, String> options) {

    public VolumeSummary {
        labels = Map.copyOf(labels);
        options = Map.copyOf(options);
    }

    /** A volume known only by the three columns of `docker volume ls` (the Run dialog's suggestions need no more). */
    public VolumeSummary(String name, String driver, String mountpoint) {
        this(name, driver, mountpoint, null, Map.of(), Map.of());
    }
}
