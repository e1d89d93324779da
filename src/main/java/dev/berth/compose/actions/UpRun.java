package dev.berth.compose.actions;

import dev.berth.compose.actions.DependencyWaits.StartedContainer;
import dev.berth.compose.actions.ServiceProgress.Step;
import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.compose.ContainerStatus;
import dev.berth.daemon.compose.LocalImage;
import dev.berth.daemon.containers.ContainerDetails;
import dev.berth.daemon.containers.ContainerSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code docker compose up -d} over the engine: the project's networks and volumes, each service's image, then each
 * service converged (created, recreated, scaled, started) as soon as what it depends on is up and its conditions hold.
 * Services without a path between them go in parallel; a failed service stops only those that depend on it.
 */
final class UpRun {
    /** What {@code up} is asked to do beyond the project itself. */
    record Scope(Set<String> services, ServicePlan.Recreate recreate, boolean removeOrphans, boolean build,
                 Map<String, Integer> replicas) {
        Scope {
            services = Set.copyOf(services);
            replicas = Map.copyOf(replicas);
        }
    }

    /** A service that is up: its containers, and whether any was recreated (for dependents with restart: true). */
    private record Outcome(List<StartedContainer> containers, boolean recreated) {
    }

    private final EngineGateway gateway;
    private final ComposeProject project;
    private final Scope scope;
    private final ComposeRun run;
    private final Dependencies dependencies;
    private final ImageSteps images;
    private final DependencyWaits waits;
    private final ContainerSteps steps;
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

    UpRun(EngineGateway gateway, ComposeProject project, Scope scope, ComposeRun run) {
        this.gateway = gateway;
        this.project = project;
        this.scope = scope;
        this.run = run;
        this.dependencies = Dependencies.of(project);
        this.images = new ImageSteps(gateway, project, run);
        this.waits = new DependencyWaits(gateway, run);
        this.steps = new ContainerSteps(gateway, run);
    }

    ComposeRun start() {
        List<String> services = project.services().keySet().stream().filter(scope.services()::contains).toList();
        for (String service : services) {
            ServiceSpec spec = project.services().get(service);
            int replicas = scope.replicas().getOrDefault(service, spec.scale());
            if (replicas > 1 && spec.containerName() != null && !spec.containerName().isBlank()) {
                run.abort(new DaemonException(service + " cannot run " + replicas + " replicas: its container_name "
                        + spec.containerName() + " can name only one container.", "Remove container_name, or run"
                        + " one replica."));
                return run;
            }
        }
        Map<String, CompletableFuture<LocalImage>> imageFor = new LinkedHashMap<>();
        services.forEach(service -> imageFor.put(service, images.ensure(project.services().get(service),
                scope.build())));
        CompletableFuture<ProjectResources.Created> resources = new ProjectResources(gateway, project, run)
                .ensure(services.stream().map(project.services()::get).toList());
        gateway.compose().containers(ComposeLabels.ofProject(project.name()))
                .thenCombine(resources, (existing, created) -> {
                    converge(services, existing, imageFor).whenComplete((ended, bug) -> run.finish("up",
                            nothingStartedNote(created)));
                    return null;
                }).exceptionally(failure -> {
                    run.abort(failure);
                    return null;
                });
        return run;
    }

    private CompletableFuture<Void> converge(List<String> services, List<ContainerSummary> existing,
                                             Map<String, CompletableFuture<LocalImage>> imageFor) {
        List<ContainerSummary> current = existing.stream().filter(container -> !ComposeLabels.isOneoff(container))
                .toList();
        return orphans(current).thenCompose(done -> {
            Map<String, CompletableFuture<Outcome>> steps = InDependencyOrder.run(services,
                    service -> dependencies.of(service).keySet(),
                    service -> service(service, current, imageFor.get(service)));
            return CompletableFuture.allOf(steps.values().stream().map(step -> step.handle((result, failure) -> null))
                    .toArray(CompletableFuture[]::new));
        });
    }

