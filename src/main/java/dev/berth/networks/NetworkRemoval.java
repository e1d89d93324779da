package dev.berth.networks;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.cli.NetworkCommandLines;
import dev.berth.daemon.networks.NetworkConnectSpec;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.daemon.networks.NetworkOperations;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Removing a network: refused up front for the built-in ones and while containers are connected (naming them), and
 * "disconnect all and remove", which puts every container back (same aliases and, where it can, the same address)
 * when a step fails, so the user never ends with half the containers cut off and the network still there.
 */
final class NetworkRemoval {
    private final NetworkOperations networks;
    private final Executor callbacks;

    /** @param callbacks where the steps chain; any thread but the engine's own is fine (the UI executor is) */
    NetworkRemoval(NetworkOperations networks, Executor callbacks) {
        this.networks = networks;
        this.callbacks = callbacks;
    }

    /** Why Berth will not remove the network as it is, or null when it can. */
    static DaemonException refusal(NetworkInfo network) {
        if (network.isBuiltIn()) {
            return new DaemonException(network.name() + " is built into the engine: containers use it when they "
                    + "name no network, so it cannot be removed.", null);
        }
        if (!network.containers().isEmpty()) {
            return new DaemonException("Network " + network.name() + " still has containers connected: "
                    + containerNames(network) + ".", "Disconnect them first, or choose \"Disconnect all and "
                    + "remove\".");
        }
        return null;
    }

    static String containerNames(NetworkInfo network) {
        return network.containers().stream().map(NetworkInfo.Endpoint::containerName)
                .collect(Collectors.joining(", "));
    }

    /** The `docker …` lines of disconnecting every container and removing the network, joined by "&&". */
    static String commands(NetworkInfo network) {
        List<String> lines = new ArrayList<>();
        for (NetworkInfo.Endpoint endpoint : network.containers()) {
            lines.add(NetworkCommandLines.disconnect(network.name(), endpoint.containerName(), false));
        }
        lines.add(NetworkCommandLines.remove(List.of(network.name())));
        return String.join(" && ", lines);
    }

    CompletableFuture<Void> remove(NetworkInfo network) {
        DaemonException refused = refusal(network);
        return refused != null ? CompletableFuture.failedFuture(refused) : networks.remove(network.name());
    }

    CompletableFuture<Void> disconnectAllAndRemove(NetworkInfo listed) {
        if (listed.isBuiltIn()) {
            return CompletableFuture.failedFuture(refusal(listed));
        }
        // The listed network has no aliases; read them now so a rollback can give them back.
        return networks.inspect(listed.id()).thenComposeAsync(network -> {
            List<NetworkInfo.Endpoint> disconnected = new ArrayList<>();
            CompletableFuture<Void> steps = CompletableFuture.completedFuture(null);
            for (NetworkInfo.Endpoint endpoint : network.containers()) {
                steps = steps.thenComposeAsync(done -> networks.disconnect(network.id(), endpoint.containerId(),
                        false).thenRun(() -> disconnected.add(endpoint)), callbacks);
            }
            return steps.thenComposeAsync(done -> networks.remove(network.id()), callbacks)
                    .exceptionallyComposeAsync(failure -> reconnect(network, disconnected)
                            .thenCompose(restored -> CompletableFuture.failedFuture(unwrapped(failure))), callbacks);
        }, callbacks);
    }

    /** Puts the containers back; a container that will not take its old address gets one the engine picks. */
    private CompletableFuture<Void> reconnect(NetworkInfo network, List<NetworkInfo.Endpoint> endpoints) {
        CompletableFuture<Void> steps = CompletableFuture.completedFuture(null);
        for (NetworkInfo.Endpoint endpoint : endpoints) {
            NetworkConnectSpec same = new NetworkConnectSpec(network.id(), endpoint.containerId(),
                    endpoint.aliases(), endpoint.ipv4(), endpoint.ipv6());
            NetworkConnectSpec anyAddress = new NetworkConnectSpec(network.id(), endpoint.containerId(),
                    endpoint.aliases(), "", "");
            steps = steps.thenComposeAsync(done -> networks.connect(same)
                    .exceptionallyCompose(refused -> networks.connect(anyAddress))
                    .exceptionally(lost -> null), callbacks); // the original failure is what the user must see
        }
        return steps;
    }

    private static Throwable unwrapped(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
