package dev.berth.daemon.containers;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What `docker inspect` says about one container, as the details pane shows it. {@code runSpec} is the same
 * container as a {@link RunSpec}, so "Edit" can open the Run dialog pre-filled with it.
 *
 * @param health     "healthy", "unhealthy", "starting", or "" without a health check
 * @param exitCode   the last exit code; meaningful once the container has stopped
 * @param startedAt  null when never started; same for {@code finishedAt}
 */
public record ContainerDetails(
        String id,
        String name,
        String image,
        String imageId,
        List<String> command,
        Instant created,
        Instant startedAt,
        Instant finishedAt,
        ContainerState state,
        String health,
        int exitCode,
        int restartCount,
        List<PortMapping> ports,
        List<MountInfo> mounts,
        List<NetworkAttachment> networks,
        Map<String, String> labels,
        List<RunSpec.EnvVar> env,
        RunSpec runSpec) {

    public ContainerDetails {
        command = List.copyOf(command);
        ports = List.copyOf(ports);
        mounts = List.copyOf(mounts);
        networks = List.copyOf(networks);
        labels = Map.copyOf(labels);
        env = List.copyOf(env);
    }

    /** One mount: {@code type} is "volume", "bind" or "tmpfs"; {@code source} is the volume name or host path. */
    public record MountInfo(String type, String source, String destination, boolean readOnly) {
    }

    /** The container's place on one network. */
    public record NetworkAttachment(String network, String ipv4, String ipv6, String mac, List<String> aliases) {
        public NetworkAttachment {
            aliases = List.copyOf(aliases);
        }
    }
}
