package dev.berth.testing;

import dev.berth.daemon.ConnectionState;
import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.EngineInfo;
import dev.berth.daemon.Subscription;
import dev.berth.daemon.containers.ContainerDetails;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.containers.ExecSession;
import dev.berth.daemon.containers.ExecSpec;
import dev.berth.daemon.containers.PortMapping;
import dev.berth.daemon.containers.ProcessList;
import dev.berth.daemon.containers.RunSpec;
import dev.berth.daemon.containers.StatsSample;
import dev.berth.daemon.images.ImageSummary;
import dev.berth.daemon.logs.LogLine;
import dev.berth.daemon.logs.LogRequest;
import dev.berth.daemon.networks.NetworkSummary;
import dev.berth.daemon.volumes.VolumeSummary;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A recording stand-in for the gateway, for view-model tests where the engine is not the point: it answers
 * {@code list()} from a settable list, counts the calls, records actions, and lets the test emit events and
 * connection changes. Futures complete at once, on the caller's thread.
 */
public final class FakeEngineGateway implements EngineGateway, ContainerOperations {
    private final List<Consumer<DaemonEvent>> eventListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ConnectionState>> stateListeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger listCalls = new AtomicInteger();
    private volatile DaemonException nextListFailure;
    private final List<String> actions = Collections.synchronizedList(new ArrayList<>());
    private volatile List<ContainerSummary> containers = List.of();
    private volatile ConnectionState state = ConnectionState.connecting(TestEngine.endpoint());
    private volatile DaemonException nextFailure;
    private final FakeImageOperations images = new FakeImageOperations();
    private final FakeNetworkOperations networks = new FakeNetworkOperations();
    private final FakeVolumeOperations volumes = new FakeVolumeOperations();
    private final FakeContainerFileOperations containerFiles = new FakeContainerFileOperations();
    private final FakeSystemOperations system = new FakeSystemOperations();
    private final FakeBuildOperations builds = new FakeBuildOperations();
    private final FakeComposeOperations compose = new FakeComposeOperations();
    private volatile ContainerDetails details;
    private final List<RunSpec> runSpecs = new CopyOnWriteArrayList<>();
    private final List<Consumer<StatsSample>> statsListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<LogLine>>> logListeners = new CopyOnWriteArrayList<>();
    /** The container of each open log stream, by its listener. */
    private final Map<Consumer<List<LogLine>>, String> logContainers = new ConcurrentHashMap<>();
    private final Map<Consumer<List<LogLine>>, Consumer<Throwable>> logEndOf =
            new ConcurrentHashMap<>();
    private final List<Consumer<Throwable>> logEnds = new CopyOnWriteArrayList<>();
    private final List<LogRequest> logRequests = new CopyOnWriteArrayList<>();
    private final List<Consumer<byte[]>> execOutput = new CopyOnWriteArrayList<>();
    private final List<String> execInput = new CopyOnWriteArrayList<>();
    private final List<Consumer<Throwable>> execEnds = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Integer>> execExits = new CopyOnWriteArrayList<>();
    private volatile ExecSpec lastExecSpec;
    private volatile String preferredShell = "/bin/sh";
    private volatile CompletableFuture<List<DaemonEvent>> eventHistory = CompletableFuture.completedFuture(List.of());
    private final List<Instant[]> historyRequests = new CopyOnWriteArrayList<>();

    public static ContainerSummary container(String id, String name, String image, ContainerState state) {
        return new ContainerSummary(id, name, image, "sha256:" + id, "sh", state,
                state == ContainerState.RUNNING ? "Up 2 minutes" : "Exited (0) 1 minute ago",
                List.of(new PortMapping("0.0.0.0", 8080, 80, "tcp")), Instant.parse("2026-11-28T10:00:00Z"),
                Map.of());
    }

    public void setContainers(ContainerSummary... latest) {
        containers = List.of(latest);
    }

