package dev.berth.daemon.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the engine's {@code /info}, {@code /version} and {@code /system/df} answers, and sums disk usage exactly as
 * {@code docker system df} does, so the dashboard and the CLI agree to the byte.
 */
final class SystemJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Container states the CLI counts as active: they keep their writable layer. */
    private static final Set<String> ACTIVE_STATES = Set.of("running", "paused", "restarting");

    private SystemJson() {
    }

    static SystemInfo info(JsonNode info, JsonNode version) {
        JsonNode registries = info.path("RegistryConfig");
        List<String> insecure = new ArrayList<>();
        registries.path("IndexConfigs").forEach(index -> {
            if (!index.path("Secure").asBoolean(true)) {
                insecure.add(index.path("Name").asText());
            }
        });
        registries.path("InsecureRegistryCIDRs").forEach(cidr -> insecure.add(cidr.asText()));
        return new SystemInfo(
                text(info, "Name"),
                text(version, "Version").isEmpty() ? text(info, "ServerVersion") : text(version, "Version"),
                text(version, "ApiVersion"), text(version, "MinAPIVersion"),
                text(info, "OperatingSystem"), text(info, "OSType"), text(info, "Architecture"),
                text(info, "KernelVersion"), info.path("NCPU").asInt(), info.path("MemTotal").asLong(),
                text(info, "Driver"), text(info, "DockerRootDir"), text(info, "LoggingDriver"),
                text(info, "CgroupDriver"), text(info, "CgroupVersion"),
                info.path("Swarm").path("LocalNodeState").asText(""),
                insecure, strings(info.path("Warnings")),
                info.path("Containers").asInt(), info.path("ContainersRunning").asInt(),
                info.path("ContainersPaused").asInt(), info.path("ContainersStopped").asInt(),
                info.path("Images").asInt());
    }

    static DiskUsage diskUsage(JsonNode df) {
        return new DiskUsage(List.of(images(df), containers(df), volumes(df), buildCache(df)));
    }

    private static DiskUsage.Category images(JsonNode df) {
        long total = df.path("LayersSize").asLong();
        long used = 0;
        int active = 0;
        for (JsonNode image : df.path("Images")) {
            if (image.path("Containers").asLong() > 0) {
                active++;
            }
            long size = image.path("Size").asLong(-1);
            long shared = image.path("SharedSize").asLong(-1);
            if (image.path("Containers").asLong() != 0 && size != -1 && shared != -1) {
                used += size - shared;
            }
        }
        return new DiskUsage.Category("Images", df.path("Images").size(), active, total, total - used);
    }

    private static DiskUsage.Category containers(JsonNode df) {
        long size = 0;
        long reclaimable = 0;
        int active = 0;
        for (JsonNode container : df.path("Containers")) {
            long rw = container.path("SizeRw").asLong();
            size += rw;
            if (isActive(container.path("State").asText())) {
                active++;
            } else {
                reclaimable += rw;
            }
        }
        return new DiskUsage.Category("Containers", df.path("Containers").size(), active, size, reclaimable);
    }

    static boolean isActive(String state) {
        return ACTIVE_STATES.stream().anyMatch(state::contains);
    }

    private static DiskUsage.Category volumes(JsonNode df) {
        long size = 0;
        long reclaimable = 0;
        int active = 0;
        for (JsonNode volume : df.path("Volumes")) {
            JsonNode usage = volume.path("UsageData");
            long bytes = usage.path("Size").asLong(-1);
            boolean referenced = usage.path("RefCount").asLong() > 0;
            if (referenced) {
                active++;
            }
            if (bytes != -1) {
                size += bytes;
                if (!referenced) {
                    reclaimable += bytes;
                }
            }
        }
        return new DiskUsage.Category("Local Volumes", df.path("Volumes").size(), active, size, reclaimable);
    }

    private static DiskUsage.Category buildCache(JsonNode df) {
        long total = df.path("BuilderSize").asLong();
        long inUse = 0;
        int active = 0;
        for (JsonNode record : df.path("BuildCache")) {
            if (record.path("InUse").asBoolean()) {
                active++;
                if (!record.path("Shared").asBoolean()) {
                    inUse += record.path("Size").asLong();
                }
            }
        }
        return new DiskUsage.Category("Build Cache", df.path("BuildCache").size(), active, total, total - inUse);
    }

    static String text(JsonNode node, String field) {
        return node.path(field).asText("");
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asText()));
        return out;
    }

    static Map<String, String> labels(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.path("Labels").fields().forEachRemaining(entry -> out.put(entry.getKey(), entry.getValue().asText()));
        return out;
    }
}
