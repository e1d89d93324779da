package dev.berth.daemon;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerPort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** {@link ContainerOperations} over docker-java. */
final class DockerContainerOperations implements ContainerOperations {
    private final EngineCalls calls;

    DockerContainerOperations(EngineCalls calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<List<ContainerSummary>> list() {
        return calls.run("list containers", client -> client.listContainersCmd().withShowAll(true).exec()
                .stream().map(DockerContainerOperations::toSummary).toList());
    }

    @Override
    public CompletableFuture<Void> start(String idOrName) {
        return alreadyDoneIsDone("start container " + idOrName, client -> client.startContainerCmd(idOrName).exec());
    }

    @Override
    public CompletableFuture<Void> stop(String idOrName) {
        return alreadyDoneIsDone("stop container " + idOrName, client -> client.stopContainerCmd(idOrName).exec());
    }

    /** Like the CLI, starting a running container or stopping a stopped one succeeds (the engine answers 304). */
    private CompletableFuture<Void> alreadyDoneIsDone(String attempt, Consumer<DockerClient> call) {
        return calls.run(attempt, client -> {
            try {
                call.accept(client);
            } catch (NotModifiedException alreadyDone) {
                // Nothing to change: the container is already where the user wants it.
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> restart(String idOrName) {
        return calls.run("restart container " + idOrName, client -> {
            client.restartContainerCmd(idOrName).exec();
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> remove(String idOrName, boolean force, boolean removeVolumes) {
        return calls.run("remove container " + idOrName, client -> {
            client.removeContainerCmd(idOrName).withForce(force).withRemoveVolumes(removeVolumes).exec();
            return null;
        });
    }

    // TEMPORARY stubs: being implemented now (issue 3).
    @Override public CompletableFuture<Void> pause(String idOrName) { throw new UnsupportedOperationException(); }
    @Override public CompletableFuture<Void> unpause(String idOrName) { throw new UnsupportedOperationException(); }
    @Override public CompletableFuture<Void> kill(String idOrName) { throw new UnsupportedOperationException(); }
    @Override public CompletableFuture<Void> rename(String idOrName, String newName) { throw new UnsupportedOperationException(); }
    @Override public CompletableFuture<String> run(RunSpec spec) { throw new UnsupportedOperationException(); }
    @Override public CompletableFuture<String> recreate(String idOrName, RunSpec spec) { throw new UnsupportedOperationException(); }
    @Override public CompletableFuture<ContainerDetails> inspect(String idOrName) { throw new UnsupportedOperationException(); }
    @Override public CompletableFuture<String> inspectJson(String idOrName) { throw new UnsupportedOperationException(); }
    @Override public CompletableFuture<ProcessList> top(String idOrName) { throw new UnsupportedOperationException(); }
    @Override public Subscription stats(String idOrName, Consumer<StatsSample> onSample, Consumer<Throwable> onEnd) { throw new UnsupportedOperationException(); }

    static ContainerSummary toSummary(Container container) {
        String[] names = container.getNames();
        String name = names != null && names.length > 0 ? names[0].replaceFirst("^/", "") : container.getId();
        Map<String, String> labels = container.getLabels() != null ? container.getLabels() : Map.of();
        long created = container.getCreated() != null ? container.getCreated() : 0L;
        return new ContainerSummary(container.getId(), name, container.getImage(), container.getImageId(),
                Objects.toString(container.getCommand(), ""), ContainerState.parse(container.getState()),
                Objects.toString(container.getStatus(), ""), ports(container.getPorts()), Instant.ofEpochSecond(created),
                labels);
    }

    /** Sorted by container port, without the IPv6 twin ("[::]:8080") the engine lists beside "0.0.0.0:8080". */
    static List<PortMapping> ports(ContainerPort[] ports) {
        if (ports == null) {
            return List.of();
        }
        Set<PortMapping> distinct = new LinkedHashSet<>();
        for (ContainerPort port : ports) {
            int host = port.getPublicPort() != null ? port.getPublicPort() : 0;
            int inside = port.getPrivatePort() != null ? port.getPrivatePort() : 0;
            String ip = port.getIp() != null ? port.getIp() : "";
            distinct.add(new PortMapping(ip, host, inside, port.getType() != null ? port.getType() : "tcp"));
        }
        List<PortMapping> sorted = new ArrayList<>(distinct);
        sorted.removeIf(port -> port.hostIp().equals("::")
                && distinct.contains(new PortMapping("0.0.0.0", port.hostPort(), port.containerPort(), port.protocol())));
        sorted.sort(Comparator.comparingInt(PortMapping::containerPort).thenComparingInt(PortMapping::hostPort));
        return sorted;
    }
}
