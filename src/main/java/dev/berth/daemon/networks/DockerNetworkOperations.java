package dev.berth.daemon.networks;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.command.CreateNetworkCmd;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.Network;
import dev.berth.daemon.engine.EngineCalls;
import dev.berth.daemon.engine.EngineJson;
import dev.berth.daemon.engine.SharedRead;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link NetworkOperations} over docker-java, and the engine's raw JSON where docker-java's model drops fields. */
public final class DockerNetworkOperations implements NetworkOperations {
    private final EngineCalls calls;
    private final SharedRead<JsonNode> containerList;

    /** @param containerList {@code GET /containers/json?all=1}, shared with the other sections' readers */
    public DockerNetworkOperations(EngineCalls calls, SharedRead<JsonNode> containerList) {
        this.containerList = containerList;
        this.calls = calls;
    }

    @Override
    public CompletableFuture<List<NetworkSummary>> list() {
        return calls.run("list networks", client -> client.listNetworksCmd().exec().stream()
                .map(DockerNetworkOperations::toSummary).toList());
    }

    @Override
    public CompletableFuture<Void> remove(String idOrName) {
        return explained(idOrName, calls.run("remove network " + idOrName, client -> {
            client.removeNetworkCmd(idOrName).exec();
            return null;
        }));
    }

    @Override
    public CompletableFuture<List<NetworkInfo>> inspectAll() {
        return calls.onConnection("list networks", clients -> clients.getJson("/networks"))
                .thenCombineAsync(containerList.get(), NetworkJson::withEndpoints, calls.callbacks());
    }

    @Override
    public CompletableFuture<NetworkInfo> inspect(String idOrName) {
        return calls.onConnection("inspect network " + idOrName, clients -> {
            String json = clients.getJson(networkPath(idOrName));
            NetworkInfo plain = NetworkJson.info(json, Map.of());
            Map<String, List<String>> aliases = new HashMap<>();
            for (NetworkInfo.Endpoint endpoint : plain.containers()) {
                try {
                    aliases.put(endpoint.containerId(), NetworkJson.aliases(clients.getJson("/containers/"
                            + EngineJson.pathSegment(endpoint.containerId()) + "/json"), plain.name()));
                } catch (NotFoundException removedMeanwhile) {
                    // The container went away; the next refresh drops it from the network too.
                }
            }
            return NetworkJson.info(json, aliases);
        });
    }

    @Override
    public CompletableFuture<String> inspectJson(String idOrName) {
        return calls.onConnection("inspect network " + idOrName,
                clients -> EngineJson.pretty(clients.getJson(networkPath(idOrName))));
    }

    @Override
    public CompletableFuture<String> create(NetworkSpec spec) {
        return explained(spec.name(), calls.run("create network " + spec.name(), client -> {
            CreateNetworkCmd create = client.createNetworkCmd().withName(spec.name())
                    .withDriver(spec.driver().isBlank() ? NetworkSpec.DEFAULT_DRIVER : spec.driver())
                    .withCheckDuplicate(true).withInternal(spec.internal()).withAttachable(spec.attachable())
                    .withEnableIpv6(spec.ipv6()).withLabels(spec.labels()).withOptions(spec.options());
            List<Network.Ipam.Config> pools = pools(spec);
            if (!pools.isEmpty()) {
                create.withIpam(new Network.Ipam().withConfig(pools));
            }
            return create.exec().getId();
        }));
    }

    @Override
    public CompletableFuture<Void> connect(NetworkConnectSpec spec) {
        return explained(spec.network(), calls.run("connect " + spec.container() + " to network " + spec.network(),
                client -> {
                    ContainerNetwork endpoint = new ContainerNetwork().withAliases(spec.aliases());
                    if (!spec.ipv4Address().isBlank() || !spec.ipv6Address().isBlank()) {
                        ContainerNetwork.Ipam fixed = new ContainerNetwork.Ipam();
                        if (!spec.ipv4Address().isBlank()) {
                            fixed.withIpv4Address(spec.ipv4Address());
                        }
                        if (!spec.ipv6Address().isBlank()) {
                            fixed.withIpv6Address(spec.ipv6Address());
                        }
                        endpoint.withIpamConfig(fixed);
                    }
                    client.connectToNetworkCmd().withNetworkId(spec.network()).withContainerId(spec.container())
                            .withContainerNetwork(endpoint).exec();
                    return null;
                }));
    }

    @Override
    public CompletableFuture<Void> disconnect(String network, String container, boolean force) {
        return explained(network, calls.run("disconnect " + container + " from network " + network, client -> {
            client.disconnectFromNetworkCmd().withNetworkId(network).withContainerId(container).withForce(force)
                    .exec();
            return null;
        }));
    }

    /** The IPv4 pool (subnet, range, gateway) first, then the IPv6 subnet; none when the engine picks. */
    public static List<Network.Ipam.Config> pools(NetworkSpec spec) {
        List<Network.Ipam.Config> pools = new ArrayList<>();
        if (!spec.subnet().isBlank()) {
            Network.Ipam.Config pool = new Network.Ipam.Config().withSubnet(spec.subnet().strip());
            if (!spec.ipRange().isBlank()) {
                pool.withIpRange(spec.ipRange().strip());
            }
            if (!spec.gateway().isBlank()) {
                pool.withGateway(spec.gateway().strip());
            }
            pools.add(pool);
        }
        if (!spec.ipv6Subnet().isBlank()) {
            pools.add(new Network.Ipam.Config().withSubnet(spec.ipv6Subnet().strip()));
        }
        return pools;
    }

    private static String networkPath(String idOrName) {
        return "/networks/" + EngineJson.pathSegment(idOrName);
    }

    private static <T> CompletableFuture<T> explained(String network, CompletableFuture<T> call) {
        return call.exceptionallyCompose(failure -> CompletableFuture.failedFuture(
                NetworkRefusals.explain(failure, network)));
    }

    public static NetworkSummary toSummary(Network network) {
        return new NetworkSummary(network.getId(), network.getName(), Objects.toString(network.getDriver(), ""),
                Objects.toString(network.getScope(), ""));
    }
}
