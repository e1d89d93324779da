package dev.berth.daemon.containers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.daemon.engine.EngineJson;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The engine's stat of an archived path, sent with every archive in the header {@value #HEADER}: base64 of
 * {@code {"name","size","mode","mtime","linkTarget"}}, the mode as Go's FileMode (folders have bit 31).
 */
final class PathStat {
    static final String HEADER = "X-Docker-Container-Path-Stat";
    private static final long GO_FOLDER_BIT = 1L << 31;

    private PathStat() {
    }

    /** The archived file's size, or -1 for a folder, a missing header or one that cannot be read. */
    static long fileSize(Map<String, List<String>> headers) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (HEADER.equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty()) {
                return fileSize(header.getValue().get(0));
            }
        }
        return -1;
    }

    static long fileSize(String encoded) {
        try {
            JsonNode stat = EngineJson.tree(new String(Base64.getDecoder().decode(encoded.trim()),
                    StandardCharsets.UTF_8));
            return (stat.path("mode").asLong() & GO_FOLDER_BIT) != 0 ? -1 : stat.path("size").asLong(-1);
        } catch (RuntimeException unreadable) {
            return -1;
        }
    }
}
