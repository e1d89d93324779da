package dev.berth.daemon.volumes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.engine.EngineJson;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine's volume answers read from its own JSON: docker-java's volume model has no creation time, and it has no
 * call for the disk-usage report at all.
 */
public final class VolumeJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VolumeJson() {
    }

    /** {@code GET /volumes}: {"Volumes": [{"Name", "Driver", "Mountpoint", "CreatedAt", "Labels", "Options"}]}. */
    public static List<VolumeSummary> volumes(String json) {
        List<VolumeSummary> out = new ArrayList<>();
        for (JsonNode volume : EngineJson.tree(json).path("Volumes")) {
            out.add(volume(volume));
        }
        return out;
    }

    /** One volume as {@code GET /volumes/{name}} or {@code POST /volumes/create} answer it. */
    static VolumeSummary volume(JsonNode volume) {
        return new VolumeSummary(volume.path("Name").asText(), volume.path("Driver").asText(),
                volume.path("Mountpoint").asText(), instant(volume.path("CreatedAt").asText()),
                EngineJson.strings(volume.path("Labels")), EngineJson.strings(volume.path("Options")));
    }

    public static VolumeSummary volume(String json) {
        return volume(EngineJson.tree(json));
    }

    /** {@code GET /system/df}: each volume's UsageData.Size; -1 where the engine did not measure. */
    static Map<String, Long> sizes(String json) {
        Map<String, Long> out = new HashMap<>();
        for (JsonNode volume : EngineJson.tree(json).path("Volumes")) {
            out.put(volume.path("Name").asText(), volume.path("UsageData").path("Size").asLong(-1));
        }
        return out;
    }

    /**
     * {@code GET /containers/json?all=1}: the containers that mount each named volume, less Berth's own helpers,
     * read as a tree (docker-java's bean model took about twice as long for 1,000 containers).
     */
    static Map<String, List<VolumeUser>> users(JsonNode containers) {
        Map<String, List<VolumeUser>> users = new HashMap<>();
        for (JsonNode container : containers) {
            if (container.path("Labels").has(VolumeHelper.LABEL)) {
                continue; // a browse or back-up in progress, not a user
            }
            String id = container.path("Id").asText();
            String name = container.path("Names").path(0).asText(id).replaceFirst("^/", "");
            VolumeUser user = new VolumeUser(id, name, container.path("Image").asText(""),
                    ContainerState.parse(container.path("State").asText(null)));
            Set<String> volumes = new LinkedHashSet<>();
            for (JsonNode mount : container.path("Mounts")) {
                String volume = mount.path("Name").asText("");
                if (!volume.isEmpty()) {
                    volumes.add(volume);
                }
            }
            volumes.forEach(volume -> users.computeIfAbsent(volume, unused -> new ArrayList<>()).add(user));
        }
        return users;
    }

    /** RFC 3339 as the engine writes it ("2026-12-01T18:31:06Z" or with an offset); null when absent. */
    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException unknownFormat) {
            return null;
        }
    }
}
