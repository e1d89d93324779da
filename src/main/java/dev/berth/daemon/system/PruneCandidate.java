package dev.berth.daemon.system;

import java.util.List;
import java.util.Map;

/**
 * One object a prune would take.
 *
 * @param id         the full id (a volume's name; "build-cache" for the build cache, which goes all at once)
 * @param name       what the user knows it by: container name, first tag or short id, network or volume name
 * @param detail     a short description: the container's image and status, the image's other tags, the driver
 * @param size       the bytes it gives back, or -1 when the engine does not know (e.g. a volume of another driver)
 * @param references an image's tags and digests, so each can be removed when one id delete is refused
 */
public record PruneCandidate(PruneKind kind, String id, String name, String detail, long size,
                             Map<String, String> labels, List<String> references) {

    public static final String BUILD_CACHE_ID = "build-cache";

    public PruneCandidate {
        labels = Map.copyOf(labels);
        references = List.copyOf(references);
    }

    public boolean hasKnownSize() {
        return size >= 0;
    }
}
