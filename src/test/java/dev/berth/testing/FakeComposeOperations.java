package dev.berth.testing;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.compose.ComposeOperations;
import dev.berth.daemon.compose.ContainerCreateSpec;
import dev.berth.daemon.compose.ContainerStatus;
import dev.berth.daemon.compose.LocalImage;
import dev.berth.daemon.compose.NetworkCreateSpec;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.daemon.volumes.VolumeSummary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The compose calls of {@link FakeEngineGateway}: containers it creates join a list that the label queries answer
 * from (created, not running, until the test says otherwise); every call is recorded as CLI-like words, and images,
 * statuses and failures are set by the test. Futures complete at once, on the caller's thread.
 */
public final class FakeComposeOperations implements ComposeOperations {
    private final List<String> actions = new CopyOnWriteArrayList<>();
    private final List<ContainerCreateSpec> created = new CopyOnWriteArrayList<>();
    private final List<NetworkCreateSpec> createdNetworks = new CopyOnWriteArrayList<>();
    private final List<ContainerSummary> containers = new CopyOnWriteArrayList<>();
    private final List<NetworkInfo> networks = new CopyOnWriteArrayList<>();
    private final List<VolumeSummary> volumes = new CopyOnWriteArrayList<>();
    private final Map<String, LocalImage> images = new HashMap<>();
    private final Map<String, ContainerStatus> statuses = new HashMap<>();
    private final Map<String, DaemonException> failures = new HashMap<>();

    /** The containers the label queries know besides those created here. */
    public void addContainer(ContainerSummary container) {
        containers.add(container);
    }

    /** Every container known here is running from now on, as after a successful up. */
    public void setAllRunning() {
        List<ContainerSummary> running = containers.stream().map(c -> new ContainerSummary(c.id(), c.name(),
                c.image(), c.imageId(), c.command(), ContainerState.RUNNING, "Up", c.ports(), c.created(),
                c.labels())).toList();
        containers.clear();
        containers.addAll(running);
    }

    public void addNetwork(NetworkInfo network) {
        networks.add(network);
    }

    public void addVolume(VolumeSummary volume) {
        volumes.add(volume);
    }

    public void addImage(String reference, LocalImage image) {
        images.put(reference, image);
    }

    /** What {@link #status} and {@link #await} answer for that container id. */
    public void setStatus(String id, ContainerStatus status) {
        statuses.put(id, status);
    }

    /** The next call whose words start with {@code actionPrefix} ("create web") fails with this error. */
    public void failNext(String actionPrefix, DaemonException failure) {
        failures.put(actionPrefix, failure);
    }

    public List<String> actions() {
        return List.copyOf(actions);
    }

    public List<ContainerCreateSpec> created() {
        return List.copyOf(created);
    }

    public List<NetworkCreateSpec> createdNetworks() {
        return List.copyOf(createdNetworks);
    }

    /** The id a container created under {@code name} gets. */
    public static String idOf(String name) {
        return ("000000000000" + Integer.toHexString(name.hashCode())).substring(0, 12) + "-" + name;
    }

    @Override
    public CompletableFuture<String> create(ContainerCreateSpec spec) {
        return act("create " + spec.name(), () -> {
            created.add(spec);
            containers.add(new ContainerSummary(idOf(spec.name()), spec.name(), spec.image(), "sha256:image", "",
                    ContainerState.CREATED, "Created", List.of(), Instant.EPOCH, spec.labels()));
            return idOf(spec.name());
        });
    }

    @Override
    public CompletableFuture<List<ContainerSummary>> containers(Map<String, String> labels) {
        return CompletableFuture.completedFuture(containers.stream().filter(c -> matches(c.labels(), labels))
                .toList());
    }

    @Override
    public CompletableFuture<List<NetworkInfo>> networks(Map<String, String> labels) {
        return CompletableFuture.completedFuture(networks.stream().filter(n -> matches(n.labels(), labels)).toList());
    }

    @Override
    public CompletableFuture<List<VolumeSummary>> volumes(Map<String, String> labels) {
        return CompletableFuture.completedFuture(volumes.stream().filter(v -> matches(v.labels(), labels)).toList());
    }

    private static boolean matches(Map<String, String> have, Map<String, String> wanted) {
        return wanted.entrySet().stream().allMatch(label -> have.containsKey(label.getKey())
                && (label.getValue().isEmpty() || label.getValue().equals(have.get(label.getKey()))));
    }

    @Override
    public CompletableFuture<String> createNetwork(NetworkCreateSpec spec) {
        return act("network create " + spec.name(), () -> {
            createdNetworks.add(spec);
            networks.add(new NetworkInfo("net-" + spec.name(), spec.name(), "bridge", "local", null, false, false,
                    false, List.of(), Map.of(), spec.labels(), List.of()));
            return "net-" + spec.name();
        });
    }

    @Override
    public CompletableFuture<Optional<LocalImage>> image(String reference) {
        actions.add("image " + reference);
        return CompletableFuture.completedFuture(Optional.ofNullable(images.get(reference)));
    }

    @Override
    public CompletableFuture<Void> stop(String idOrName) {
        return act("stop " + idOrName, () -> null);
    }

    @Override
    public CompletableFuture<Void> restart(String idOrName) {
        return act("restart " + idOrName, () -> null);
    }

    @Override
    public CompletableFuture<ContainerStatus> status(String idOrName) {
        ContainerStatus status = statuses.get(idOrName);
        return status != null ? CompletableFuture.completedFuture(status)
                : CompletableFuture.completedFuture(new ContainerStatus(idOrName, idOrName, ContainerState.RUNNING,
                        "", 0, "", List.of()));
    }

    @Override
    public CompletableFuture<ContainerStatus> await(String idOrName, Predicate<ContainerStatus> until) {
        actions.add("await " + idOrName);
        return status(idOrName).thenCompose(now -> until.test(now) ? CompletableFuture.completedFuture(now)
                : new CompletableFuture<>());
    }

    private <T> CompletableFuture<T> act(String action, java.util.function.Supplier<T> change) {
        actions.add(action);
        for (Map.Entry<String, DaemonException> failure : new ArrayList<>(failures.entrySet())) {
            if (action.startsWith(failure.getKey())) {
                failures.remove(failure.getKey());
                return CompletableFuture.failedFuture(failure.getValue());
            }
        }
        return CompletableFuture.completedFuture(change.get());
    }
}
