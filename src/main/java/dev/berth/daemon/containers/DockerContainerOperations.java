package dev.berth.daemon.containers;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.TopContainerResponse;
import com.github.dockerjava.api.exception.NotModifiedException;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.Subscription;
import dev.berth.daemon.engine.EngineCalls;
import dev.berth.daemon.engine.EngineClients;
import dev.berth.daemon.engine.EngineJson;
import dev.berth.daemon.engine.SharedRead;
import dev.berth.daemon.logs.LogLine;
import dev.berth.daemon.logs.LogRequest;
import dev.berth.daemon.logs.LogStream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** {@link ContainerOperations} over docker-java. */
public final class DockerContainerOperations implements ContainerOperations {
    private final EngineCalls calls;
    private final SharedRead<JsonNode> containerList;

    /** @param containerList {@code GET /containers/json?all=1}, shared with the other sections' readers */
    public DockerContainerOperations(EngineCalls calls, SharedRead<JsonNode> containerList) {
        this.calls = calls;
        this.containerList = containerList;
    }

    @Override
    public CompletableFuture<List<ContainerSummary>> list() {
        return containerList.get().thenApplyAsync(ContainerJson::summaries, calls.callbacks());
    }

    @Override
    public CompletableFuture<Void> start(String idOrName) {
        return alreadyDoneIsDone("start container " + idOrName,
                client -> namingTheHostPort(client, idOrName, () -> client.startContainerCmd(idOrName).exec()));
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
            namingTheHostPort(client, idOrName, () -> client.restartContainerCmd(idOrName).exec());
            return null;
        });
    }

    /** A start that fails on a taken host port says which port and which container holds it. */
    private static void namingTheHostPort(DockerClient client, String idOrName, Runnable start) {
        try {
            start.run();
        } catch (NotModifiedException alreadyDone) {
            throw alreadyDone;
        } catch (RuntimeException failure) {
            throw PortConflicts.explain(client, failure, idOrName).<RuntimeException>map(sentence -> sentence)
                    .orElse(failure);
        }
    }

    @Override
    public CompletableFuture<Void> remove(String idOrName, boolean force, boolean removeVolumes) {
        return calls.run("remove container " + idOrName, client -> {
            client.removeContainerCmd(idOrName).withForce(force).withRemoveVolumes(removeVolumes).exec();
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> pause(String idOrName) {
        return call("pause container " + idOrName, client -> client.pauseContainerCmd(idOrName).exec());
    }

    @Override
    public CompletableFuture<Void> unpause(String idOrName) {
        return call("unpause container " + idOrName, client -> client.unpauseContainerCmd(idOrName).exec());
    }

    @Override
    public CompletableFuture<Void> kill(String idOrName) {
        return call("kill container " + idOrName, client -> client.killContainerCmd(idOrName).exec());
    }

    @Override
    public CompletableFuture<Void> rename(String idOrName, String newName) {
        return call("rename container " + idOrName + " to " + newName,
                client -> client.renameContainerCmd(idOrName).withName(newName).exec());
    }

    private CompletableFuture<Void> call(String attempt, Consumer<DockerClient> call) {
        return calls.run(attempt, client -> {
            call.accept(client);
            return null;
        });
    }

    @Override
    public CompletableFuture<String> run(RunSpec spec) {
        String attempt = spec.name().isBlank() ? "run a container from " + spec.image()
                : "run container " + spec.name();
        return calls.run(attempt, client -> new ContainerRunner(client).run(spec));
    }

    @Override
    public CompletableFuture<String> recreate(String idOrName, RunSpec spec) {
        return calls.run("recreate container " + idOrName,
                client -> new ContainerRecreator(client).recreate(idOrName, spec));
    }

    @Override
    public CompletableFuture<ContainerDetails> inspect(String idOrName) {
        return calls.run("inspect container " + idOrName, client -> ContainerInspections.inspect(client, idOrName));
    }

    @Override
    public CompletableFuture<String> inspectJson(String idOrName) {
        String path = "/containers/" + EngineJson.pathSegment(idOrName) + "/json";
        return calls.onConnection("inspect container " + idOrName, clients -> EngineJson.pretty(clients.getJson(path)));
    }

    @Override
    public CompletableFuture<ProcessList> top(String idOrName) {
        return calls.run("list the processes of container " + idOrName, client -> {
            TopContainerResponse top = client.topContainerCmd(idOrName).exec();
            List<String> titles = top.getTitles() != null ? List.of(top.getTitles()) : List.of();
            List<List<String>> rows = top.getProcesses() == null ? List.of()
                    : Arrays.stream(top.getProcesses()).map(List::of).toList();
            return new ProcessList(titles, rows);
        });
    }

    @Override
    public Subscription stats(String idOrName, Consumer<StatsSample> onSample, Consumer<Throwable> onEnd) {
        DockerClient streams;
        try {
            streams = calls.streamClient();
        } catch (DaemonException notConnected) {
            calls.callbacks().execute(() -> onEnd.accept(notConnected));
            return () -> { };
        }
        return StatsStream.open(streams, idOrName, onSample, onEnd);
    }

    @Override
    public Subscription logs(String idOrName, LogRequest request, Consumer<List<LogLine>> onLines,
                             Consumer<Throwable> onEnd) {
        EngineClients connection;
        try {
            connection = calls.connection();
        } catch (DaemonException notConnected) {
            calls.callbacks().execute(() -> onEnd.accept(notConnected));
            return () -> { };
        }
        return LogStream.open(connection, idOrName, request, onLines, onEnd);
    }

    @Override
    public CompletableFuture<ExecSession> exec(String idOrName, ExecSpec spec, Consumer<byte[]> onOutput,
                                               Consumer<Throwable> onEnd) {
        return ExecSessions.open(calls, idOrName, spec, onOutput, onEnd);
    }

    @Override
    public CompletableFuture<ExecSession> attach(String idOrName, int columns, int rows, Consumer<byte[]> onOutput,
                                                 Consumer<Throwable> onEnd) {
        return AttachSessions.open(calls, idOrName, columns, rows, onOutput, onEnd);
    }

    @Override
    public CompletableFuture<String> preferredShell(String idOrName) {
        return ShellProbe.preferredShell(calls, idOrName);
    }

    /** Sorted by container port, without the IPv6 twin ("[::]:8080") the engine lists beside "0.0.0.0:8080". */
    static List<PortMapping> tidy(List<PortMapping> ports) {
        Set<PortMapping> distinct = new LinkedHashSet<>(ports);
        List<PortMapping> sorted = new ArrayList<>(distinct);
        sorted.removeIf(port -> port.hostIp().equals("::")
                && distinct.contains(new PortMapping("0.0.0.0", port.hostPort(), port.containerPort(), port.protocol())));
        sorted.sort(Comparator.comparingInt(PortMapping::containerPort).thenComparingInt(PortMapping::hostPort));
        return sorted;
    }
}