    public void setImages(List<ImageSummary> latest) {
        images.setImages(latest);
    }

    public void setNetworks(List<NetworkSummary> latest) {
        networks.setNetworks(latest);
    }

    public void setVolumes(List<VolumeSummary> latest) {
        volumes.setVolumes(latest);
    }

    public void setExposedPorts(Map<String, List<String>> byImage) {
        images.setExposedPorts(byImage);
    }

    /** What {@link #inspect} answers. */
    public void setDetails(ContainerDetails answer) {
        details = answer;
    }

    /** The specs given to {@link #run} and {@link #recreate}, in order. */
    public List<RunSpec> runSpecs() {
        return List.copyOf(runSpecs);
    }

    /** How many stats streams are open right now. */
    public int openStatsStreams() {
        return statsListeners.size();
    }

    public void emitStats(StatsSample sample) {
        statsListeners.forEach(listener -> listener.accept(sample));
    }

    public int listCalls() {
        return listCalls.get();
    }

    public List<String> actions() {
        return List.copyOf(actions);
    }

    /** The next container list fails with this error. */
    public void failNextList(DaemonException failure) {
        nextListFailure = failure;
    }

    /** The next action fails with this error. */
    public void failNextAction(DaemonException failure) {
        nextFailure = failure;
    }

    public void emit(DaemonEvent event) {
        eventListeners.forEach(listener -> listener.accept(event));
    }

    public static DaemonEvent containerEvent(String action, String id) {
        return new DaemonEvent("container", action, id, Map.of("name", id), System.nanoTime());
    }

    public void goUp() {
        setState(ConnectionState.up(new EngineInfo(TestEngine.endpoint(), "99.0", "1.44", "linux", "amd64")));
    }

    public void goDown() {
        setState(ConnectionState.down(TestEngine.endpoint(), "No Docker engine answered.", Instant.now()));
    }

    private void setState(ConnectionState next) {
        state = next;
        stateListeners.forEach(listener -> listener.accept(next));
    }

    @Override
    public void start() {
    }

    @Override
    public ConnectionState connectionState() {
        return state;
    }

    @Override
    public Subscription onConnectionChange(Consumer<ConnectionState> listener) {
        stateListeners.add(listener);
        listener.accept(state);
        return () -> stateListeners.remove(listener);
    }

    @Override
    public Subscription subscribeEvents(Consumer<DaemonEvent> listener) {
        eventListeners.add(listener);
        return () -> eventListeners.remove(listener);
    }

    /** What {@link #eventHistory} answers next: a list, or a future the test completes later. */
    public void setEventHistory(CompletableFuture<List<DaemonEvent>> answer) {
        eventHistory = answer;
    }

    /** The (since, until) of each {@link #eventHistory} call, in order. */
    public List<Instant[]> historyRequests() {
        return List.copyOf(historyRequests);
    }

    @Override
    public CompletableFuture<List<DaemonEvent>> eventHistory(Instant since, Instant until) {
        historyRequests.add(new Instant[] {since, until});
        return eventHistory;
    }

    @Override
    public void reconnectNow() {
        actions.add("reconnect");
    }

    @Override
    public ContainerOperations containers() {
        return this;
    }

    @Override
    public CompletableFuture<List<ContainerSummary>> list() {
        listCalls.incrementAndGet();
        DaemonException failure = nextListFailure;
        nextListFailure = null;
        return failure == null ? CompletableFuture.completedFuture(containers)
                : CompletableFuture.failedFuture(failure);
    }

    @Override
    public CompletableFuture<Void> start(String idOrName) {
        return record("start " + idOrName);
    }

    @Override
    public CompletableFuture<Void> stop(String idOrName) {
        return record("stop " + idOrName);
    }

    @Override
    public CompletableFuture<Void> restart(String idOrName) {
        return record("restart " + idOrName);
    }

