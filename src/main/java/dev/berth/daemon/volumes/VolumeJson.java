package dev.berth.daemon.volumes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.berth.daemon.engine.EngineJson;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
