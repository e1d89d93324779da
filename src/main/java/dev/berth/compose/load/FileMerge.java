package dev.berth.compose.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Merges a later compose file into the earlier ones by the compose specification's rules: mappings merge key by
 * key, sequences append, {@code command}, {@code entrypoint} and {@code healthcheck.test} are replaced, list-or-map
 * keys such as {@code environment} and {@code labels} merge by variable name, {@code depends_on} and a service's
 * {@code networks} merge by name, simple string lists keep each value once, {@code !reset} removes what the earlier
 * files set and {@code !override} replaces it. Ports and volumes are made unique later, when they are read, because
 * their key (host address, port, protocol; mount target) needs their syntax parsed.
 */
final class FileMerge {
    private final Problems problems;

    FileMerge(Problems problems) {
        this.problems = problems;
    }

    /** The first file as it takes part in a merge: values tagged {@code !reset} are left out. */
    static YamlMap first(YamlMap file) {
        return (YamlMap) withoutResets(file);
    }

    /** {@code later} merged into {@code merged}, the result of the earlier files. */
    YamlMap merge(YamlMap merged, YamlMap later) {
        return mergeMaps(merged, later, List.of());
    }

    /** A service that {@code extends} another: the service merged into its base, with the same rules as files. */
    YamlMap extend(YamlMap base, YamlMap service, String serviceName) {
        return mergeMaps(base, service, List.of("services", serviceName));
    }

    private YamlMap mergeMaps(YamlMap base, YamlMap override, List<String> path) {
        Map<String, YamlMap.Entry> entries = new LinkedHashMap<>(base.entries());
        for (YamlMap.Entry entry : override.entries().values()) {
            YamlNode value = entry.value();
            YamlMap.Entry existing = entries.get(entry.key());
            if (value.tag() == YamlNode.Tag.RESET) {
                entries.remove(entry.key());
            } else if (existing == null || value.tag() == YamlNode.Tag.OVERRIDE) {
                entries.put(entry.key(), entry.withValue(withoutResets(value)));
            } else {
                entries.put(entry.key(), existing.withValue(mergeValues(existing.value(), value, child(path,
                        entry.key()))));
            }
        }
        return base.withEntries(entries);
    }

    private YamlNode mergeValues(YamlNode base, YamlNode override, List<String> path) {
        MergeRule rule = MergeRule.at(path);
        if (rule == MergeRule.REPLACE) {
            return withoutResets(override);
        }
        if (override instanceof YamlScalar scalar && scalar.isNull()) {
            return base;
        }
        return switch (rule) {
            case BY_KEY -> byKey(base, override, path, FileMerge::keyedEntry);
            case BY_NAME -> byKey(base, override, path, item -> new YamlMap.Entry(item.text(), item.place(),
                    new YamlScalar("", YamlScalar.Type.NULL, item.place(), YamlNode.Tag.NONE)));
            case BUILD -> byKey(asBuild(base), asBuild(override), path, null);
            case LOGGING -> sameDriver(base, override) ? plain(base, override, path) : withoutResets(override);
            case UNIQUE -> unique(asList(base), asList(override), path, FileMerge::keyBeforeEquals);
            case ENV_FILES -> unique(asList(base), asList(override), path, FileMerge::envFilePath);
            case IPAM_POOLS -> unique(base, override, path, FileMerge::subnet);
            default -> plain(base, override, path);
        };
    }

    private YamlNode plain(YamlNode base, YamlNode override, List<String> path) {
        if (base instanceof YamlMap baseMap && override instanceof YamlMap overrideMap) {
            return mergeMaps(baseMap, overrideMap, path);
        }
        if (base instanceof YamlList baseList && override instanceof YamlList overrideList) {
            List<YamlNode> items = new ArrayList<>(baseList.items());
            items.addAll(((YamlList) withoutResets(overrideList)).items());
            return baseList.withItems(items);
        }
        boolean baseEmpty = base instanceof YamlScalar scalar && scalar.isNull();
        if (baseEmpty || base instanceof YamlScalar && override instanceof YamlScalar) {
            return withoutResets(override);
        }
        problems.error(override.place(), String.join(".", path), "This is " + override.kindName() + ", but the "
                + "value it merges with (" + base.place().file().getFileName() + ", line " + base.place().line()
                + ") is " + base.kindName() + "; write both the same way, or tag this one !override to replace it.");
        return base;
    }

    /** List-or-map keys merged as mappings: later entries replace earlier ones with the same key. */
    private YamlNode byKey(YamlNode base, YamlNode override, List<String> path,
                           Function<YamlScalar, YamlMap.Entry> fromItem) {
        YamlMap baseMap = asMap(base, fromItem);
        YamlMap overrideMap = asMap(override, fromItem);
        if (baseMap == null || overrideMap == null) {
            return plain(base, override, path);
        }
        return mergeMaps(baseMap, overrideMap, path);
    }