    @Override
    public CompletableFuture<Void> remove(String idOrName, boolean force, boolean removeVolumes) {
        return record("remove " + idOrName + " force=" + force + " volumes=" + removeVolumes);
    }

    @Override
    public CompletableFuture<Void> pause(String idOrName) {
        return record("pause " + idOrName);
    }

    @Override
    public CompletableFuture<Void> unpause(String idOrName) {
        return record("unpause " + idOrName);
    }

    @Override
    public CompletableFuture<Void> kill(String idOrName) {
        return record("kill " + idOrName);
    }

    @Override
    public CompletableFuture<Void> rename(String idOrName, String newName) {
        return record("rename " + idOrName + " " + newName);
    }

    @Override
    public CompletableFuture<String> run(RunSpec spec) {
        runSpecs.add(spec);
        return record("run " + spec.name()).thenApply(done -> "new-" + spec.name());
    }

    @Override
    public CompletableFuture<String> recreate(String idOrName, RunSpec spec) {
        runSpecs.add(spec);
        return record("recreate " + idOrName).thenApply(done -> "new-" + spec.name());
    }

    @Override
    public CompletableFuture<ContainerDetails> inspect(String idOrName) {
        actions.add("inspect " + idOrName);
        return details != null ? CompletableFuture.completedFuture(details)
                : CompletableFuture.failedFuture(new DaemonException("No such container: " + idOrName, null));
    }

    @Override
    public CompletableFuture<String> inspectJson(String idOrName) {
        actions.add("inspectJson " + idOrName);
        return CompletableFuture.completedFuture("{\n  \"Id\": \"" + idOrName + "\"\n}");
    }

    @Override
    public CompletableFuture<ProcessList> top(String idOrName) {
        actions.add("top " + idOrName);
        return CompletableFuture.completedFuture(new ProcessList(List.of("PID", "USER", "CMD"),
                List.of(List.of("1", "root", "sh"))));
    }

    @Override
    public Subscription stats(String idOrName, Consumer<StatsSample> onSample, Consumer<Throwable> onEnd) {
        actions.add("stats " + idOrName);
        statsListeners.add(onSample);
        return () -> statsListeners.remove(onSample);
    }

    /** Hands {@link #emitLogLines} to the open log streams; answers the requests asked for. */
    public List<LogRequest> logRequests() {
        return List.copyOf(logRequests);
    }

    public int openLogStreams() {
        return logListeners.size();
    }

    public void emitLogLines(List<LogLine> lines) {
        logListeners.forEach(listener -> listener.accept(lines));
    }

    /** Hands lines to the open log streams of one container only. */
    public void emitLogLines(String containerId, List<LogLine> lines) {
        logListeners.stream().filter(listener -> containerId.equals(logContainers.get(listener)))
                .forEach(listener -> listener.accept(lines));
    }

    /** Ends the open log streams of one container, as the engine would when it stops. */
    public void endLogStreams(String containerId) {
        List.copyOf(logListeners).stream().filter(listener -> containerId.equals(logContainers.get(listener)))
                .map(logEndOf::get).forEach(end -> end.accept(null));
    }

    /** Ends the open log streams of one container with {@code failure}, as a connection that was cut. */
    public void endLogStreams(String containerId, Throwable failure) {
        List.copyOf(logListeners).stream().filter(listener -> containerId.equals(logContainers.get(listener)))
                .map(logEndOf::get).forEach(end -> end.accept(failure));
    }

    /** The containers whose logs are being read now, one entry per open stream. */
    public List<String> openLogContainers() {
        return logListeners.stream().map(logContainers::get).toList();
    }

    /** Ends every open log stream with {@code failure}, as a connection that was cut (or an engine that refused). */
    public void endLogStreams(Throwable failure) {
        List.copyOf(logEnds).forEach(end -> end.accept(failure));
    }

    /** Ends every open log stream as the engine would when the container stops. */
    public void endLogStreams() {
        List.copyOf(logEnds).forEach(end -> end.accept(null));
    }

