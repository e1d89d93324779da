package dev.berth.compose.actions;

import dev.berth.compose.actions.DependencyWaits.StartedContainer;
import dev.berth.compose.actions.ServiceProgress.Step;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.daemon.volumes.VolumeSummary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code down}, {@code start}, {@code stop} and {@code restart} of a project from its labels alone, so a project
 * started elsewhere (by the CLI, by docker-compose v1, by another Berth) is handled without its file. The order comes
 * from the containers' {@code depends_on} labels: starts follow it, stops go against it.
 */
final class LifecycleRun {
    /** The engine names an anonymous volume with 64 hex digits. */
    private static final Pattern ANONYMOUS = Pattern.compile("[0-9a-f]{64}");

    private final EngineGateway gateway;
    private final String project;
    private final ComposeRun run;
    private final ContainerSteps steps;
    private final DependencyWaits waits;

    LifecycleRun(EngineGateway gateway, String project, ComposeRun run) {
        this.gateway = gateway;
        this.project = project;
        this.run = run;
        this.steps = new ContainerSteps(gateway, run);
        this.waits = new DependencyWaits(gateway, run);
    }

    /**
     * Stops and removes every container of the project (one-off ones too), dependents first, then its networks, and
     * with {@code removeVolumes} its volumes and the containers' anonymous ones. Without a file every container with
     * the project's label goes, so there are no orphans to tell apart.
     */
    ComposeRun down(DownOptions options) {
        return begin("down", containers -> {
            Dependencies dependencies = Dependencies.ofContainers(containers);
            return inOrder(services(containers), dependencies::dependents, service -> ContainerSteps.all(
                            ofService(containers, service).stream().map(container -> options.removeVolumes()
                                    ? removeWithAnonymousVolumes(service, container)
                                    : steps.stopAndRemove(service, container, false)).toList()))
                    .thenCompose(removed -> removeNetworks())
                    .thenCompose(removed -> options.removeVolumes() ? removeVolumes()
                            : CompletableFuture.completedFuture(null));
        }, false);
    }

    /** Starts the selected services' containers in dependency order, waiting for each dependency's condition. */
    ComposeRun start(List<String> selected) {
        return begin("start", containers -> {
            Dependencies dependencies = Dependencies.ofContainers(containers);
            Set<String> services = selection(containers, selected);
            Map<String, List<StartedContainer>> started = new ConcurrentHashMap<>();
            return inOrder(services, service -> dependencies.of(service).keySet(), service -> {
                List<CompletableFuture<Void>> holds = new ArrayList<>();
                dependencies.of(service).forEach((dependency, how) -> {
                    if (services.contains(dependency)) {
                        holds.add(started.containsKey(dependency) ? waits.satisfied(dependency,
                                started.get(dependency), how.condition()) : CompletableFuture.failedFuture(
                                new DaemonException(dependency + " failed", null)));
                    }
                });
                return ContainerSteps.all(holds).exceptionally(failure -> {
                    dependencies.of(service).keySet().stream().filter(run::hasFailed).findFirst()
                            .ifPresent(dependency -> run.notStarted(service, dependency));
                    throw ComposeRun.reason(failure);
                }).thenCompose(ready -> ContainerSteps.all(ofService(containers, service).stream()
                        .map(container -> steps.startUnlessRunning(service, container)).toList()))
                        .thenAccept(up -> started.put(service, up));
            });
        }, true);
    }

    /** Stops the selected services' containers, dependents first. */
    ComposeRun stop(List<String> selected) {
        return begin("stop", containers -> {
            Dependencies dependencies = Dependencies.ofContainers(containers);
            return inOrder(selection(containers, selected), dependencies::dependents, service -> ContainerSteps.all(
                    ofService(containers, service).stream().map(container -> container.state().isActive()
                            ? steps.stop(service, container) : CompletableFuture.<Void>completedFuture(null))
                            .toList()).thenApply(stopped -> null));
        }, true);
    }

