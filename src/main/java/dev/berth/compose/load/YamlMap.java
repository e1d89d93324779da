package dev.berth.compose.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A YAML mapping with string keys, in file order; each entry keeps its key's place. */
record YamlMap(Map<String, Entry> entries, Place place, Tag tag) implements YamlNode {

    /** One key and its value; the key's place is where "unknown key" problems point. */
    record Entry(String key, Place keyPlace, YamlNode value) {
        Entry withValue(YamlNode newValue) {
            return new Entry(key, keyPlace, newValue);
        }
    }

    YamlMap {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    static YamlMap empty(Place place) {
        return new YamlMap(Map.of(), place, Tag.NONE);
    }

    YamlNode get(String key) {
        Entry entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    YamlMap withEntries(Map<String, Entry> newEntries) {
        return new YamlMap(newEntries, place, tag);
    }

    /** A copy with one entry replaced or added, or removed when {@code value} is null. */
    YamlMap with(String key, Place keyPlace, YamlNode value) {
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        if (value == null) {
            copy.remove(key);
        } else {
            Entry old = copy.get(key);
            copy.put(key, new Entry(key, old == null ? keyPlace : old.keyPlace(), value));
        }
        return withEntries(copy);
    }

    @Override
    public YamlMap withTag(Tag newTag) {
        return new YamlMap(entries, place, newTag);
    }

    @Override
    public String kindName() {
        return "a mapping";
    }
}
