package dev.berth.daemon.networks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.berth.daemon.engine.EngineJson;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the engine's own network JSON ({@code GET /networks/{id}}), which carries fields docker-java's model drops
 * (Created, the endpoints' addresses); and a container's aliases on a network from its inspect JSON.
 */
public final class NetworkJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<NetworkInfo.Endpoint> BY_NAME =
            (a, b) -> a.containerName().compareToIgnoreCase(b.containerName());

    private NetworkJson() {
    }

    /** The ids of a {@code GET /networks} answer, in the engine's order. */
    static List<String> ids(String listJson) {
        List<String> ids = new ArrayList<>();
        EngineJson.tree(listJson).forEach(network -> ids.add(network.path("Id").asText()));
        return ids;
    }

    /** Every network of a {@code GET /networks} answer, without their containers (a list answer has none). */
    public static List<NetworkInfo> list(String listJson) {
        List<NetworkInfo> all = new ArrayList<>();
        EngineJson.tree(listJson).forEach(network -> all.add(info(network, Map.of())));
        return all;
    }

    /**
     * Every network of a {@code GET /networks} answer with the containers on it as {@code docker network inspect}
     * lists them (those with an endpoint: running), taken from a {@code GET /containers/json?all=1} answer: two
     * calls for all networks rather than an inspect of each. Aliases are left out, as a list has none.
     */
    static List<NetworkInfo> withEndpoints(String listJson, JsonNode containers) {
        Map<String, List<NetworkInfo.Endpoint>> byNetwork = new HashMap<>();
        containers.forEach(container -> {
            String name = container.path("Names").path(0).asText("").replaceFirst("^/", "");
            container.path("NetworkSettings").path("Networks").forEach(endpoint -> {
                if (!text(endpoint, "EndpointID").isEmpty()) {
                    byNetwork.computeIfAbsent(text(endpoint, "NetworkID"), id -> new ArrayList<>()).add(
                            new NetworkInfo.Endpoint(text(container, "Id"), name, text(endpoint, "IPAddress"),
                                    text(endpoint, "GlobalIPv6Address"), text(endpoint, "MacAddress"), List.of()));
                }
            });
        });
        List<NetworkInfo> all = new ArrayList<>();
        for (NetworkInfo network : list(listJson)) {
            List<NetworkInfo.Endpoint> endpoints = new ArrayList<>(byNetwork.getOrDefault(network.id(), List.of()));
            endpoints.sort(BY_NAME);
            all.add(new NetworkInfo(network.id(), network.name(), network.driver(), network.scope(),
                    network.created(), network.internal(), network.attachable(), network.ipv6(), network.pools(),
                    network.options(), network.labels(), endpoints));
        }
        return all;
    }

    /** @param aliases container id → its aliases on this network; containers not in it get none */
    static NetworkInfo info(String inspectJson, Map<String, List<String>> aliases) {
        return info(EngineJson.tree(inspectJson), aliases);
    }

    private static NetworkInfo info(JsonNode network, Map<String, List<String>> aliases) {
        List<NetworkInfo.IpamPool> pools = new ArrayList<>();
        network.path("IPAM").path("Config").forEach(pool -> pools.add(new NetworkInfo.IpamPool(
                text(pool, "Subnet"), text(pool, "IPRange"), text(pool, "Gateway"))));
        List<NetworkInfo.Endpoint> endpoints = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> containers = network.path("Containers").fields();
        while (containers.hasNext()) {
            Map.Entry<String, JsonNode> entry = containers.next();
            JsonNode endpoint = entry.getValue();
            endpoints.add(new NetworkInfo.Endpoint(entry.getKey(), text(endpoint, "Name"),
                    withoutPrefix(text(endpoint, "IPv4Address")), withoutPrefix(text(endpoint, "IPv6Address")),
                    text(endpoint, "MacAddress"), aliases.getOrDefault(entry.getKey(), List.of())));
        }
        endpoints.sort(BY_NAME);
        return new NetworkInfo(text(network, "Id"), text(network, "Name"), text(network, "Driver"),
                text(network, "Scope"), instant(text(network, "Created")), network.path("Internal").asBoolean(),
                network.path("Attachable").asBoolean(), network.path("EnableIPv6").asBoolean(), pools,
                EngineJson.strings(network.path("Options")), EngineJson.strings(network.path("Labels")), endpoints);
    }

    /**
     * The aliases a container has on the network, from its inspect JSON, without the short id the engine adds to
     * every container on a user-defined network (the user did not ask for it and cannot remove it).
     */
    static List<String> aliases(String containerJson, String networkName) {
        JsonNode container = EngineJson.tree(containerJson);
        String shortId = text(container, "Id").length() >= 12 ? text(container, "Id").substring(0, 12) : "";
        List<String> aliases = new ArrayList<>();
        container.path("NetworkSettings").path("Networks").path(networkName).path("Aliases").forEach(alias -> {
            if (!alias.asText().equals(shortId)) {
                aliases.add(alias.asText());
            }
        });
        return aliases;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? "" : value.asText();
    }

    private static String withoutPrefix(String address) {
        int slash = address.indexOf('/');
        return slash < 0 ? address : address.substring(0, slash);
    }

    private static Instant instant(String created) {
        try {
            return created.isEmpty() ? null : Instant.parse(created);
        } catch (DateTimeParseException odd) {
            return null;
        }
    }

}
