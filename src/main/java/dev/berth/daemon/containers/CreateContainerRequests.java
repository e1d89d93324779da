package dev.berth.daemon.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.RestartPolicy;
import com.github.dockerjava.api.model.Volume;
import dev.berth.daemon.DaemonException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@link RunSpec} as docker-java's create call, field for field what {@code docker run -d} sends: only what the
 * user set is sent, so the engine fills in the image's defaults exactly as it does for the CLI.
 */
final class CreateContainerRequests {
    private CreateContainerRequests() {
    }

    static CreateContainerCmd create(DockerClient client, RunSpec spec) {
        CreateContainerCmd create = client.createContainerCmd(spec.image());
        HostConfig host = HostConfig.newHostConfig();
        if (!spec.name().isBlank()) {
            create.withName(spec.name());
        }
        if (!spec.entrypoint().isBlank()) {
            create.withEntrypoint(spec.entrypoint());
        }
        if (!spec.command().isEmpty()) {
            create.withCmd(spec.command());
        }
        if (!spec.env().isEmpty()) {
            create.withEnv(spec.env().stream().map(RunSpec.EnvVar::asAssignment).toList());
        }
        publish(spec.ports(), create, host);
        if (spec.publishAll()) {
            host.withPublishAllPorts(true);
        }
        mount(spec.mounts(), create, host);
        if (!spec.network().isBlank()) {
            host.withNetworkMode(spec.network());
        }
        RestartPolicy restart = restartPolicy(spec.restart());
        if (restart != null) {
            host.withRestartPolicy(restart);
        }
        if (!spec.labels().isEmpty()) {
            create.withLabels(spec.labels());
        }
        if (!spec.workingDir().isBlank()) {
            create.withWorkingDir(spec.workingDir());
        }
        if (!spec.user().isBlank()) {
            create.withUser(spec.user());
        }
        if (spec.autoRemove()) {
            host.withAutoRemove(true);
        }
        if (spec.interactive()) {
            create.withStdinOpen(true); // -i without attaching, as `docker run -di` sends it
        }
        if (spec.tty()) {
            create.withTty(true);
        }
        return create.withHostConfig(host);
    }

    /** Each {@code -p} exposes its container port and binds it; host port 0 lets the engine pick one. */
    private static void publish(List<RunSpec.PortSpec> ports, CreateContainerCmd create, HostConfig host) {
        if (ports.isEmpty()) {
            return;
        }
        Set<ExposedPort> exposed = new LinkedHashSet<>();
        Ports bindings = new Ports();
        for (RunSpec.PortSpec port : ports) {
            ExposedPort target = exposedPort(port.containerPort(), port.protocol());
            exposed.add(target);
            String hostIp = port.hostIp() == null || port.hostIp().isBlank() ? null : port.hostIp();
            String hostPort = port.hostPort() > 0 ? Integer.toString(port.hostPort()) : null;
            bindings.bind(target, new Ports.Binding(hostIp, hostPort));
        }
        create.withExposedPorts(new ArrayList<>(exposed));
        host.withPortBindings(bindings);
    }

    static ExposedPort exposedPort(int containerPort, String protocol) {
        String name = protocol == null || protocol.isBlank() ? "tcp" : protocol.toLowerCase(Locale.ROOT);
        return new ExposedPort(containerPort, InternetProtocol.parse(name));
    }

    /**
     * {@code -v name:/path} and {@code -v /host:/path} go into Binds as the CLI sends them (a missing host directory
     * is created, a missing volume too); a volume without a source is anonymous, declared in Volumes.
     */
    /** {@code ~/data} as the shell would expand it in {@code -v ~/data:/data}; the engine does not. */
    static String expandHome(String source) {
        if (source.equals("~") || source.startsWith("~/")) {
            return System.getProperty("user.home") + source.substring(1);
        }
        return source;
    }

    private static void mount(List<RunSpec.MountSpec> mounts, CreateContainerCmd create, HostConfig host) {
        List<Bind> binds = new ArrayList<>();
        List<Volume> anonymous = new ArrayList<>();
        for (RunSpec.MountSpec mount : mounts) {
            if (mount.source() == null || mount.source().isBlank()) {
                anonymous.add(new Volume(mount.target()));
            } else {
                binds.add(new Bind(expandHome(mount.source()), new Volume(mount.target()),
                        mount.readOnly() ? AccessMode.ro : AccessMode.rw));
            }
        }
        if (!binds.isEmpty()) {
            host.withBinds(binds);
        }
        if (!anonymous.isEmpty()) {
            create.withVolumes(anonymous);
        }
    }

    /** null for "no" (the engine's default), so the create call carries no policy at all. */
    static RestartPolicy restartPolicy(RunSpec.RestartPolicy restart) {
        if (restart == null || restart.name() == null) {
            return null;
        }
        return switch (restart.name().strip().toLowerCase(Locale.ROOT)) {
            case "", "no" -> null;
            case "always" -> RestartPolicy.alwaysRestart();
            case "unless-stopped" -> RestartPolicy.unlessStoppedRestart();
            case "on-failure" -> RestartPolicy.onFailureRestart(Math.max(0, restart.maxRetries()));
            default -> throw new DaemonException("The restart policy \"" + restart.name() + "\" does not exist.",
                    "Choose one of " + String.join(", ", RunSpec.RestartPolicy.NAMES) + ".");
        };
    }
}
