package dev.berth.compose.peer;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** A network's or volume's {@code docker inspect}, reduced to what a compose file decides. */
final class ResourceFacts {
    static final String NETWORK_KEY = "com.docker.compose.network";
    static final String VOLUME_KEY = "com.docker.compose.volume";
    private static final List<String> RUN_LABELS = List.of(ContainerFacts.VERSION, ContainerFacts.CONFIG_HASH);

    private ResourceFacts() {
    }

    /**
     * Driver, options, labels, internal, IPv6 and IPAM. The pools count only where the file sets them: without
     * {@code ipam.config} the engine picks a free subnet, which two projects never share. Attachable is left to
     * {@link V2Expectations}: v1 makes every network attachable, v2 only those the file marks.
     */
    static ObjectFacts network(JsonNode network, PeerNames names, PeerConfig config, boolean v1) {
        SortedMap<String, Object> fields = new TreeMap<>();
        SortedMap<String, String> labels = labels(network, NETWORK_KEY, "networks", config, v1);
        fields.put("driver", network.path("Driver").asText());
        fields.put("options", ObjectFacts.strings(network.path("Options")));
        fields.put("labels", withProjectMapped(labels, names));
        fields.put("internal", network.path("Internal").asBoolean());
        fields.put("ipv6", network.path("EnableIPv6").asBoolean());
        fields.put("ipam driver", network.path("IPAM").path("Driver").asText());
        fields.put("ipam options", ObjectFacts.strings(network.path("IPAM").path("Options")));
        fields.put("ipam pools", config.setsIpamPools(labels.get(NETWORK_KEY))
                ? ObjectFacts.plain(network.path("IPAM").path("Config")) : "<engine-assigned>");
        return new ObjectFacts("network", names.text(network.path("Name").asText()), fields);
    }

    /** Driver, options and labels. */
    static ObjectFacts volume(JsonNode volume, PeerNames names, PeerConfig config, boolean v1) {
        SortedMap<String, Object> fields = new TreeMap<>();
        fields.put("driver", volume.path("Driver").asText());
        fields.put("options", ObjectFacts.strings(volume.path("Options")));
        fields.put("labels", withProjectMapped(labels(volume, VOLUME_KEY, "volumes", config, v1), names));
        return new ObjectFacts("volume", names.text(volume.path("Name").asText()), fields);
    }

    /** The volume's key in the file, from its label. */
    static String volumeKey(JsonNode volume, PeerConfig config, boolean v1) {
        return labels(volume, VOLUME_KEY, "volumes", config, v1).getOrDefault(VOLUME_KEY, "");
    }

    /**
     * The object's labels, where {@code com.docker.compose.network} or {@code .volume} names its key in the file: v2
     * writes the key, v1 the {@code name:} when the file gives one, which is mapped back to its key.
     */
    private static SortedMap<String, String> labels(JsonNode object, String keyLabel, String kind, PeerConfig config,
                                                    boolean v1) {
        SortedMap<String, String> labels = ObjectFacts.strings(object.path("Labels"));
        String key = v1 && labels.containsKey(keyLabel) ? config.keyNamed(kind, labels.get(keyLabel)) : null;
        if (key != null) {
            labels.put(keyLabel, key);
        }
        return labels;
    }

    private static SortedMap<String, String> withProjectMapped(SortedMap<String, String> labels, PeerNames names) {
        SortedMap<String, String> kept = ObjectFacts.labelsWithout(labels, RUN_LABELS);
        kept.replaceAll((key, value) -> names.text(value));
        return kept;
    }
}
