package dev.berth.images.build;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The options of one {@code RUN --mount=type=…,id=…,target=…} flag. */
final class MountOptions {
    private MountOptions() {
    }

    /**
     * The secret's id when the mount is a secret, else null. Without an {@code id}, BuildKit takes the last name of
     * the {@code target} path.
     */
    static String secretId(String options) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String option : options.split(",")) {
            int equals = option.indexOf('=');
            String key = (equals < 0 ? option : option.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
            values.put(key, equals < 0 ? "" : unquote(option.substring(equals + 1).strip()));
        }
        if (!"secret".equals(values.get("type"))) {
            return null;
        }
        String id = values.get("id");
        if (id != null && !id.isEmpty()) {
            return id;
        }
        String target = values.getOrDefault("target", values.getOrDefault("dst", values.get("destination")));
        if (target == null || target.isEmpty()) {
            return null;
        }
        String trimmed = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
