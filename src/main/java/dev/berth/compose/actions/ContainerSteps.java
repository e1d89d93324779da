package dev.berth.compose.actions;

import dev.berth.compose.actions.DependencyWaits.StartedContainer;
import dev.berth.compose.actions.ServiceProgress.Step;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.containers.ContainerSummary;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * One container's lifecycle steps within a compose action, each reported before and after and skipped once the run
 * is cancelled; a failing step reports the service FAILED with the engine's reason.
 */
final class ContainerSteps {
    private final EngineGateway gateway;
    private final ComposeRun run;
    private final AtomicBoolean anyStarted = new AtomicBoolean();

    ContainerSteps(EngineGateway gateway, ComposeRun run) {
        this.gateway = gateway;
        this.run = run;
    }

    CompletableFuture<StartedContainer> start(String service, String id, String name) {
        return step(service, name, Step.STARTING, () -> gateway.containers().start(id), Step.STARTED)
                .thenApply(started -> {
                    anyStarted.set(true);
                    return new StartedContainer(id, name);
                });
    }

    CompletableFuture<Void> stop(String service, ContainerSummary container) {
        return step(service, container.name(), Step.STOPPING, () -> gateway.compose().stop(container.id()),
                Step.STOPPED);
    }

    CompletableFuture<StartedContainer> restart(String service, ContainerSummary container) {
        return step(service, container.name(), Step.RESTARTING, () -> gateway.compose().restart(container.id()),
                Step.STARTED).thenApply(restarted -> new StartedContainer(container.id(), container.name()));
    }

    /** {@code docker compose down}'s and scale-down's removal: stop, then remove with force. */
    CompletableFuture<Void> stopAndRemove(String service, ContainerSummary container, boolean removeVolumes) {
        CompletableFuture<Void> stopped = container.state().isActive() ? stop(service, container)
                : CompletableFuture.completedFuture(null);
        return stopped.thenCompose(done -> step(service, container.name(), Step.REMOVING,
                () -> gateway.containers().remove(container.id(), true, removeVolumes), Step.REMOVED));
    }

    /** The service's containers that are running already count as started; the others are started. */
    CompletableFuture<StartedContainer> startUnlessRunning(String service, ContainerSummary container) {
        if (container.state().isActive()) {
            anyStarted.set(true);
            run.report(service, container.name(), Step.RUNNING);
            return CompletableFuture.completedFuture(new StartedContainer(container.id(), container.name()));
        }
        return start(service, container.id(), container.name());
    }

    /** Whether any container was started (or found running) by this run. */
    boolean anyStarted() {
        return anyStarted.get();
    }

    /** Reports {@code doing}, runs {@code call}, then reports {@code done}; a failure reports the service FAILED. */
    <T> CompletableFuture<T> step(String service, String subject, Step doing, Supplier<CompletableFuture<T>> call,
                                  Step done) {
        return run.step(() -> {
            run.report(service, subject, doing);
            return call.get();
        }).handle((result, failure) -> {
            if (failure != null) {
                if (!ComposeRun.isCancellation(failure)) {
                    run.fail(service, subject, ComposeRun.message(failure));
                }
                throw ComposeRun.reason(failure);
            }
            run.report(service, subject, done);
            return result;
        });
    }

    /** Every step's result once all ended; fails with the first failure after all ended. */
    static <T> CompletableFuture<List<T>> all(List<CompletableFuture<T>> steps) {
        return CompletableFuture.allOf(steps.stream().map(step -> step.handle((result, failure) -> null))
                        .toArray(CompletableFuture[]::new))
                .thenApply(ended -> steps.stream().map(CompletableFuture::join).toList());
    }
}
