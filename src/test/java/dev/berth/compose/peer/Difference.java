package dev.berth.compose.peer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.List;

/**
 * One field in which Berth's project differs from docker-compose v1's (or from what v2 writes, for what only v2
 * writes).
 *
 * @param object   "container <project>-web-1", "network <project>_front", …
 * @param expected v1's value, or v2's where the field is v2's own
 * @param actual   Berth's value
 */
record Difference(String sample, String object, String field, Object expected, Object actual) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** A block per difference: sample, object and field, then the two values on lines of their own. */
    static String table(List<Difference> differences) {
        StringBuilder text = new StringBuilder(differences.size() + " difference(s) between docker-compose v1 (A)"
                + " and Berth (B):\n");
        for (Difference difference : differences) {
            text.append("  ").append(difference.sample()).append(" | ").append(difference.object()).append(" | ")
                    .append(difference.field()).append('\n')
                    .append("      v1:    ").append(render(difference.expected())).append('\n')
                    .append("      Berth: ").append(render(difference.actual())).append('\n');
        }
        return text.toString();
    }

    private static String render(Object value) {
        if (value instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException unprintable) {
            return String.valueOf(value);
        }
    }
}
