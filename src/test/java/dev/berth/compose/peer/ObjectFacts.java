package dev.berth.compose.peer;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One engine object (a container, network or volume) reduced to the fields the comparison looks at, each as plain
 * values (text, numbers, lists, maps with sorted keys) with the side's names mapped by {@link PeerNames}.
 *
 * @param kind "container", "network" or "volume"
 * @param name its name with the project mapped to {@code <project>}
 */
record ObjectFacts(String kind, String name, SortedMap<String, Object> fields) {

    ObjectFacts {
        fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
    }

    String label() {
        return kind + " " + name;
    }

    /** A JSON value as plain Java: null for missing or null, maps sorted by key, lists in their order. */
    static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            SortedMap<String, Object> map = new TreeMap<>();
            node.fields().forEachRemaining(field -> map.put(field.getKey(), plain(field.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(plain(item)));
            return list;
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        return node.isBoolean() ? node.booleanValue() : node.asText();
    }

    /** A JSON map of strings (labels, options) as a sorted map; empty for null. */
    static SortedMap<String, String> strings(JsonNode node) {
        SortedMap<String, String> map = new TreeMap<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(field -> map.put(field.getKey(), field.getValue().asText()));
        }
        return map;
    }

    /** A JSON list of strings; empty for null. */
    static List<String> list(JsonNode node) {
        List<String> list = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(item -> list.add(item.asText()));
        }
        return list;
    }

    /** The labels without the ones the comparison leaves out. */
    static SortedMap<String, String> labelsWithout(Map<String, String> labels, List<String> left) {
        SortedMap<String, String> kept = new TreeMap<>(labels);
        left.forEach(kept::remove);
        return kept;
    }
}
