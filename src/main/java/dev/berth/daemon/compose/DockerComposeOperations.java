package dev.berth.daemon.compose;

import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.Subscription;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.containers.DockerContainerOperations;
import dev.berth.daemon.engine.EngineCalls;
import dev.berth.daemon.engine.EngineClients;
import dev.berth.daemon.engine.EngineJson;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.daemon.networks.NetworkJson;
import dev.berth.daemon.volumes.VolumeJson;
import dev.berth.daemon.volumes.VolumeSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/** {@link ComposeOperations} over the engine's own JSON where docker-java's model lacks fields, else docker-java. */
public final class DockerComposeOperations implements ComposeOperations {
    private static final Logger log = LoggerFactory.getLogger(DockerComposeOperations.class);

    private final EngineCalls calls;
    private final ContainerWaits waits;

    /** @param events subscribes to the gateway's one event stream */
    public DockerComposeOperations(EngineCalls calls, Function<Consumer<DaemonEvent>, Subscription> events) {
        this.calls = calls;
        this.waits = new ContainerWaits(this::status, events);
    }

    @Override
    public CompletableFuture<String> create(ContainerCreateSpec spec) {
        return calls.onConnection("create container " + spec.name(), clients -> {
            String id = ComposeJson.id(clients.postJson("/containers/create?name="
                    + URLEncoder.encode(spec.name(), StandardCharsets.UTF_8), ComposeJson.containerBody(spec)));
            if (spec.networkMode() == null) {
                connectTheOthers(clients, id, spec);
            }
            return id;
        });
    }

    /** Compose joins the first network at create and connects the others before the start, as older engines need. */
    private static void connectTheOthers(EngineClients clients, String id, ContainerCreateSpec spec) {
        try {
            for (ContainerCreateSpec.NetworkEndpoint endpoint : spec.networks().subList(Math.min(1,
                    spec.networks().size()), spec.networks().size())) {
                clients.postJson("/networks/" + EngineJson.pathSegment(endpoint.network()) + "/connect",
                        ComposeJson.connectBody(id, endpoint));
            }
        } catch (RuntimeException failure) {
            try {
                clients.control.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
            } catch (RuntimeException leftOver) {
                log.warn("Could not remove {} after its network connect failed: {}", spec.name(), leftOver.toString());
            }
            throw failure;
        }
    }

    @Override
    public CompletableFuture<List<ContainerSummary>> containers(Map<String, String> labels) {
        return calls.run("list the containers of " + describe(labels), client -> client.listContainersCmd()
                .withShowAll(true).withLabelFilter(ComposeJson.labelFilterWords(labels)).exec().stream()
                .map(DockerContainerOperations::toSummary).toList());
    }

    @Override
    public CompletableFuture<List<NetworkInfo>> networks(Map<String, String> labels) {
        return calls.onConnection("list the networks of " + describe(labels), clients -> NetworkJson.list(
                clients.getJson("/networks?filters=" + ComposeJson.labelFilters(labels))));
    }

    @Override
    public CompletableFuture<List<VolumeSummary>> volumes(Map<String, String> labels) {
        return calls.onConnection("list the volumes of " + describe(labels), clients -> VolumeJson.volumes(
                clients.getJson("/volumes?filters=" + ComposeJson.labelFilters(labels))));
    }

    private static String describe(Map<String, String> labels) {
        return labels.values().stream().filter(value -> !value.isEmpty()).findFirst().orElse("compose projects");
    }

    @Override
    public CompletableFuture<String> createNetwork(NetworkCreateSpec spec) {
        return calls.onConnection("create network " + spec.name(), clients -> ComposeJson.id(
                clients.postJson("/networks/create", ComposeJson.networkBody(spec))));
    }

    @Override
    public CompletableFuture<Optional<LocalImage>> image(String reference) {
        return calls.onConnection("inspect image " + reference, clients -> {
            try {
                return Optional.of(ComposeJson.image(clients.getJson("/images/" + EngineJson.pathSegment(reference)
                        + "/json")));
            } catch (NotFoundException notHere) {
                return Optional.empty();
            }
        });
    }

    @Override
    public CompletableFuture<Void> stop(String idOrName) {
        return post("stop container " + idOrName, "/containers/" + EngineJson.pathSegment(idOrName) + "/stop");
    }

    @Override
    public CompletableFuture<Void> restart(String idOrName) {
        return post("restart container " + idOrName, "/containers/" + EngineJson.pathSegment(idOrName) + "/restart");
    }

    /** A POST without a body; "already done" (304) is done, as the CLI takes it. */
    private CompletableFuture<Void> post(String attempt, String path) {
        return calls.onConnection(attempt, clients -> {
            try {
                clients.postJson(path, null);
            } catch (NotModifiedException alreadyDone) {
                // The container is already where it was asked to be.
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<ContainerStatus> status(String idOrName) {
        return calls.onConnection("inspect container " + idOrName, clients -> ComposeJson.status(
                clients.getJson("/containers/" + EngineJson.pathSegment(idOrName) + "/json")));
    }

    @Override
    public CompletableFuture<ContainerStatus> await(String idOrName, Predicate<ContainerStatus> until) {
        return waits.await(idOrName, until);
    }
}
