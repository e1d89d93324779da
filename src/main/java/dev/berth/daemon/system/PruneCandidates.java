package dev.berth.daemon.system;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's own prune rules applied to its answers, so the preview names what {@code docker … prune} would take:
 * stopped containers; dangling images (the engine's {@code dangling=true} list) and unused tagged ones, neither used
 * by any container; user-defined networks without connected containers; local volumes no container mounts (the
 * engine's {@code dangling=true} list); and build cache that {@code docker builder prune} would free.
 */
final class PruneCandidates {
    private static final Set<String> STOPPED_STATES = Set.of("created", "exited", "dead");
    private static final Set<String> BUILT_IN_NETWORKS = Set.of("bridge", "host", "none");
    /** Build cache records a prune without {@code --all} keeps. */
    private static final Set<String> KEPT_CACHE_TYPES = Set.of("internal", "frontend");
    private static final String NO_TAG = "<none>:<none>";
    private static final String NO_DIGEST = "<none>@<none>";

    private PruneCandidates() {
    }

    /**
     * @param df               the {@code /system/df} answer, for the sizes and which images containers use
     * @param danglingImages   {@code /images/json?filters={"dangling":["true"]}}
     * @param danglingVolumes  {@code /volumes?filters={"dangling":["true"]}}
     * @param networks         every network, each as {@code /networks/{id}} answers (with its containers)
     */
    static List<PruneCandidate> discover(JsonNode df, JsonNode danglingImages, JsonNode danglingVolumes,
                                         List<JsonNode> networks) {
        List<PruneCandidate> out = new ArrayList<>(containers(df));
        out.addAll(networks(networks));
        out.addAll(volumes(df, danglingVolumes));
        out.addAll(images(df, danglingImages));
        buildCache(df).ifPresent(out::add);
        return out;
    }

    private static List<PruneCandidate> containers(JsonNode df) {
        List<PruneCandidate> out = new ArrayList<>();
        for (JsonNode container : df.path("Containers")) {
            if (STOPPED_STATES.contains(container.path("State").asText())) {
                String name = container.path("Names").path(0).asText(container.path("Id").asText())
                        .replaceFirst("^/", "");
                out.add(new PruneCandidate(PruneKind.STOPPED_CONTAINERS, container.path("Id").asText(), name,
                        container.path("Image").asText() + " · " + container.path("Status").asText(),
                        container.path("SizeRw").asLong(-1), SystemJson.labels(container), List.of()));
            }
        }
        return out;
    }

    private static List<PruneCandidate> networks(List<JsonNode> networks) {
        List<PruneCandidate> out = new ArrayList<>();
        for (JsonNode network : networks) {
            String name = network.path("Name").asText();
            if (BUILT_IN_NETWORKS.contains(name) || network.path("Ingress").asBoolean()
                    || !network.path("Containers").isEmpty()) {
                continue;
            }
            out.add(new PruneCandidate(PruneKind.UNUSED_NETWORKS, network.path("Id").asText(), name,
                    network.path("Driver").asText() + " · " + network.path("Scope").asText(), 0,
                    SystemJson.labels(network), List.of()));
        }
        return out;
    }

    private static List<PruneCandidate> volumes(JsonNode df, JsonNode danglingVolumes) {
        Map<String, Long> sizes = new HashMap<>();
        for (JsonNode volume : df.path("Volumes")) {
            sizes.put(volume.path("Name").asText(), volume.path("UsageData").path("Size").asLong(-1));
        }
        List<PruneCandidate> out = new ArrayList<>();
        for (JsonNode volume : danglingVolumes.path("Volumes")) {
            String driver = volume.path("Driver").asText();
            if (!"local".equals(driver)) {
                continue; // the engine prunes only volumes of the local driver
            }
            String name = volume.path("Name").asText();
            String kind = name.matches("[0-9a-f]{64}") ? "anonymous" : "named";
            out.add(new PruneCandidate(PruneKind.UNUSED_VOLUMES, name, name, driver + " · " + kind,
                    sizes.getOrDefault(name, -1L), SystemJson.labels(volume), List.of()));
        }
        return out;
    }

    private static List<PruneCandidate> images(JsonNode df, JsonNode danglingImages) {
        Set<String> dangling = new HashSet<>();
        danglingImages.forEach(image -> dangling.add(image.path("Id").asText()));
        List<PruneCandidate> out = new ArrayList<>();
        for (PruneKind kind : List.of(PruneKind.DANGLING_IMAGES, PruneKind.UNUSED_IMAGES)) {
            for (JsonNode image : df.path("Images")) {
                String id = image.path("Id").asText();
                List<String> tags = references(image.path("RepoTags"), NO_TAG);
                boolean isDangling = dangling.contains(id);
                boolean wanted = kind == PruneKind.DANGLING_IMAGES ? isDangling : !isDangling && !tags.isEmpty();
                if (wanted && image.path("Containers").asLong() == 0) {
                    out.add(image(kind, image, tags));
                }
            }
        }
        return out;
    }

    private static PruneCandidate image(PruneKind kind, JsonNode image, List<String> tags) {
        String id = image.path("Id").asText();
        String shortId = id.replaceFirst("^sha256:", "").substring(0, Math.min(12, id.replaceFirst("^sha256:", "")
                .length()));
        long size = image.path("Size").asLong(-1);
        long shared = image.path("SharedSize").asLong(-1);
        long unique = size >= 0 && shared >= 0 ? size - shared : size;
        List<String> references = new ArrayList<>(tags);
        references.addAll(references(image.path("RepoDigests"), NO_DIGEST));
        String name = tags.isEmpty() ? shortId : tags.get(0);
        String detail = tags.isEmpty() ? "untagged" : tags.size() > 1 ? shortId + " · " + tags.size() + " tags"
                : shortId;
        return new PruneCandidate(kind, id, name, detail, unique, SystemJson.labels(image), references);
    }

    private static List<String> references(JsonNode array, String none) {
        return SystemJson.strings(array).stream().filter(reference -> !reference.equals(none)).toList();
    }

    private static Optional<PruneCandidate> buildCache(JsonNode df) {
        long size = 0;
        int records = 0;
        for (JsonNode record : df.path("BuildCache")) {
            if (!record.path("InUse").asBoolean() && !record.path("Shared").asBoolean()
                    && !KEPT_CACHE_TYPES.contains(record.path("Type").asText())) {
                size += record.path("Size").asLong();
                records++;
            }
        }
        if (records == 0) {
            return Optional.empty();
        }
        return Optional.of(new PruneCandidate(PruneKind.BUILD_CACHE, PruneCandidate.BUILD_CACHE_ID,
                records + (records == 1 ? " build cache record" : " build cache records"),
                "not in use and not shared with an image", size, Map.of(), List.of()));
    }
}
