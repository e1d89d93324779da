package dev.berth.daemon.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code docker inspect} of a container as {@link ContainerDetails}, its {@link RunSpec} included. */
final class ContainerInspections {
    /** The engine's "never": Go's zero time. */
    private static final String ZERO_TIME = "0001-01-01T00:00:00Z";

    private ContainerInspections() {
    }

    /** Inspects the container and its image (by id, so a tag moved since does not matter). */
    static ContainerDetails inspect(DockerClient client, String idOrName) {
        InspectContainerResponse container = client.inspectContainerCmd(idOrName).exec();
        return details(container, imageConfig(client, container.getImageId()));
    }

    /** The image's own config, or null when the image is gone (removed with force under the container). */
    static ContainerConfig imageConfig(DockerClient client, String imageId) {
        if (imageId == null || imageId.isBlank()) {
            return null;
        }
        try {
            return client.inspectImageCmd(imageId).exec().getConfig();
        } catch (NotFoundException gone) {
            return null;
        }
    }

    static ContainerDetails details(InspectContainerResponse container, ContainerConfig image) {
        ContainerConfig config = container.getConfig() != null ? container.getConfig() : new ContainerConfig();
        InspectContainerResponse.ContainerState state = container.getState();
        List<String> command = new ArrayList<>();
        if (container.getPath() != null && !container.getPath().isEmpty()) {
            command.add(container.getPath());
        }
        if (container.getArgs() != null) {
            command.addAll(Arrays.asList(container.getArgs()));
        }
        String health = state != null && state.getHealth() != null ? Objects.toString(state.getHealth().getStatus(), "")
                : "";
        Map<String, String> labels = config.getLabels() != null ? config.getLabels() : Map.of();
        List<RunSpec.EnvVar> env = config.getEnv() == null ? List.of()
                : Arrays.stream(config.getEnv()).map(RunSpecReader::envVar).toList();
        return new ContainerDetails(
                container.getId(),
                RunSpecReader.stripSlash(container.getName()),
                Objects.toString(config.getImage(), ""),
                Objects.toString(container.getImageId(), ""),
                command,
                time(container.getCreated()),
                state != null ? time(state.getStartedAt()) : null,
                state != null ? time(state.getFinishedAt()) : null,
                state != null ? ContainerState.parse(state.getStatus()) : ContainerState.UNKNOWN,
                health,
                state != null && state.getExitCode() != null ? state.getExitCode() : 0,
                container.getRestartCount() != null ? container.getRestartCount() : 0,
                ports(container.getNetworkSettings() != null ? container.getNetworkSettings().getPorts() : null),
                mounts(container.getMounts()),
                networks(container.getNetworkSettings() != null ? container.getNetworkSettings().getNetworks() : null),
                labels,
                env,
                RunSpecReader.fromInspect(container, image));
    }

    /** null for the engine's zero time ("never") and for anything unreadable. */
    static Instant time(String engineTime) {
        if (engineTime == null || engineTime.isBlank() || engineTime.startsWith(ZERO_TIME.substring(0, 10))) {
            return null;
        }
        try {
            return Instant.parse(engineTime);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** Published and exposed-only ports, like the PORTS column of `docker ps`. */
    static List<PortMapping> ports(Ports ports) {
        List<PortMapping> all = new ArrayList<>();
        if (ports == null || ports.getBindings() == null) {
            return all;
        }
        for (Map.Entry<ExposedPort, Ports.Binding[]> entry : ports.getBindings().entrySet()) {
            ExposedPort exposed = entry.getKey();
            String protocol = exposed.getProtocol() != null ? exposed.getProtocol().toString() : "tcp";
            if (entry.getValue() == null || entry.getValue().length == 0) {
                all.add(new PortMapping("", 0, exposed.getPort(), protocol));
                continue;
            }
            for (Ports.Binding binding : entry.getValue()) {
                all.add(new PortMapping(Objects.toString(binding.getHostIp(), ""),
                        RunSpecReader.hostPort(binding.getHostPortSpec()), exposed.getPort(), protocol));
            }
        }
        return DockerContainerOperations.tidy(all);
    }

    static List<ContainerDetails.MountInfo> mounts(List<InspectContainerResponse.Mount> mounts) {
        if (mounts == null) {
            return List.of();
        }
        return mounts.stream().map(mount -> {
            // docker-java does not model the mount's Type; it keeps what it does not know in the raw values.
            Object rawType = mount.getRawValues().get("Type");
            String type = rawType != null ? rawType.toString() : mount.getName() != null ? "volume" : "bind";
            String source = "volume".equals(type) && mount.getName() != null ? mount.getName()
                    : Objects.toString(mount.getSource(), "");
            String destination = mount.getDestination() != null ? mount.getDestination().getPath() : "";
            return new ContainerDetails.MountInfo(type, source, destination, Boolean.FALSE.equals(mount.getRW()));
        }).toList();
    }

    static List<ContainerDetails.NetworkAttachment> networks(Map<String, ContainerNetwork> networks) {
        if (networks == null) {
            return List.of();
        }
        return networks.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(entry -> {
                    ContainerNetwork network = entry.getValue();
                    return new ContainerDetails.NetworkAttachment(entry.getKey(),
                            Objects.toString(network.getIpAddress(), ""),
                            Objects.toString(network.getGlobalIPv6Address(), ""),
                            Objects.toString(network.getMacAddress(), ""),
                            network.getAliases() != null ? network.getAliases() : List.of());
                }).toList();
    }
}
