package dev.berth.daemon.compose;

import java.util.List;

/**
 * An image that is on the engine, as compose needs it.
 *
 * @param volumes the container paths the image declares with VOLUME
 */
public record LocalImage(String id, List<String> volumes) {
    public LocalImage {
        volumes = List.copyOf(volumes);
    }
}
