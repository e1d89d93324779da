package dev.berth.compose.actions;

import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.daemon.compose.ContainerCreateSpec;
import dev.berth.daemon.compose.ContainerCreateSpec.Mount;
import dev.berth.daemon.containers.RunSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** A service's container as compose v2 creates it: the model mapped onto the gateway's create spec. */
final class ContainerSpecs {
    private static final String SERVICE_MODE = "service:";

    private ContainerSpecs() {
    }

    /**
     * @param name            the name to create it under (a recreate creates under a temporary name first)
     * @param number          its replica number, which names it on its networks
     * @param image           the image reference to run
     * @param imageVolumes    the paths the image declares with VOLUME
     * @param inherited       container path → anonymous volume of the container this one replaces, which it keeps
     * @param serviceContainer a service's first container id, for {@code network_mode: service:x}
     */
    static ContainerCreateSpec of(ComposeProject project, ServiceSpec service, String name, int number,
                                  Map<String, String> labels, String image, List<String> imageVolumes,
                                  Map<String, String> inherited, Function<String, String> serviceContainer) {
        ContainerCreateSpec.Builder spec = ContainerCreateSpec.builder(name, image)
                .entrypoint(service.entrypoint()).command(service.command())
                .env(service.environment().entrySet().stream().map(entry -> entry.getValue() == null ? entry.getKey()
                        : entry.getKey() + "=" + entry.getValue()).toList())
                .labels(labels)
                .ports(service.ports().stream().map(port -> new ContainerCreateSpec.PortBinding(port.target(),
                        port.protocol(), nullToEmpty(port.hostIp()), nullToEmpty(port.published()))).toList())
                .mounts(mounts(project, service, imageVolumes, inherited))
                .tmpfs(tmpfs(service.tmpfs()))
                .restart(restart(service.restart()))
                .healthcheck(healthcheck(service.healthcheck()))
                .workingDir(service.workingDir()).user(service.user()).hostname(service.hostname())
                .extraHosts(service.extraHosts().stream().map(ContainerSpecs::hostEntry).toList())
                .capAdd(service.capAdd()).capDrop(service.capDrop())
                .privileged(service.privileged()).init(service.init()).tty(service.tty())
                .openStdin(service.stdinOpen()).stopSignal(service.stopSignal())
                .stopTimeout(service.stopGracePeriod());
        if (service.logging() != null) {
            spec.logConfig(new ContainerCreateSpec.LogConfig(service.logging().driver(), service.logging().options()));
        }
        String mode = service.networkMode();
        if (mode != null && !mode.isBlank()) {
            String modeService = modeService(service);
            spec.networkMode(modeService != null ? "container:" + serviceContainer.apply(modeService) : mode);
        } else {
            spec.networks(endpoints(project, service, ComposeNames.container(project.name(), service, number)));
        }
        return spec.build();
    }

    /**
     * The service's networks in compose's priority order (by key, as all priorities are equal), each with the aliases
     * compose gives: the container's name, the service's name, then the file's aliases.
     */
    static List<ContainerCreateSpec.NetworkEndpoint> endpoints(ComposeProject project, ServiceSpec service,
                                                                String containerName) {
        List<ContainerCreateSpec.NetworkEndpoint> endpoints = new ArrayList<>();
        for (String key : networkKeys(project, service)) {
            ServiceSpec.ServiceNetwork attachment = service.networks().getOrDefault(key,
                    ServiceSpec.ServiceNetwork.PLAIN);
            List<String> aliases = new ArrayList<>(List.of(containerName, service.name()));
            attachment.aliases().stream().filter(alias -> !aliases.contains(alias)).forEach(aliases::add);
            endpoints.add(new ContainerCreateSpec.NetworkEndpoint(ComposeNames.network(project, key), aliases,
                    nullToEmpty(attachment.ipv4Address()), nullToEmpty(attachment.ipv6Address())));
        }
        return endpoints;
    }