    /** Restarts the selected services' containers in dependency order. */
    ComposeRun restart(List<String> selected) {
        return begin("restart", containers -> {
            Dependencies dependencies = Dependencies.ofContainers(containers);
            return inOrder(selection(containers, selected), service -> dependencies.of(service).keySet(),
                    service -> ContainerSteps.all(ofService(containers, service).stream()
                            .map(container -> steps.restart(service, container)).toList()).thenApply(done -> null));
        }, true);
    }

    /** Lists the project's containers (without one-off ones for all but down), then runs {@code action} on them. */
    private ComposeRun begin(String action, Function<List<ContainerSummary>, CompletableFuture<Void>> steps,
                             boolean withoutOneoff) {
        gateway.compose().containers(ComposeLabels.ofProject(project))
                .thenCompose(containers -> steps.apply(containers.stream()
                        .filter(container -> !withoutOneoff || !ComposeLabels.isOneoff(container))
                        .sorted(Comparator.comparingInt(ComposeNames::number)).toList()))
                .whenComplete((done, failure) -> {
                    if (failure != null && !run.hasFailures() && !ComposeRun.isCancellation(failure)) {
                        run.abort(failure);
                    } else {
                        run.finish(action, "");
                    }
                });
        return run;
    }

    private static <T> CompletableFuture<Void> inOrder(Set<String> services,
                                                       Function<String, ? extends Collection<String>> after,
                                                       Function<String, CompletableFuture<T>> step) {
        return CompletableFuture.allOf(InDependencyOrder.run(services, after, step).values().stream()
                .map(each -> each.handle((done, failure) -> null)).toArray(CompletableFuture[]::new));
    }

    /**
     * {@code rm -v} removes only the volumes the engine made for the container itself; a recreated container mounts
     * the anonymous volume it inherited by name, which {@code rm -v} keeps, so those are removed after it.
     */
    private CompletableFuture<Void> removeWithAnonymousVolumes(String service, ContainerSummary container) {
        return gateway.compose().status(container.id()).thenCompose(status -> steps.stopAndRemove(service, container,
                true).thenCompose(removed -> ContainerSteps.all(status.mounts().stream()
                .filter(mount -> "volume".equals(mount.type()) && ANONYMOUS.matcher(mount.source()).matches())
                .map(mount -> gateway.volumes().remove(mount.source()).exceptionally(failure -> {
                    if (ComposeRun.unwrap(failure) instanceof DaemonException gone && gone.httpStatus() == 404) {
                        return null; // rm -v removed it already
                    }
                    run.fail(service, mount.source(), ComposeRun.message(failure));
                    throw ComposeRun.reason(failure);
                })).toList())).thenApply(volumes -> null));
    }

    private CompletableFuture<Void> removeNetworks() {
        return gateway.compose().networks(ComposeLabels.ofProject(project)).thenCompose(networks -> ContainerSteps
                .all(networks.stream().map(NetworkInfo::name).map(name -> steps.step("", name, Step.REMOVING,
                        () -> gateway.networks().remove(name), Step.REMOVED)).toList()))
                .handle((removed, failure) -> null);
    }

    private CompletableFuture<Void> removeVolumes() {
        return gateway.compose().volumes(ComposeLabels.ofProject(project)).thenCompose(volumes -> ContainerSteps
                .all(volumes.stream().map(VolumeSummary::name).map(name -> steps.step("", name, Step.REMOVING,
                        () -> gateway.volumes().remove(name), Step.REMOVED)).toList()))
                .handle((removed, failure) -> null);
    }

    private static Set<String> services(List<ContainerSummary> containers) {
        Set<String> services = new LinkedHashSet<>();
        containers.forEach(container -> services.add(ComposeLabels.service(container)));
        return services;
    }

    /** The selected services that have containers; all of them when none is selected. */
    private static Set<String> selection(List<ContainerSummary> containers, List<String> selected) {
        Set<String> services = new LinkedHashSet<>(services(containers));
        if (!selected.isEmpty()) {
            services.retainAll(selected);
        }
        return services;
    }

    private static List<ContainerSummary> ofService(List<ContainerSummary> containers, String service) {
        return containers.stream().filter(container -> ComposeLabels.service(container).equals(service)).toList();
    }
}
