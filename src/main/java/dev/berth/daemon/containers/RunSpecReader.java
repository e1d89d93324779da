package dev.berth.daemon.containers;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.Ports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a container's {@link RunSpec} back out of inspect, so that "Edit" shows what the user ran. The engine merges
 * the image's defaults into the container's config (its Env, Labels, Cmd, Entrypoint, WorkingDir, User); whatever
 * still equals the image's is left out, because the user did not set it (or set it to what it already was).
 * Port bindings come back ordered by container port: the engine keeps them in a map.
 */
final class RunSpecReader {
    private RunSpecReader() {
    }

    /** @param image the config of the container's image, or null when the image is gone */
    static RunSpec fromInspect(InspectContainerResponse container, ContainerConfig image) {
        ContainerConfig config = container.getConfig() != null ? container.getConfig() : new ContainerConfig();
        ContainerConfig own = image != null ? image : new ContainerConfig();
        HostConfig host = container.getHostConfig() != null ? container.getHostConfig() : HostConfig.newHostConfig();
        RunSpec.Builder spec = RunSpec.builder(Objects.toString(config.getImage(), ""))
                .name(stripSlash(container.getName()));

        List<String> entrypoint = list(config.getEntrypoint());
        List<String> command = list(config.getCmd());
        if (entrypoint.equals(list(own.getEntrypoint()))) {
            // Without --entrypoint the engine copies the image's CMD in whenever none was given.
            spec.command(command.equals(list(own.getCmd())) ? List.of() : command);
        } else {
            spec.entrypoint(String.join(" ", entrypoint)).command(command);
        }

        Set<String> imageEnv = new HashSet<>(list(own.getEnv()));
        spec.env(list(config.getEnv()).stream().filter(entry -> !imageEnv.contains(entry))
                .map(RunSpecReader::envVar).toList());
        spec.labels(withoutInherited(config.getLabels(), own.getLabels()));

        spec.ports(ports(host.getPortBindings()))
                .publishAll(Boolean.TRUE.equals(host.getPublishAllPorts()))
                .mounts(mounts(host, config, own))
                .network(network(host.getNetworkMode()))
                .restart(restart(host.getRestartPolicy()))
                .workingDir(unlessInherited(config.getWorkingDir(), own.getWorkingDir()))
                .user(unlessInherited(config.getUser(), own.getUser()))
                .autoRemove(Boolean.TRUE.equals(host.getAutoRemove()))
                .interactive(Boolean.TRUE.equals(config.getStdinOpen()))
                .tty(Boolean.TRUE.equals(config.getTty()));
        return spec.build();
    }

    static RunSpec.EnvVar envVar(String assignment) {
        int equals = assignment.indexOf('=');
        return equals < 0 ? new RunSpec.EnvVar(assignment, "")
                : new RunSpec.EnvVar(assignment.substring(0, equals), assignment.substring(equals + 1));
    }

    static List<RunSpec.PortSpec> ports(Ports bindings) {
        List<RunSpec.PortSpec> ports = new ArrayList<>();
        if (bindings == null || bindings.getBindings() == null) {
            return ports;
        }
        for (Map.Entry<ExposedPort, Ports.Binding[]> entry : bindings.getBindings().entrySet()) {
            ExposedPort exposed = entry.getKey();
            String protocol = exposed.getProtocol() != null ? exposed.getProtocol().toString() : "tcp";
            if (entry.getValue() == null) {
                continue;
            }
            for (Ports.Binding binding : entry.getValue()) {
                ports.add(new RunSpec.PortSpec(Objects.toString(binding.getHostIp(), ""),
                        hostPort(binding.getHostPortSpec()), exposed.getPort(), protocol));
            }
        }
        ports.sort(Comparator.comparingInt(RunSpec.PortSpec::containerPort)
                .thenComparing(RunSpec.PortSpec::protocol)
                .thenComparing(RunSpec.PortSpec::hostIp)
                .thenComparingInt(RunSpec.PortSpec::hostPort));
        return ports;
    }

    /** "" (a port the engine picks) is 0; so is a range, which the Run dialog does not offer. */
    static int hostPort(String spec) {
        try {
            return spec == null || spec.isBlank() ? 0 : Integer.parseInt(spec.strip());
        } catch (NumberFormatException range) {
            return 0;
        }
    }

    private static List<RunSpec.MountSpec> mounts(HostConfig host, ContainerConfig config, ContainerConfig image) {
        List<RunSpec.MountSpec> mounts = new ArrayList<>();
        Set<String> targets = new HashSet<>();
        for (Bind bind : host.getBinds() != null ? host.getBinds() : new Bind[0]) {
            String source = bind.getPath();
            RunSpec.MountSpec.Kind kind = isHostPath(source) ? RunSpec.MountSpec.Kind.BIND
                    : RunSpec.MountSpec.Kind.VOLUME;
            mounts.add(new RunSpec.MountSpec(kind, source, bind.getVolume().getPath(),
                    bind.getAccessMode() == AccessMode.ro));
            targets.add(bind.getVolume().getPath());
        }
        for (Mount mount : host.getMounts() != null ? host.getMounts() : List.<Mount>of()) {
            if (mount.getType() == MountType.BIND || mount.getType() == MountType.VOLUME) {
                mounts.add(new RunSpec.MountSpec(mount.getType() == MountType.BIND ? RunSpec.MountSpec.Kind.BIND
                        : RunSpec.MountSpec.Kind.VOLUME, Objects.toString(mount.getSource(), ""), mount.getTarget(),
                        Boolean.TRUE.equals(mount.getReadOnly())));
                targets.add(mount.getTarget());
            }
        }
        Set<String> declaredByImage = image.getVolumes() != null ? image.getVolumes().keySet() : Set.of();
        if (config.getVolumes() != null) {
            config.getVolumes().keySet().stream().sorted()
                    .filter(target -> !declaredByImage.contains(target) && !targets.contains(target))
                    .forEach(target -> mounts.add(new RunSpec.MountSpec(RunSpec.MountSpec.Kind.VOLUME, "", target,
                            false)));
        }
        return mounts;
    }

    /** As the engine decides for {@code -v}: an absolute path is a bind mount, anything else a volume name. */
    static boolean isHostPath(String source) {
        return source.startsWith("/") || source.startsWith("\\\\") || source.matches("^[A-Za-z]:[\\\\/].*");
    }

    static String network(String mode) {
        return mode == null || mode.isBlank() || mode.equals("default") ? "" : mode;
    }

    static RunSpec.RestartPolicy restart(com.github.dockerjava.api.model.RestartPolicy policy) {
        if (policy == null || policy.getName() == null || policy.getName().isBlank() || policy.getName().equals("no")) {
            return RunSpec.RestartPolicy.NO;
        }
        int retries = policy.getName().equals("on-failure") && policy.getMaximumRetryCount() != null
                ? policy.getMaximumRetryCount() : 0;
        return new RunSpec.RestartPolicy(policy.getName(), retries);
    }

    private static Map<String, String> withoutInherited(Map<String, String> labels, Map<String, String> image) {
        Map<String, String> own = new LinkedHashMap<>();
        if (labels != null) {
            labels.forEach((key, value) -> {
                if (image == null || !Objects.equals(image.get(key), value)) {
                    own.put(key, value);
                }
            });
        }
        return own;
    }

    private static String unlessInherited(String value, String image) {
        String set = Objects.toString(value, "");
        return set.equals(Objects.toString(image, "")) ? "" : set;
    }

    static String stripSlash(String name) {
        return name == null ? "" : name.startsWith("/") ? name.substring(1) : name;
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }
}