    @Override
    public Subscription logs(String idOrName, LogRequest request, Consumer<List<LogLine>> onLines,
                             Consumer<Throwable> onEnd) {
        actions.add("logs " + idOrName);
        logRequests.add(request);
        logListeners.add(onLines);
        logEnds.add(onEnd);
        logContainers.put(onLines, idOrName);
        logEndOf.put(onLines, onEnd);
        return () -> {
            logListeners.remove(onLines);
            logEnds.remove(onEnd);
            logContainers.remove(onLines);
            logEndOf.remove(onLines);
        };
    }

    /** The input sent to the last exec session, and a way to answer with output. */
    public List<String> execInput() {
        return List.copyOf(execInput);
    }

    public void emitExecOutput(String text) {
        execOutput.forEach(output -> output.accept(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public CompletableFuture<ExecSession> exec(String idOrName, ExecSpec spec, Consumer<byte[]> onOutput,
                                               Consumer<Throwable> onEnd) {
        actions.add("exec " + idOrName + " " + String.join(" ", spec.command()));
        lastExecSpec = spec;
        return session(onOutput, onEnd);
    }

    @Override
    public CompletableFuture<ExecSession> attach(String idOrName, int columns, int rows, Consumer<byte[]> onOutput,
                                                 Consumer<Throwable> onEnd) {
        actions.add("attach " + idOrName + " " + columns + "x" + rows);
        return session(onOutput, onEnd);
    }

    /** The shell {@link #preferredShell} answers; {@code /bin/sh} unless a test says otherwise. */
    public void setPreferredShell(String shell) {
        preferredShell = shell;
    }

    @Override
    public CompletableFuture<String> preferredShell(String idOrName) {
        actions.add("preferred shell " + idOrName);
        return CompletableFuture.completedFuture(preferredShell);
    }

    /** What the last exec was asked to run. */
    public ExecSpec lastExecSpec() {
        return lastExecSpec;
    }

    /** Ends the open exec or attach sessions by themselves (the process exited) with that exit code. */
    public void endExec(Integer exitCode) {
        execExits.forEach(exit -> exit.complete(exitCode));
        List.copyOf(execEnds).forEach(end -> end.accept(null));
        execEnds.clear();
        execOutput.clear();
        execExits.clear();
    }

    private CompletableFuture<ExecSession> session(Consumer<byte[]> onOutput, Consumer<Throwable> onEnd) {
        execOutput.add(onOutput);
        execEnds.add(onEnd);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        execExits.add(exit);
        return CompletableFuture.completedFuture(new ExecSession() {
            @Override
            public void send(byte[] input) {
                execInput.add(new String(input, StandardCharsets.UTF_8));
            }

            @Override
            public void resize(int columns, int rows) {
                actions.add("resize " + columns + "x" + rows);
            }

            @Override
            public CompletableFuture<Integer> exitCode() {
                return exit;
            }

            @Override
            public void close() {
                execOutput.remove(onOutput);
                execEnds.remove(onEnd);
                exit.complete(0);
                actions.add("exec closed");
            }
        });
    }

    @Override
    public FakeImageOperations images() {
        return images;
    }

    @Override
    public FakeNetworkOperations networks() {
        return networks;
    }

    @Override
    public FakeVolumeOperations volumes() {
        return volumes;
    }

    @Override
    public FakeContainerFileOperations containerFiles() {
        return containerFiles;
    }

    @Override
    public FakeSystemOperations system() {
        return system;
    }

    @Override
    public FakeBuildOperations builds() {
        return builds;
    }

    @Override
    public FakeComposeOperations compose() {
        return compose;
    }

    private CompletableFuture<Void> record(String action) {
        actions.add(action);
        DaemonException failure = nextFailure;
        nextFailure = null;
        return failure == null ? CompletableFuture.completedFuture(null) : CompletableFuture.failedFuture(failure);
    }

    @Override
    public void close() {
    }
}