    /**
     * The keys of the networks the service joins, in compose's priority order (by key, as all priorities are
     * equal): its own, else the default network; none with a {@code network_mode}.
     */
    static List<String> networkKeys(ComposeProject project, ServiceSpec service) {
        if (service.networkMode() != null && !service.networkMode().isBlank()) {
            return List.of();
        }
        if (service.networks().isEmpty()) {
            return project.networks().containsKey(ComposeNames.DEFAULT_NETWORK)
                    ? List.of(ComposeNames.DEFAULT_NETWORK) : List.of();
        }
        return List.copyOf(new TreeSet<>(service.networks().keySet()));
    }

    /**
     * The file's mounts, then the image's VOLUME paths that none of them covers. An anonymous volume (in the file or
     * the image's) keeps the volume of the container this one replaces, as compose carries them over.
     */
    static List<Mount> mounts(ComposeProject project, ServiceSpec service, List<String> imageVolumes,
                              Map<String, String> inherited) {
        List<Mount> mounts = new ArrayList<>();
        Set<String> covered = new java.util.HashSet<>();
        for (ServiceSpec.VolumeMount volume : service.volumes()) {
            covered.add(volume.target());
            mounts.add(switch (volume.type()) {
                case "bind" -> new Mount(Mount.Kind.BIND, volume.source(), volume.target(), volume.readOnly(), false,
                        volume.createHostPath());
                case "tmpfs" -> new Mount(Mount.Kind.TMPFS, "", volume.target(), volume.readOnly(), false, false);
                default -> new Mount(Mount.Kind.VOLUME, volume.source() == null || volume.source().isEmpty()
                        ? inherited.getOrDefault(volume.target(), "") : ComposeNames.volume(project, volume.source()),
                        volume.target(), volume.readOnly(), volume.noCopy(), false);
            });
        }
        for (String path : imageVolumes) {
            if (!covered.contains(path) && inherited.containsKey(path)) {
                mounts.add(new Mount(Mount.Kind.VOLUME, inherited.get(path), path, false, false, false));
            }
        }
        return mounts;
    }

    /** {@code /run:size=64m} → /run with "size=64m"; a path alone has no options. */
    private static Map<String, String> tmpfs(List<String> entries) {
        Map<String, String> tmpfs = new LinkedHashMap<>();
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            tmpfs.put(colon < 0 ? entry : entry.substring(0, colon), colon < 0 ? "" : entry.substring(colon + 1));
        }
        return tmpfs;
    }

    /** {@code host=ip} (the spec's newer form) as the engine's {@code host:ip}. */
    private static String hostEntry(String entry) {
        int equals = entry.indexOf('=');
        return equals < 0 ? entry : entry.substring(0, equals) + ":" + entry.substring(equals + 1);
    }

    static RunSpec.RestartPolicy restart(String restart) {
        if (restart == null || restart.isBlank()) {
            return null; // the engine's default; an explicit "no" is sent as "no", as compose v2 does
        }
        int colon = restart.indexOf(':');
        if (colon < 0) {
            return new RunSpec.RestartPolicy(restart, 0);
        }
        try {
            return new RunSpec.RestartPolicy(restart.substring(0, colon),
                    Integer.parseInt(restart.substring(colon + 1).strip()));
        } catch (NumberFormatException notACount) {
            throw new IllegalArgumentException("The restart policy \"" + restart + "\" has no valid retry count.");
        }
    }

    private static ContainerCreateSpec.Healthcheck healthcheck(ServiceSpec.Healthcheck check) {
        if (check == null) {
            return null;
        }
        if (check.disable()) {
            return new ContainerCreateSpec.Healthcheck(List.of("NONE"), null, null, null, null);
        }
        return new ContainerCreateSpec.Healthcheck(check.test(), check.interval(), check.timeout(),
                check.startPeriod(), check.retries());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The network of a service's {@code network_mode: service:x}, or null. */
    static String modeService(ServiceSpec service) {
        String mode = service.networkMode();
        return mode != null && mode.startsWith(SERVICE_MODE) ? mode.substring(SERVICE_MODE.length()) : null;
    }
}
