package dev.berth.daemon;

import com.github.dockerjava.api.model.Network;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link NetworkOperations} over docker-java. */
final class DockerNetworkOperations implements NetworkOperations {
    private final EngineCalls calls;

    DockerNetworkOperations(EngineCalls calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<List<NetworkSummary>> list() {
        return calls.run("list networks", client -> client.listNetworksCmd().exec().stream()
                .map(DockerNetworkOperations::toSummary).toList());
    }

    @Override
    public CompletableFuture<Void> remove(String idOrName) {
        return calls.run("remove network " + idOrName, client -> {
            client.removeNetworkCmd(idOrName).exec();
            return null;
        });
    }

    static NetworkSummary toSummary(Network network) {
        return new NetworkSummary(network.getId(), network.getName(), Objects.toString(network.getDriver(), ""),
                Objects.toString(network.getScope(), ""));
    }
}
