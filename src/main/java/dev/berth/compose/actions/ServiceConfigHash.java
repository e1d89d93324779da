package dev.berth.compose.actions;

import dev.berth.compose.model.ServiceSpec;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code com.docker.compose.config-hash} of a service: a SHA-256 of its resolved configuration written in one
 * canonical form (maps by sorted key, lists in order), so the same configuration always gives the same hash and any
 * change gives another. As in compose, how the image is built and how many replicas run are left out: neither
 * changes what one container is, and a changed image is noticed through the image id label instead.
 */
final class ServiceConfigHash {
    private static final Set<String> LEFT_OUT = Set.of("build", "scale");

    private ServiceConfigHash() {
    }

    static String of(ServiceSpec service) {
        StringBuilder canonical = new StringBuilder();
        writeRecord(service, canonical, LEFT_OUT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Record record) {
            writeRecord(record, out, Set.of());
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            new TreeMap<>(map).forEach((key, entry) -> {
                write(String.valueOf(key), out);
                out.append(':');
                write(entry, out);
                out.append(',');
            });
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            list.forEach(item -> {
                write(item, out);
                out.append(',');
            });
            out.append(']');
        } else if (value instanceof String text) {
            out.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else {
            out.append(value);
        }
    }

    private static void writeRecord(Record record, StringBuilder out, Set<String> leftOut) {
        out.append('{');
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (leftOut.contains(component.getName())) {
                continue;
            }
            out.append(component.getName()).append(':');
            try {
                write(component.getAccessor().invoke(record), out);
            } catch (IllegalAccessException | InvocationTargetException unreadable) {
                throw new IllegalStateException("Cannot read " + component.getName() + " of a service", unreadable);
            }
            out.append(',');
        }
        out.append('}');
    }
}
