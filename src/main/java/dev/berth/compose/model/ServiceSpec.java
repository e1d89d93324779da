package dev.berth.compose.model;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One service of a resolved project. A nullable field is null when the file does not set it (the image's or the
 * engine's default applies); lists and maps are empty then.
 *
 * @param image           the image reference; null when the service only builds (the image is then named
 *                        {@code <project>-<service>} as compose v2 does)
 * @param build           how to build the image, or null
 * @param command         replaces the image's CMD, or null
 * @param entrypoint      replaces the image's ENTRYPOINT, or null
 * @param environment     the container's environment after {@code env_file} and {@code environment} were merged
 *                        (environment wins) and interpolated, by name; a name listed without a value and not found
 *                        in the project's environment is left out
 * @param networks        the networks by their top-level key; empty when {@code networkMode} is set
 * @param networkMode     {@code network_mode} ("host", "none", "bridge", "service:x", "container:x"), or null
 * @param dependsOn       the services this one waits for, by name, in file order
 * @param restart         "no", "always", "unless-stopped" or "on-failure[:max]", or null
 * @param stopGracePeriod null for the engine's default
 * @param init            null when not set
 * @param scale           the number of replicas ({@code scale} or {@code deploy.replicas}; 1 by default)
 * @param profiles        the profiles that enable this service; empty means always enabled
 */
public record ServiceSpec(
        String name,
        String image,
        BuildSpec build,
        List<String> command,
        List<String> entrypoint,
        Map<String, String> environment,
        List<PortSpec> ports,
        List<VolumeMount> volumes,
        Map<String, ServiceNetwork> networks,
        String networkMode,
        Map<String, DependsOn> dependsOn,
        String restart,
        Healthcheck healthcheck,
        Map<String, String> labels,
        String containerName,
        String workingDir,
        String user,
        String hostname,
        List<String> extraHosts,
        List<String> tmpfs,
        List<String> capAdd,
        List<String> capDrop,
        boolean privileged,
        Boolean init,
        boolean tty,
        boolean stdinOpen,
        String stopSignal,
        Duration stopGracePeriod,
        Logging logging,
        int scale,
        List<String> profiles) {

    public ServiceSpec {
        command = command == null ? null : List.copyOf(command);
        entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
        environment = ordered(environment);
        ports = List.copyOf(ports);
        volumes = List.copyOf(volumes);
        networks = ordered(networks);
        dependsOn = ordered(dependsOn);
        labels = ordered(labels);
        extraHosts = List.copyOf(extraHosts);
        tmpfs = List.copyOf(tmpfs);
        capAdd = List.copyOf(capAdd);
        capDrop = List.copyOf(capDrop);
        profiles = List.copyOf(profiles);
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * {@code build:} in long syntax.
     *
     * @param context    the absolute build context folder, or a remote context (a git or https URL) as written
     * @param dockerfile the Dockerfile's path relative to the context ("Dockerfile" by default)
     * @param target     the stage to build, or null for the last one
     */
    public record BuildSpec(String context, String dockerfile, Map<String, String> args, String target,
                            Map<String, String> labels) {
        public BuildSpec {
            args = ordered(args);
            labels = ordered(labels);
        }
    }

    /**
     * One published or exposed port in long syntax.
     *
     * @param target    the container port
     * @param published the host port or range ("8080", "8000-8010"), or "" for one the engine picks
     * @param hostIp    the host address to bind, or "" for every interface
     * @param protocol  "tcp" or "udp"
     */
    public record PortSpec(int target, String published, String hostIp, String protocol) {
    }

    /**
     * One entry of a service's {@code volumes:} in long syntax.
     *
     * @param type   "volume", "bind" or "tmpfs"
     * @param source a top-level volume's key for a named volume, "" for an anonymous one, or an absolute host path
     *               for a bind mount
     */
    public record VolumeMount(String type, String source, String target, boolean readOnly,
                              boolean createHostPath, boolean noCopy) {
    }

    /** A service's attachment to one network: extra aliases and fixed addresses. */
    public record ServiceNetwork(List<String> aliases, String ipv4Address, String ipv6Address) {
        public ServiceNetwork {
            aliases = List.copyOf(aliases);
        }

        public static final ServiceNetwork PLAIN = new ServiceNetwork(List.of(), null, null);
    }

    /**
     * One {@code depends_on} entry in long syntax.
     *
     * @param condition "service_started", "service_healthy" or "service_completed_successfully"
     */
    public record DependsOn(String condition, boolean required, boolean restart) {
    }

    /**
     * {@code healthcheck:}; {@code disable} (or {@code test: ["NONE"]}) turns the image's check off.
     *
     * @param test the test as the engine takes it ("CMD", "CMD-SHELL" or "NONE" first), or empty for the image's
     */
    public record Healthcheck(List<String> test, Duration interval, Duration timeout, Integer retries,
                              Duration startPeriod, boolean disable) {
        public Healthcheck {
            test = List.copyOf(test);
        }
    }

    /** {@code logging:}: a driver (null for the engine's default) and its options. */
    public record Logging(String driver, Map<String, String> options) {
        public Logging {
            options = ordered(options);
        }
    }
}
