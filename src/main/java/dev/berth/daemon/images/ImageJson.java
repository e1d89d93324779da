package dev.berth.daemon.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.daemon.engine.EngineJson;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's raw image answers ({@code /images/{name}/json}, {@code /images/{name}/history}) read into records;
 * raw because docker-java has no model of the history, and the details keep the JSON as the engine wrote it.
 */
final class ImageJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MISSING = "<missing>";

    private ImageJson() {
    }

    static ImageDetails details(String json) {
        JsonNode image = EngineJson.tree(json);
        JsonNode config = image.path("Config");
        Map<String, String> labels = new LinkedHashMap<>();
        config.path("Labels").fields().forEachRemaining(label -> labels.put(label.getKey(), label.getValue().asText()));
        List<String> ports = new ArrayList<>();
        config.path("ExposedPorts").fieldNames().forEachRemaining(ports::add);
        ports.sort(Comparator.comparingInt(ImageJson::portNumber).thenComparing(Comparator.naturalOrder()));
        String platform = image.path("Os").asText("") + "/" + image.path("Architecture").asText("");
        return new ImageDetails(image.path("Id").asText(), strings(image.path("RepoTags")),
                strings(image.path("RepoDigests")), instant(image.path("Created").asText("")),
                image.path("Size").asLong(), platform, labels, ports, strings(config.path("Env")),
                strings(config.path("Entrypoint")), strings(config.path("Cmd")), config.path("WorkingDir").asText(""),
                config.path("User").asText(""), EngineJson.pretty(json));
    }

    static List<ImageLayer> history(String json) {
        List<ImageLayer> layers = new ArrayList<>();
        for (JsonNode layer : EngineJson.tree(json)) {
            String id = layer.path("Id").asText(MISSING);
            layers.add(new ImageLayer(id.isEmpty() ? MISSING : id, Instant.ofEpochSecond(layer.path("Created")
                    .asLong()), layer.path("CreatedBy").asText(""), layer.path("Size").asLong(),
                    strings(layer.path("Tags")), layer.path("Comment").asText("")));
        }
        return layers;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(item -> out.add(item.asText()));
        }
        return out;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException unreadable) {
            return Instant.EPOCH;
        }
    }

    private static int portNumber(String port) {
        try {
            return Integer.parseInt(port.replaceFirst("/.*$", ""));
        } catch (NumberFormatException notNumeric) {
            return Integer.MAX_VALUE;
        }
    }
}
