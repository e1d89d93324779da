package dev.berth.compose.actions;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.compose.ContainerStatus;
import dev.berth.daemon.logs.LogLine;
import dev.berth.daemon.logs.LogRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Waits for a dependency's {@code depends_on} condition as compose does: {@code service_started} holds once its
 * containers started; {@code service_healthy} waits until every container is healthy and fails when one is unhealthy,
 * has no health check or exits; {@code service_completed_successfully} waits until every container exited and fails
 * unless with 0. A failure is the dependency's: it is reported FAILED with its last log lines. Each dependency and
 * condition is waited for once, however many services wait for it.
 */
final class DependencyWaits {
    static final int LOG_LINES = 10;

    private final EngineGateway gateway;
    private final ComposeRun run;
    private final Map<String, CompletableFuture<Void>> waits = new ConcurrentHashMap<>();

    DependencyWaits(EngineGateway gateway, ComposeRun run) {
        this.gateway = gateway;
        this.run = run;
    }

    /** @param containers the dependency's containers, started by this action or running already */
    CompletableFuture<Void> satisfied(String dependency, List<StartedContainer> containers, String condition) {
        if (!condition.equals(Dependencies.HEALTHY) && !condition.equals(Dependencies.COMPLETED)) {
            return CompletableFuture.completedFuture(null);
        }
        return waits.computeIfAbsent(dependency + ":" + condition, key -> CompletableFuture.allOf(containers.stream()
                .map(container -> condition.equals(Dependencies.HEALTHY) ? healthy(dependency, container)
                        : completed(dependency, container))
                .toArray(CompletableFuture[]::new)));
    }

    private CompletableFuture<Void> healthy(String service, StartedContainer container) {
        return run.step(() -> {
            run.report(service, container.name(), ServiceProgress.Step.WAITING, "Waiting to be healthy");
            return run.cancellable(gateway.compose().await(container.id(), status -> !status.hasHealthcheck()
                    || status.hasEnded() || status.health().equals(ContainerStatus.HEALTHY)
                    || status.health().equals(ContainerStatus.UNHEALTHY))).thenCompose(status -> {
                        if (status.health().equals(ContainerStatus.HEALTHY)) {
                            run.report(service, container.name(), ServiceProgress.Step.HEALTHY);
                            return CompletableFuture.completedFuture(null);
                        }
                        String reason = !status.hasHealthcheck() && !status.hasEnded()
                                ? "container " + container.name() + " has no healthcheck configured"
                                : status.hasEnded() ? "container " + container.name() + " exited ("
                                + status.exitCode() + ")" : "container " + container.name() + " is unhealthy";
                        return failWithLogs(service, container, reason);
                    });
        });
    }

    private CompletableFuture<Void> completed(String service, StartedContainer container) {
        return run.step(() -> {
            run.report(service, container.name(), ServiceProgress.Step.WAITING, "Waiting to complete");
            return run.cancellable(gateway.compose().await(container.id(), ContainerStatus::hasEnded))
                    .thenCompose(status -> {
                        if (status.exitCode() == 0) {
                            run.report(service, container.name(), ServiceProgress.Step.STOPPED, "Exited (0)");
                            return CompletableFuture.completedFuture(null);
                        }
                        return failWithLogs(service, container, "service " + service + " didn't complete"
                                + " successfully: exit " + status.exitCode());
                    });
        });
    }

    private CompletableFuture<Void> failWithLogs(String service, StartedContainer container, String reason) {
        return lastLines(container.id()).thenApply(lines -> {
            String detail = lines.isEmpty() ? reason : reason + ". Its last log lines:\n" + String.join("\n", lines);
            run.fail(service, container.name(), detail);
            throw new DaemonException(reason, null);
        });
    }

    /** The container's last {@link #LOG_LINES} lines, or none when they cannot be read. */
    CompletableFuture<List<String>> lastLines(String containerId) {
        CompletableFuture<List<String>> result = new CompletableFuture<>();
        List<String> lines = new ArrayList<>();
        gateway.containers().logs(containerId, new LogRequest(false, LOG_LINES, null), batch -> {
            synchronized (lines) {
                batch.stream().map(LogLine::text).forEach(lines::add);
            }
        }, end -> {
            synchronized (lines) {
                result.complete(List.copyOf(lines));
            }
        });
        return result;
    }

    /** A container of a dependency that was started or found running. */
    record StartedContainer(String id, String name) {
    }
}
