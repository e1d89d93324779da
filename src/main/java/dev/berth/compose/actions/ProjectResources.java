package dev.berth.compose.actions;

import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.NetworkSpec;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.compose.model.VolumeSpec;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.compose.NetworkCreateSpec;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.daemon.networks.NetworkSummary;
import dev.berth.daemon.volumes.VolumeSummary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The networks and volumes an {@code up} needs, as compose makes them: those of the project that exist (found by
 * label) are reused, an external one must exist already, the others are created with compose's labels. Only what the
 * services being brought up use is made, so the default network exists only when a service joins it.
 */
final class ProjectResources {
    /** What this up created, for the closing sentence when nothing could be started. */
    record Created(List<String> networks, List<String> volumes) {
        Created {
            networks = List.copyOf(networks);
            volumes = List.copyOf(volumes);
        }

        boolean isEmpty() {
            return networks.isEmpty() && volumes.isEmpty();
        }
    }

    private final EngineGateway gateway;
    private final ComposeProject project;
    private final ComposeRun run;

    ProjectResources(EngineGateway gateway, ComposeProject project, ComposeRun run) {
        this.gateway = gateway;
        this.project = project;
        this.run = run;
    }

    CompletableFuture<Created> ensure(Collection<ServiceSpec> services) {
        List<NetworkSpec> networks = usedNetworks(services);
        List<VolumeSpec> volumes = usedVolumes(services);
        CompletableFuture<List<String>> madeNetworks = networks.isEmpty() ? CompletableFuture.completedFuture(List.of())
                : gateway.compose().networks(ComposeLabels.ofProject(project.name())).thenCompose(existing ->
                        ensureNetworks(networks, existing.stream().map(NetworkInfo::name).collect(Collectors.toSet())));
        CompletableFuture<List<String>> madeVolumes = volumes.isEmpty() ? CompletableFuture.completedFuture(List.of())
                : gateway.compose().volumes(ComposeLabels.ofProject(project.name())).thenCompose(existing ->
                        ensureVolumes(volumes, existing.stream().map(VolumeSummary::name).collect(Collectors.toSet())));
        return madeNetworks.thenCombine(madeVolumes, Created::new);
    }

    private List<NetworkSpec> usedNetworks(Collection<ServiceSpec> services) {
        Set<String> keys = new LinkedHashSet<>();
        services.forEach(service -> keys.addAll(ContainerSpecs.networkKeys(project, service)));
        return keys.stream().map(key -> project.networks().get(key)).filter(java.util.Objects::nonNull).toList();
    }

    private List<VolumeSpec> usedVolumes(Collection<ServiceSpec> services) {
        Set<String> keys = new LinkedHashSet<>();
        services.forEach(service -> service.volumes().stream()
                .filter(mount -> "volume".equals(mount.type()) && project.volumes().containsKey(mount.source()))
                .forEach(mount -> keys.add(mount.source())));
        return keys.stream().map(key -> project.volumes().get(key)).toList();
    }

    private CompletableFuture<List<String>> ensureNetworks(List<NetworkSpec> networks, Set<String> existing) {
        List<NetworkSpec> external = networks.stream().filter(NetworkSpec::external).toList();
        CompletableFuture<Void> checked = external.isEmpty() ? CompletableFuture.completedFuture(null)
                : gateway.networks().list().thenAccept(all -> requireExisting("network", external.stream()
                        .map(NetworkSpec::name).toList(), all.stream().map(NetworkSummary::name).toList()));
        return checked.thenCompose(ok -> all(networks.stream()
                .filter(network -> !network.external() && !existing.contains(network.name()))
                .map(this::createNetwork).toList()));
    }

    private CompletableFuture<String> createNetwork(NetworkSpec network) {
        return run.step(() -> {
            run.report("", network.name(), ServiceProgress.Step.CREATING);
            NetworkSpec.Ipam ipam = network.ipam();
            List<NetworkCreateSpec.Pool> pools = ipam == null ? List.of() : ipam.config().stream()
                    .map(pool -> new NetworkCreateSpec.Pool(pool.subnet(), pool.ipRange(), pool.gateway())).toList();
            NetworkCreateSpec spec = new NetworkCreateSpec(network.name(), network.driver(), network.driverOpts(),
                    ComposeLabels.network(project.name(), network.key(), network.labels()),
                    ipam == null ? null : ipam.driver(), pools, network.internal(), network.attachable(),
                    network.enableIpv6());
            return gateway.compose().createNetwork(spec).handle((id, failure) -> {
                if (failure == null) {
                    run.report("", network.name(), ServiceProgress.Step.CREATED);
                    return network.name();
                }
                if (ComposeRun.unwrap(failure) instanceof DaemonException refused && refused.httpStatus() == 409) {
                    // One of that name exists without the project's labels; compose uses it as it is.
                    run.report("", network.name(), ServiceProgress.Step.CREATED, "It existed already.");
                    return null;
                }
                run.report("", network.name(), ServiceProgress.Step.FAILED, ComposeRun.message(failure));
                throw ComposeRun.reason(failure);
            });
        });
    }

    private CompletableFuture<List<String>> ensureVolumes(List<VolumeSpec> volumes, Set<String> existing) {
        List<VolumeSpec> external = volumes.stream().filter(VolumeSpec::external).toList();
        CompletableFuture<Void> checked = external.isEmpty() ? CompletableFuture.completedFuture(null)
                : gateway.volumes().list().thenAccept(all -> requireExisting("volume", external.stream()
                        .map(VolumeSpec::name).toList(), all.stream().map(VolumeSummary::name).toList()));
        return checked.thenCompose(ok -> all(volumes.stream()
                .filter(volume -> !volume.external() && !existing.contains(volume.name()))
                .map(this::createVolume).toList()));
    }

    private CompletableFuture<String> createVolume(VolumeSpec volume) {
        return run.step(() -> {
            run.report("", volume.name(), ServiceProgress.Step.CREATING);
            return gateway.volumes().create(new dev.berth.daemon.volumes.VolumeSpec(volume.name(), volume.driver(),
                            volume.driverOpts(), ComposeLabels.volume(project.name(), volume.key(), volume.labels())))
                    .handle((made, failure) -> {
                        if (failure != null) {
                            run.report("", volume.name(), ServiceProgress.Step.FAILED, ComposeRun.message(failure));
                            throw ComposeRun.reason(failure);
                        }
                        run.report("", volume.name(), ServiceProgress.Step.CREATED);
                        return volume.name();
                    });
        });
    }

    /** compose refuses to start a project whose external network or volume is missing, naming it. */
    private static void requireExisting(String kind, List<String> wanted, List<String> existing) {
        for (String name : wanted) {
            if (!existing.contains(name)) {
                throw new DaemonException("The " + kind + " " + name + " is declared as external, but it does not"
                        + " exist.", "Create it first (docker " + kind + " create " + name + "), or remove"
                        + " external: true so that up creates it.");
            }
        }
    }

    private static CompletableFuture<List<String>> all(List<CompletableFuture<String>> steps) {
        return CompletableFuture.allOf(steps.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<String> made = new ArrayList<>();
            steps.forEach(step -> {
                String name = step.join();
                if (name != null) {
                    made.add(name);
                }
            });
            return made;
        });
    }
}
