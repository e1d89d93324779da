package dev.berth.compose.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the values of one mapping of a compose file by the types the compose specification gives them. A value of
 * the wrong type is recorded as a problem at its place and read as absent, so reading goes on and every problem of
 * the file is found in one pass.
 */
final class Fields {
    private static final List<String> TRUE = List.of("true", "yes", "y", "on");
    private static final List<String> FALSE = List.of("false", "no", "n", "off");
    private static final Pattern COUNT = Pattern.compile("\\+?[0-9]{1,9}");

    private final YamlMap map;
    private final String path;
    private final Problems problems;
    private final boolean allKeysKnown;

    private Fields(YamlMap map, String path, Problems problems, boolean allKeysKnown) {
        this.map = map;
        this.path = path;
        this.problems = problems;
        this.allKeysKnown = allKeysKnown;
    }

    /**
     * The mapping at {@code node} with its keys checked against {@code keys}; null (with a problem) when the node is
     * not a mapping. An empty value reads as an empty mapping.
     */
    static Fields of(YamlNode node, String path, KeySet keys, Problems problems) {
        if (node instanceof YamlScalar scalar && scalar.isNull()) {
            return new Fields(YamlMap.empty(scalar.place()), path, problems, true);
        }
        if (!(node instanceof YamlMap map)) {
            problems.error(node.place(), path, "This must be a mapping, not " + node.kindName() + ".");
            return null;
        }
        return new Fields(map, path, problems, keys.check(map, path, problems));
    }

    YamlMap map() {
        return map;
    }

    String path() {
        return path;
    }

    /** False when a key is unknown (a misspelling), so checks that its absence would trip are better left out. */
    boolean allKeysKnown() {
        return allKeysKnown;
    }

    Problems problems() {
        return problems;
    }

    String pathOf(String key) {
        return KeyPaths.child(path, key);
    }

    /** The value, or null when the key is absent or its value is empty. */
    YamlNode node(String key) {
        YamlNode node = map.get(key);
        return node instanceof YamlScalar scalar && scalar.isNull() ? null : node;
    }

    boolean has(String key) {
        return node(key) != null;
    }

    /** A nested mapping with its keys checked, or null when absent or not a mapping. */
    Fields child(String key, KeySet keys) {
        YamlNode node = map.get(key);
        return node == null ? null : of(node, pathOf(key), keys, problems);
    }

    String string(String key) {
        YamlNode node = node(key);
        return node == null ? null : string(node, pathOf(key));
    }

    /** A string value; a number is refused with the hint to quote it, as the compose schema wants a string. */
    String string(YamlNode node, String keyPath) {
        if (node instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.STRING) {
            return scalar.text();
        }
        String hint = node instanceof YamlScalar scalar ? "; write it in quotes: \"" + scalar.text() + "\"" : "";
        problems.error(node.place(), keyPath, "This must be a string, not " + node.kindName() + hint + ".");
        return null;
    }

    /** A scalar where the schema allows a string, a number or a boolean, as text. */
    String text(YamlNode node, String keyPath) {
        if (node instanceof YamlScalar scalar && !scalar.isNull()) {
            return scalar.type() == YamlScalar.Type.BOOLEAN ? scalar.text().toLowerCase(Locale.ROOT) : scalar.text();
        }
        problems.error(node.place(), keyPath, "This must be a string or a number, not " + node.kindName() + ".");
        return null;
    }