    /** Containers of services the file no longer has: removed with {@code --remove-orphans}, else named. */
    private CompletableFuture<Void> orphans(List<ContainerSummary> current) {
        List<ContainerSummary> orphans = current.stream()
                .filter(container -> !project.services().containsKey(ComposeLabels.service(container))).toList();
        if (!scope.removeOrphans()) {
            orphans.forEach(orphan -> run.report(ComposeLabels.service(orphan), orphan.name(), Step.RUNNING,
                    "Orphan: the file has no service " + ComposeLabels.service(orphan) + " any more; up with"
                            + " remove orphans removes it."));
            return CompletableFuture.completedFuture(null);
        }
        return ContainerSteps.all(orphans.stream().map(orphan -> steps.stopAndRemove(ComposeLabels.service(orphan),
                orphan, false)).toList()).handle((removed, failure) -> null);
    }

    private CompletableFuture<Outcome> service(String name, List<ContainerSummary> existing,
                                               CompletableFuture<LocalImage> image) {
        ServiceSpec spec = project.services().get(name);
        return dependenciesHold(name).thenCompose(forceRecreate -> image.exceptionally(failure -> {
                    if (!run.hasFailed(name) && !ComposeRun.isCancellation(failure)) {
                        run.fail(name, ComposeNames.image(project.name(), spec), ComposeRun.message(failure));
                    }
                    throw ComposeRun.reason(failure);
                }).thenCompose(localImage -> converge(spec, existing, localImage, forceRecreate)))
                .whenComplete((outcome, failure) -> {
                    if (outcome != null) {
                        outcomes.put(name, outcome);
                    } else if (run.hasFailed(name)) {
                        return; // reported where it failed
                    } else if (ComposeRun.isCancellation(failure) || run.isCancelled()) {
                        run.report(name, name, Step.CANCELLED);
                    } else {
                        run.fail(name, name, ComposeRun.message(failure));
                    }
                });
    }

    /**
     * Waits for each dependency's condition; answers whether this service must be recreated because a dependency with
     * {@code restart: true} was. A failed required dependency means this service is not started.
     */
    private CompletableFuture<Boolean> dependenciesHold(String name) {
        List<CompletableFuture<Boolean>> holds = new ArrayList<>();
        dependencies.of(name).forEach((dependency, how) -> {
            if (!scope.services().contains(dependency)) {
                return; // not brought up by this action (not selected)
            }
            Outcome up = outcomes.get(dependency);
            CompletableFuture<Void> satisfied = up == null
                    ? CompletableFuture.failedFuture(new DaemonException(dependency + " failed", null))
                    : waits.satisfied(dependency, up.containers(), how.condition());
            holds.add(satisfied.handle((ok, failure) -> {
                if (failure != null && how.required()) {
                    if (!ComposeRun.isCancellation(failure) && !run.isCancelled()) {
                        run.notStarted(name, dependency);
                    }
                    throw ComposeRun.reason(failure);
                }
                return up != null && up.recreated() && how.restart();
            }));
        });
        return ContainerSteps.all(holds).thenApply(forced -> forced.contains(true));
    }

    private CompletableFuture<Outcome> converge(ServiceSpec spec, List<ContainerSummary> existing, LocalImage image,
                                                boolean forceRecreate) {
        List<ContainerSummary> mine = existing.stream()
                .filter(container -> ComposeLabels.service(container).equals(spec.name())).toList();
        ServicePlan plan = ServicePlan.of(mine, scope.replicas().getOrDefault(spec.name(), spec.scale()),
                ServiceConfigHash.of(spec), image.id(), forceRecreate ? ServicePlan.Recreate.ALWAYS : scope.recreate());
        return ContainerSteps.all(plan.remove().stream().map(extra -> steps.stopAndRemove(spec.name(), extra, false))
                .toList()).thenCompose(removed -> {
                    List<CompletableFuture<StartedContainer>> started = new ArrayList<>();
                    plan.keep().forEach(kept -> started.add(steps.startUnlessRunning(spec.name(), kept)));
                    plan.recreate().forEach(old -> started.add(recreate(spec, old, image)));
                    plan.create().forEach(number -> started.add(create(spec, number, image, null, Map.of())
                            .thenCompose(id -> steps.start(spec.name(), id, ComposeNames.container(project.name(),
                                    spec, number)))));
                    return ContainerSteps.all(started);
                }).thenApply(started -> new Outcome(started, !plan.recreate().isEmpty()));
    }

