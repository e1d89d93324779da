package dev.berth.compose.actions;

import dev.berth.compose.model.ComposeProject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What Berth does to a compose project, over the Engine API, with the names and labels docker compose v2 writes.
 * Every call returns at once; its work runs on the gateway's threads and reports each service's progress to
 * {@code progress} (on those threads) until the task's future completes.
 */
public interface ComposeActions {

    /** Every project on the engine, found through the compose labels of its containers, networks and volumes. */
    CompletableFuture<List<ProjectState>> projects();

    /** {@code docker compose up -d}: networks and volumes, missing images, then containers in dependency order. */
    ComposeTask up(ComposeProject project, UpOptions options, Consumer<ServiceProgress> progress);

    /** {@code docker compose down}: from the project's labels alone, in reverse dependency order. */
    ComposeTask down(String projectName, DownOptions options, Consumer<ServiceProgress> progress);

    /** {@code docker compose start [services]}; an empty list means every service. */
    ComposeTask start(String projectName, List<String> services, Consumer<ServiceProgress> progress);

    /** {@code docker compose stop [services]}; an empty list means every service. */
    ComposeTask stop(String projectName, List<String> services, Consumer<ServiceProgress> progress);

    /** {@code docker compose restart [services]}; an empty list means every service. */
    ComposeTask restart(String projectName, List<String> services, Consumer<ServiceProgress> progress);

    /** {@code docker compose pull}: the image of every service that has one. */
    ComposeTask pull(ComposeProject project, Consumer<ServiceProgress> progress);

    /** {@code docker compose build}: every service that has {@code build:}. */
    ComposeTask build(ComposeProject project, Consumer<ServiceProgress> progress);

    /** {@code docker compose up -d --scale service=replicas --no-recreate service}. */
    ComposeTask scale(ComposeProject project, String service, int replicas, Consumer<ServiceProgress> progress);
}
