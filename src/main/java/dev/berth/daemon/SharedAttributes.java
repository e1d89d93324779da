package dev.berth.daemon;

import java.util.Map;

/**
 * Hands out one immutable copy of an attribute map for events that carry the same attributes one after another: a
 * container's create, start, stop and destroy repeat its labels, image and name, and the Events feed keeps 10,000
 * events. The maps seen last are kept in a small table by hash (a newer one takes its slot's place), so sharing
 * costs nothing per event and keeps no map alive for long; no lock either, as the maps are immutable and a lost
 * race only loses a chance to share.
 */
final class SharedAttributes {
    private static final int SLOTS = 256;
    @SuppressWarnings("unchecked")
    private static final Map<String, String>[] RECENT = new Map[SLOTS];

    private SharedAttributes() {
    }

    static Map<String, String> of(Map<String, String> attributes) {
        Map<String, String> copy = Map.copyOf(attributes);
        if (copy.isEmpty()) {
            return copy; // the one empty map already
        }
        int slot = copy.hashCode() & (SLOTS - 1);
        Map<String, String> recent = RECENT[slot];
        if (copy.equals(recent)) {
            return recent;
        }
        RECENT[slot] = copy;
        return copy;
    }
}