    /** Creates a container of the service; {@code replaced} (or null) is the container it will replace. */
    private CompletableFuture<String> create(ServiceSpec spec, int number, LocalImage image,
                                             ContainerSummary replaced, Map<String, String> inherited) {
        String name = ComposeNames.container(project.name(), spec, number);
        Map<String, String> labels = ComposeLabels.container(project, spec, number, ServiceConfigHash.of(spec),
                image.id());
        String createAs = name;
        if (replaced != null) {
            labels.put(ComposeLabels.REPLACE, replaced.id());
            createAs = replaced.id().substring(0, Math.min(12, replaced.id().length())) + "_" + name;
        }
        String subject = createAs;
        return steps.step(spec.name(), replaced != null ? replaced.name() : name, replaced != null ? Step.RECREATING
                : Step.CREATING, () -> gateway.compose().create(ContainerSpecs.of(project, spec, subject, number,
                        labels, ComposeNames.image(project.name(), spec), image.volumes(), inherited,
                        this::firstContainerOf)), Step.CREATED);
    }

    /**
     * Compose v2's recreate: the new container is created beside the old one under a temporary name (keeping the old
     * one's anonymous volumes), then the old one is stopped and removed (its volumes kept) and the new one takes the
     * name and starts. A failure before the old one is gone removes the new one and starts the old one again.
     */
    private CompletableFuture<StartedContainer> recreate(ServiceSpec spec, ContainerSummary old, LocalImage image) {
        int number = ComposeNames.number(old);
        String name = ComposeNames.container(project.name(), spec, number);
        return run.step(() -> gateway.compose().status(old.id()))
                .thenCompose(status -> create(spec, number, image, old, volumesOf(status)))
                .thenCompose(newId -> replace(spec.name(), old, newId, name)
                        .thenCompose(renamed -> steps.start(spec.name(), newId, name)));
    }

    private CompletableFuture<Void> replace(String service, ContainerSummary old, String newId, String name) {
        return steps.stop(service, old)
                .thenCompose(stopped -> gateway.containers().remove(old.id(), false, false))
                .handle((removed, failure) -> {
                    if (failure != null) {
                        gateway.containers().remove(newId, true, false);
                        if (old.state().isActive()) {
                            gateway.containers().start(old.id());
                        }
                        if (!run.hasFailed(service) && !ComposeRun.isCancellation(failure)) {
                            run.fail(service, old.name(), ComposeRun.message(failure));
                        }
                        throw ComposeRun.reason(failure);
                    }
                    return null;
                })
                .thenCompose(removed -> gateway.containers().rename(newId, name));
    }

    /** Container path → volume name of the old container's volumes, which the new one inherits where compose does. */
    private static Map<String, String> volumesOf(ContainerStatus status) {
        Map<String, String> volumes = new HashMap<>();
        for (ContainerDetails.MountInfo mount : status.mounts()) {
            if ("volume".equals(mount.type())) {
                volumes.put(mount.destination(), mount.source());
            }
        }
        return volumes;
    }

    private String firstContainerOf(String service) {
        Outcome up = outcomes.get(service);
        if (up == null || up.containers().isEmpty()) {
            throw new DaemonException("The network_mode service:" + service + " needs a container of " + service
                    + ", and it has none.", null);
        }
        return up.containers().get(0).id();
    }

    /** Compose leaves what an up created when it fails; the closing sentence says so when nothing runs. */
    private String nothingStartedNote(ProjectResources.Created created) {
        if (created.isEmpty() || steps.anyStarted() || !run.hasFailures()) {
            return "";
        }
        List<String> names = new ArrayList<>(created.networks());
        names.addAll(created.volumes());
        return "Nothing was started; the networks and volumes this up created (" + String.join(", ", names)
                + ") are left in place, as docker compose leaves them, and down removes them.";
    }
}
