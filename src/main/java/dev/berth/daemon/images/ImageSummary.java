package dev.berth.daemon.images;

import java.time.Instant;
import java.util.List;

/** One local image, like a row of `docker images`; {@code repoTags} is empty for a dangling image. */
public record ImageSummary(String id, List<String> repoTags, long size, Instant created) {
    public ImageSummary {
        repoTags = List.copyOf(repoTags);
    }
}
