package dev.berth.daemon.images;

import java.time.Instant;
import java.util.List;

/**
 * One step of an image's history ({@code docker history}): the instruction that made it and the bytes it added.
 *
 * @param id        the layer's image id, or "<missing>" for layers built elsewhere (as the CLI shows)
 * @param createdBy the Dockerfile instruction, as the engine recorded it
 */
public record ImageLayer(String id, Instant created, String createdBy, long size, List<String> tags, String comment) {
    public ImageLayer {
        tags = List.copyOf(tags);
    }
}
