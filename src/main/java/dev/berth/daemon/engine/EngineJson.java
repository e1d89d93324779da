package dev.berth.daemon.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.LinkedHashMap;

/** The engine's own JSON answers, laid out as {@code docker inspect} prints them. */
public final class EngineJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Four spaces and {@code "Key": value}, as the CLI indents. */
    private static final DefaultPrettyPrinter CLI_LAYOUT = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("    ", "\n"))
            .withArrayIndenter(new DefaultIndenter("    ", "\n"));

    private EngineJson() {
    }

    /** One of the engine's answers as a JSON tree. */
    public static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException unreadable) {
            throw new UncheckedIOException("The engine answered something that is not JSON", unreadable);
        }
    }

    /** One of the engine's answers as a JSON tree, read as it arrives rather than held as text first. */
    public static JsonNode tree(InputStream json) throws IOException {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException unreadable) {
            throw new UncheckedIOException("The engine answered something that is not JSON", unreadable);
        }
    }

    /** A JSON object of strings (labels, options) as a map in the engine's order; empty for a missing object. */
    public static Map<String, String> strings(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> out.put(field.getKey(), field.getValue().asText()));
        return out;
    }

    public static String pretty(String json) {
        try {
            return JSON.writer(CLI_LAYOUT).writeValueAsString(JSON.readTree(json));
        } catch (JsonProcessingException unreadable) {
            throw new UncheckedIOException("The engine answered something that is not JSON", unreadable);
        }
    }

    /** A container name or id as one URL path segment: anything but the characters names may use is escaped. */
    public static String pathSegment(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
