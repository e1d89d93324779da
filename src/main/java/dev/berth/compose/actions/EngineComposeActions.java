package dev.berth.compose.actions;

import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.EngineGateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@link ComposeActions} over the gateway: compose implemented against the Engine API, with docker compose v2's
 * names, labels and order, so projects are interchangeable with the CLI's.
 */
public final class EngineComposeActions implements ComposeActions {
    private final EngineGateway gateway;

    public EngineComposeActions(EngineGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public CompletableFuture<List<ProjectState>> projects() {
        return ProjectStates.read(gateway);
    }

    @Override
    public ComposeTask up(ComposeProject project, UpOptions options, Consumer<ServiceProgress> progress) {
        UpRun.Scope scope = new UpRun.Scope(project.services().keySet(), options.forceRecreate()
                ? ServicePlan.Recreate.ALWAYS : ServicePlan.Recreate.CHANGED, options.removeOrphans(),
                options.build(), Map.of());
        return new UpRun(gateway, project, scope, new ComposeRun(progress)).start();
    }

    @Override
    public ComposeTask down(String projectName, DownOptions options, Consumer<ServiceProgress> progress) {
        return new LifecycleRun(gateway, projectName, new ComposeRun(progress)).down(options);
    }

    @Override
    public ComposeTask start(String projectName, List<String> services, Consumer<ServiceProgress> progress) {
        return new LifecycleRun(gateway, projectName, new ComposeRun(progress)).start(services);
    }

    @Override
    public ComposeTask stop(String projectName, List<String> services, Consumer<ServiceProgress> progress) {
        return new LifecycleRun(gateway, projectName, new ComposeRun(progress)).stop(services);
    }

    @Override
    public ComposeTask restart(String projectName, List<String> services, Consumer<ServiceProgress> progress) {
        return new LifecycleRun(gateway, projectName, new ComposeRun(progress)).restart(services);
    }

    /** A service that can also be built may fail to pull: compose then builds it, so that is not a failure. */
    @Override
    public ComposeTask pull(ComposeProject project, Consumer<ServiceProgress> progress) {
        ComposeRun run = new ComposeRun(progress);
        ImageSteps images = new ImageSteps(gateway, project, run);
        Map<String, ServiceSpec> byReference = new LinkedHashMap<>();
        project.services().values().stream().filter(service -> service.image() != null && !service.image().isBlank())
                .forEach(service -> byReference.putIfAbsent(service.image(), service));
        return eachService(run, "pull", List.copyOf(byReference.values()), service -> images.pull(service)
                .handle((pulled, failure) -> {
                    if (failure == null || ComposeRun.isCancellation(failure)) {
                        return null;
                    }
                    String reference = ComposeNames.image(project.name(), service);
                    if (service.build() != null) {
                        run.report(service.name(), reference, ServiceProgress.Step.FAILED,
                                ComposeRun.message(failure) + " It can be built instead.");
                    } else {
                        run.fail(service.name(), reference, ComposeRun.message(failure));
                    }
                    return null;
                }));
    }

    @Override
    public ComposeTask build(ComposeProject project, Consumer<ServiceProgress> progress) {
        ComposeRun run = new ComposeRun(progress);
        ImageSteps images = new ImageSteps(gateway, project, run);
        List<ServiceSpec> buildable = project.services().values().stream()
                .filter(service -> service.build() != null).toList();
        return eachService(run, "build", buildable, service -> images.build(service).handle((built, failure) -> {
            if (failure != null && !ComposeRun.isCancellation(failure)) {
                run.fail(service.name(), ComposeNames.image(project.name(), service), ComposeRun.message(failure));
            }
            return null;
        }));
    }

    /** Brings up {@code service} (and what it depends on) with {@code replicas} containers, recreating none. */
    @Override
    public ComposeTask scale(ComposeProject project, String service, int replicas,
                             Consumer<ServiceProgress> progress) {
        ComposeRun run = new ComposeRun(progress);
        if (!project.services().containsKey(service)) {
            run.abort(new DaemonException("The project " + project.name() + " has no service " + service + ".",
                    "Choose one of " + String.join(", ", project.services().keySet()) + "."));
            return run;
        }
        Set<String> services = Dependencies.of(project).withDependencies(List.of(service));
        UpRun.Scope scope = new UpRun.Scope(services, ServicePlan.Recreate.NEVER, false, false,
                Map.of(service, Math.max(0, replicas)));
        return new UpRun(gateway, project, scope, run).start();
    }

    /** Runs {@code step} for each of {@code services} in parallel; the run ends when all have ended. */
    private static ComposeRun eachService(ComposeRun run, String action, List<ServiceSpec> services,
                                          Function<ServiceSpec, CompletableFuture<Void>> step) {
        CompletableFuture.allOf(services.stream().map(step).toArray(CompletableFuture[]::new))
                .whenComplete((done, bug) -> run.finish(action, ""));
        return run;
    }
}