    /** Lists that hold each key once: a later item with the same key takes the earlier one's position. */
    private YamlNode unique(YamlNode base, YamlNode override, List<String> path, Function<YamlNode, String> key) {
        if (!(base instanceof YamlList baseList) || !(override instanceof YamlList overrideList)) {
            return plain(base, override, path);
        }
        List<YamlNode> items = new ArrayList<>(baseList.items());
        for (YamlNode item : overrideList.items()) {
            int index = indexOfKey(items, key.apply(item), key);
            if (index >= 0) {
                items.set(index, item);
            } else {
                items.add(item);
            }
        }
        return baseList.withItems(items);
    }

    private static int indexOfKey(List<YamlNode> items, String wanted, Function<YamlNode, String> key) {
        for (int i = 0; wanted != null && i < items.size(); i++) {
            if (wanted.equals(key.apply(items.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** A list of {@code KEY=VALUE} (or bare {@code KEY}) scalars as a mapping; the map itself; null otherwise. */
    private static YamlMap asMap(YamlNode node, Function<YamlScalar, YamlMap.Entry> fromItem) {
        if (node instanceof YamlMap map) {
            return map;
        }
        if (!(node instanceof YamlList list) || fromItem == null) {
            return null;
        }
        Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlScalar scalar) || scalar.isNull()) {
                return null;
            }
            YamlMap.Entry entry = fromItem.apply(scalar);
            entries.put(entry.key(), entry);
        }
        return new YamlMap(entries, list.place(), YamlNode.Tag.NONE);
    }

    private static YamlMap.Entry keyedEntry(YamlScalar item) {
        int equals = item.text().indexOf('=');
        YamlScalar value = equals < 0
                ? new YamlScalar("", YamlScalar.Type.NULL, item.place(), YamlNode.Tag.NONE)
                : YamlScalar.string(item.text().substring(equals + 1), item.place());
        return new YamlMap.Entry(equals < 0 ? item.text() : item.text().substring(0, equals), item.place(), value);
    }

    private static YamlNode asBuild(YamlNode build) {
        if (build instanceof YamlScalar context && !context.isNull()) {
            return YamlMap.empty(context.place()).with("context", context.place(), context);
        }
        return build;
    }

    private static YamlNode asList(YamlNode node) {
        return node instanceof YamlScalar scalar && !scalar.isNull()
                ? new YamlList(List.of(scalar), scalar.place(), YamlNode.Tag.NONE) : node;
    }

    private static boolean sameDriver(YamlNode base, YamlNode override) {
        if (!(base instanceof YamlMap baseMap) || !(override instanceof YamlMap overrideMap)) {
            return true;
        }
        YamlNode baseDriver = baseMap.get("driver");
        YamlNode overrideDriver = overrideMap.get("driver");
        return baseDriver == null || overrideDriver == null || baseDriver instanceof YamlScalar one
                && overrideDriver instanceof YamlScalar other && one.text().equals(other.text());
    }

    private static String keyBeforeEquals(YamlNode item) {
        if (!(item instanceof YamlScalar scalar)) {
            return null;
        }
        int equals = scalar.text().indexOf('=');
        return equals < 0 ? scalar.text() : scalar.text().substring(0, equals);
    }

    private static String envFilePath(YamlNode item) {
        if (item instanceof YamlMap map) {
            return map.get("path") instanceof YamlScalar path ? path.text() : null;
        }
        return item instanceof YamlScalar path ? path.text() : null;
    }

    private static String subnet(YamlNode pool) {
        return pool instanceof YamlMap map && map.get("subnet") instanceof YamlScalar subnet ? subnet.text() : null;
    }

    /** The node without the values tagged {@code !reset}, and without compose tags. */
    static YamlNode withoutResets(YamlNode node) {
        if (node instanceof YamlMap map) {
            Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
            for (YamlMap.Entry entry : map.entries().values()) {
                if (entry.value().tag() != YamlNode.Tag.RESET) {
                    entries.put(entry.key(), entry.withValue(withoutResets(entry.value())));
                }
            }
            return map.withEntries(entries).withTag(YamlNode.Tag.NONE);
        }
        if (node instanceof YamlList list) {
            return list.withItems(list.items().stream().filter(item -> item.tag() != YamlNode.Tag.RESET)
                    .map(FileMerge::withoutResets).toList()).withTag(YamlNode.Tag.NONE);
        }
        return node.withTag(YamlNode.Tag.NONE);
    }

    private static List<String> child(List<String> path, String key) {
        List<String> next = new ArrayList<>(path);
        next.add(key);
        return next;
    }
}