    Boolean bool(String key) {
        YamlNode node = node(key);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlScalar scalar && (scalar.type() == YamlScalar.Type.BOOLEAN
                || scalar.type() == YamlScalar.Type.STRING)) {
            String word = scalar.text().toLowerCase(Locale.ROOT);
            if (TRUE.contains(word) || FALSE.contains(word)) {
                return TRUE.contains(word);
            }
        }
        problems.error(node.place(), pathOf(key), "This must be true or false, not " + describe(node) + ".");
        return null;
    }

    /** A whole number of at least 0; a string of digits counts, as interpolation makes strings. */
    Integer count(String key) {
        YamlNode node = node(key);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlScalar scalar && (scalar.type() == YamlScalar.Type.INTEGER
                || scalar.type() == YamlScalar.Type.STRING) && COUNT.matcher(scalar.text()).matches()) {
            return Integer.parseInt(scalar.text().replace("+", ""));
        }
        problems.error(node.place(), pathOf(key), "This must be a whole number of 0 or more, not "
                + describe(node) + ".");
        return null;
    }

    Duration duration(String key) {
        YamlNode node = node(key);
        if (node == null) {
            return null;
        }
        String text = node instanceof YamlScalar scalar ? scalar.text() : null;
        Duration duration = text == null ? null : Durations.parse(text);
        if (duration == null) {
            problems.error(node.place(), pathOf(key), "This must be a duration such as 10s or 1m30s (units h, m, "
                    + "s, ms, us, ns), not " + describe(node) + ".");
        }
        return duration;
    }

    /** A list of strings; also a single string when {@code single} allows it. Null when absent or wrong. */
    List<String> strings(String key, boolean single) {
        YamlNode node = node(key);
        if (node == null) {
            return null;
        }
        if (single && node instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.STRING) {
            return List.of(scalar.text());
        }
        if (!(node instanceof YamlList list)) {
            problems.error(node.place(), pathOf(key), "This must be a list" + (single ? " or a string" : "")
                    + ", not " + node.kindName() + ".");
            return null;
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            String value = string(list.items().get(i), KeyPaths.item(pathOf(key), i));
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /**
     * A list of {@code KEY=VALUE} or a mapping (compose's list_or_dict), in file order. A key without a value
     * ({@code KEY} in a list, {@code KEY:} in a mapping) gets {@code missing.apply(KEY)}, and is left out when that
     * is null.
     */
    Map<String, String> dict(String key, Function<String, String> missing) {
        YamlNode node = node(key);
        Map<String, String> values = new LinkedHashMap<>();
        if (node instanceof YamlMap entries) {
            for (YamlMap.Entry entry : entries.entries().values()) {
                YamlNode value = entry.value();
                String text = value instanceof YamlScalar scalar && scalar.isNull() ? missing.apply(entry.key())
                        : text(value, KeyPaths.child(pathOf(key), entry.key()));
                if (text != null) {
                    values.put(entry.key(), text);
                }
            }
        } else if (node instanceof YamlList list) {
            for (int i = 0; i < list.items().size(); i++) {
                String item = text(list.items().get(i), KeyPaths.item(pathOf(key), i));
                int equals = item == null ? -1 : item.indexOf('=');
                String value = item == null ? null
                        : equals < 0 ? missing.apply(item) : item.substring(equals + 1);
                if (value != null) {
                    values.put(equals < 0 ? item : item.substring(0, equals), value);
                }
            }
        } else if (node != null) {
            problems.error(node.place(), pathOf(key), "This must be a list of KEY=VALUE or a mapping, not "
                    + node.kindName() + ".");
        }
        return values;
    }

    /** {@code command}-like keys: a string split into words as a shell would, or a list of strings. */
    List<String> words(String key) {
        YamlNode node = map.get(key);
        if (node == null || node instanceof YamlScalar scalar && scalar.isNull()) {
            return null;
        }
        if (node instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.STRING) {
            try {
                return CommandWords.split(scalar.text());
            } catch (IllegalArgumentException unbalanced) {
                problems.error(node.place(), pathOf(key), unbalanced.getMessage());
                return null;
            }
        }
        return strings(key, true);
    }

    /**
     * A scalar (string or number) turned into a value by {@code parser}; null when absent, or when the parser refuses
     * it with an {@link IllegalArgumentException}, whose sentence becomes the problem.
     */
    <T> T parsed(String key, Function<String, T> parser) {
        YamlNode node = node(key);
        if (node == null) {
            return null;
        }
        String text = text(node, pathOf(key));
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException invalid) {
            problems.error(node.place(), pathOf(key), invalid.getMessage());
            return null;
        }
    }

    void error(String key, String message) {
        YamlNode node = map.get(key);
        problems.error(node == null ? map.place() : node.place(), pathOf(key), message);
    }

    static String describe(YamlNode node) {
        return node instanceof YamlScalar scalar && !scalar.isNull() ? "\"" + scalar.text() + "\"" : node.kindName();
    }
}
