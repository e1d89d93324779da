package dev.berth.daemon.containers;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One row of `docker ps -a`. {@code status} is the engine's own text, e.g. "Up 3 minutes". */
public record ContainerSummary(
        String id,
        String name,
        String image,
        String imageId,
        String command,
        ContainerState state,
        String status,
        List<PortMapping> ports,
        Instant created,
        Map<String, String> labels) {

    public ContainerSummary {
        ports = List.copyOf(ports);
        labels = Map.copyOf(labels);
    }

    public String shortId() {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
