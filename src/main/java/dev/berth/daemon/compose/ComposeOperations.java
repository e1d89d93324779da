package dev.berth.daemon.compose;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.daemon.volumes.VolumeSummary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * The engine calls compose needs beyond the other operations: creating a container from a full compose
 * configuration, networks with any IPAM, lists by label, and waiting for a container's health or exit. Each future
 * fails with a {@link DaemonException} that can be shown as it is. Starting, renaming and removing containers, pulls,
 * builds and volume creation are the other operations' calls.
 */
public interface ComposeOperations {

    /**
     * Creates the container (not started): it joins its first network at create and is connected to the others
     * before the future completes. If a connect fails, the container is removed again. Answers its id.
     */
    CompletableFuture<String> create(ContainerCreateSpec spec);

    /**
     * The containers, running or not, that carry every label of {@code labels}; a label whose value is "" only has to
     * be present.
     */
    CompletableFuture<List<ContainerSummary>> containers(Map<String, String> labels);

    /** The networks that carry every label of {@code labels}, as {@link #containers} matches them. */
    CompletableFuture<List<NetworkInfo>> networks(Map<String, String> labels);

    /** The volumes that carry every label of {@code labels}, as {@link #containers} matches them. */
    CompletableFuture<List<VolumeSummary>> volumes(Map<String, String> labels);

    /** {@code docker network create} with everything compose can set; answers the new network's id. */
    CompletableFuture<String> createNetwork(NetworkCreateSpec spec);

    /** The image {@code reference} names on the engine, or empty when it is not there. */
    CompletableFuture<Optional<LocalImage>> image(String reference);

    /**
     * {@code docker stop} without a timeout of its own, so the engine waits the container's stop timeout
     * ({@code stop_grace_period}) before it kills, as compose does; a stopped container is fine.
     */
    CompletableFuture<Void> stop(String idOrName);

    /** {@code docker restart}, with the container's own stop timeout as {@link #stop}. */
    CompletableFuture<Void> restart(String idOrName);

    CompletableFuture<ContainerStatus> status(String idOrName);

    /**
     * Completes with the container's status as soon as {@code until} holds for it: asked now, and again on each of
     * the container's events (start, health change, die), never on a timer. Fails when the container is removed
     * first. Cancelling the future stops the wait.
     */
    CompletableFuture<ContainerStatus> await(String idOrName, Predicate<ContainerStatus> until);
}
