package dev.berth.daemon.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
