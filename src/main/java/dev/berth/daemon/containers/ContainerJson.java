package dev.berth.daemon.containers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.daemon.engine.EngineJson;
import dev.berth.daemon.volumes.VolumeHelper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /containers/json} read from the engine's own JSON. The window's first container list waits on this
 * read while the app starts, and a tree read costs a fraction of docker-java's bean model there.
 */
public final class ContainerJson {
    private ContainerJson() {
    }

    /** Every container of the answer, without Berth's own volume helpers. */
    public static List<ContainerSummary> summaries(String json) {
        return summaries(EngineJson.tree(json));
    }

    /** Every container of the answer, read as a tree, without Berth's own volume helpers. */
    public static List<ContainerSummary> summaries(JsonNode answer) {
        List<ContainerSummary> out = new ArrayList<>(answer.size());
        for (JsonNode container : answer) {
            Map<String, String> labels = EngineJson.strings(container.path("Labels"));
            if (!labels.containsKey(VolumeHelper.LABEL)) {
                out.add(summary(container, labels));
            }
        }
        return out;
    }

    private static ContainerSummary summary(JsonNode container, Map<String, String> labels) {
        String id = container.path("Id").asText();
        JsonNode names = container.path("Names");
        String name = names.isArray() && !names.isEmpty() ? names.get(0).asText().replaceFirst("^/", "") : id;
        return new ContainerSummary(id, name, container.path("Image").asText(), container.path("ImageID").asText(),
                container.path("Command").asText(), ContainerState.parse(container.path("State").asText(null)),
                container.path("Status").asText(), ports(container.path("Ports")),
                Instant.ofEpochSecond(container.path("Created").asLong()), labels);
    }

    private static List<PortMapping> ports(JsonNode ports) {
        List<PortMapping> all = new ArrayList<>(ports.size());
        for (JsonNode port : ports) {
            all.add(new PortMapping(port.path("IP").asText(), port.path("PublicPort").asInt(),
                    port.path("PrivatePort").asInt(), port.path("Type").asText("tcp")));
        }
        return DockerContainerOperations.tidy(all);
    }

}
