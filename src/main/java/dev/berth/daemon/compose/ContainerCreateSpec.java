package dev.berth.daemon.compose;

import dev.berth.daemon.containers.RunSpec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one container of a compose service is created with, as plain data: what {@code docker compose up} sends
 * to the engine's create call, plus the networks it joins after the first. A null field, an empty list or map means
 * "not set" (the image's or the engine's default applies).
 *
 * @param entrypoint    replaces the image's ENTRYPOINT, or null
 * @param command       replaces the image's CMD, or null
 * @param env           {@code KEY=VALUE}, in order
 * @param tmpfs         container path → mount options ("" for none), as {@code tmpfs:} gives them
 * @param networkMode   "host", "none", "bridge", "container:<id>", or null to join {@code networks}
 * @param networks      the first one is joined at create, the others connected before the container starts
 * @param restart       null for the engine's "no"
 * @param healthcheck   null for the image's own check
 * @param init          null for the engine's default
 * @param stopTimeout   null for the engine's default (10 s)
 */
public record ContainerCreateSpec(
        String name,
        String image,
        List<String> entrypoint,
        List<String> command,
        List<String> env,
        Map<String, String> labels,
        List<PortBinding> ports,
        List<Mount> mounts,
        Map<String, String> tmpfs,
        String networkMode,
        List<NetworkEndpoint> networks,
        RunSpec.RestartPolicy restart,
        Healthcheck healthcheck,
        String workingDir,
        String user,
        String hostname,
        List<String> extraHosts,
        List<String> capAdd,
        List<String> capDrop,
        boolean privileged,
        Boolean init,
        boolean tty,
        boolean openStdin,
        String stopSignal,
        Duration stopTimeout,
        LogConfig logConfig) {

    public ContainerCreateSpec {
        entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
        command = command == null ? null : List.copyOf(command);
        env = List.copyOf(env);
        labels = ordered(labels);
        ports = List.copyOf(ports);
        mounts = List.copyOf(mounts);
        tmpfs = ordered(tmpfs);
        networks = List.copyOf(networks);
        extraHosts = List.copyOf(extraHosts);
        capAdd = List.copyOf(capAdd);
        capDrop = List.copyOf(capDrop);
    }

    private static Map<String, String> ordered(Map<String, String> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public static Builder builder(String name, String image) {
        return new Builder(name, image);
    }

    /**
     * One published container port.
     *
     * @param hostIp   "" for every interface
     * @param hostPort a port ("8080"), a range ("8000-8010"), or "" for one the engine picks
     */
    public record PortBinding(int containerPort, String protocol, String hostIp, String hostPort) {
    }

    /**
     * One mount.
     *
     * @param source         a volume's name ("" for an anonymous volume), a host path, or "" for tmpfs
     * @param createHostPath a missing host folder is created (only binds), as the short syntax does
     */
    public record Mount(Kind kind, String source, String target, boolean readOnly, boolean noCopy,
                        boolean createHostPath) {
        public enum Kind { VOLUME, BIND, TMPFS }

        public boolean isAnonymous() {
            return kind == Kind.VOLUME && source.isEmpty();
        }
    }

    /**
     * The container's place on one network.
     *
     * @param ipv4Address a fixed address, or "" for one the engine picks; same for {@code ipv6Address}
     */
    public record NetworkEndpoint(String network, List<String> aliases, String ipv4Address, String ipv6Address) {
        public NetworkEndpoint {
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * A health check; a null duration or count leaves the engine's default.
     *
     * @param test "CMD", "CMD-SHELL" or "NONE" first, as the engine takes it
     */
    public record Healthcheck(List<String> test, Duration interval, Duration timeout, Duration startPeriod,
                              Integer retries) {
        public Healthcheck {
            test = List.copyOf(test);
        }
    }

    /** A log driver (null for the engine's default) and its options. */
    public record LogConfig(String driver, Map<String, String> options) {
        public LogConfig {
            options = ordered(options);
        }
    }

    /** Builds a spec field by field; what is not set stays unset. */
    public static final class Builder {
        private final String name;
        private final String image;
        private List<String> entrypoint;
        private List<String> command;
        private List<String> env = new ArrayList<>();
        private Map<String, String> labels = new LinkedHashMap<>();
        private List<PortBinding> ports = new ArrayList<>();
        private List<Mount> mounts = new ArrayList<>();
        private Map<String, String> tmpfs = new LinkedHashMap<>();
        private String networkMode;
        private List<NetworkEndpoint> networks = new ArrayList<>();
        private RunSpec.RestartPolicy restart;
        private Healthcheck healthcheck;
        private String workingDir;
        private String user;
        private String hostname;
        private List<String> extraHosts = new ArrayList<>();
        private List<String> capAdd = new ArrayList<>();
        private List<String> capDrop = new ArrayList<>();
        private boolean privileged;
        private Boolean init;
        private boolean tty;
        private boolean openStdin;
        private String stopSignal;
        private Duration stopTimeout;
        private LogConfig logConfig;

        private Builder(String name, String image) {
            this.name = name;
            this.image = image;
        }

        public Builder entrypoint(List<String> value) { entrypoint = value; return this; }
        public Builder command(List<String> value) { command = value; return this; }
        public Builder env(List<String> value) { env = new ArrayList<>(value); return this; }
        public Builder labels(Map<String, String> value) { labels = new LinkedHashMap<>(value); return this; }
        public Builder ports(List<PortBinding> value) { ports = new ArrayList<>(value); return this; }
        public Builder mounts(List<Mount> value) { mounts = new ArrayList<>(value); return this; }
        public Builder tmpfs(Map<String, String> value) { tmpfs = new LinkedHashMap<>(value); return this; }
        public Builder networkMode(String value) { networkMode = value; return this; }
        public Builder networks(List<NetworkEndpoint> value) { networks = new ArrayList<>(value); return this; }
        public Builder restart(RunSpec.RestartPolicy value) { restart = value; return this; }
        public Builder healthcheck(Healthcheck value) { healthcheck = value; return this; }
        public Builder workingDir(String value) { workingDir = value; return this; }
        public Builder user(String value) { user = value; return this; }
        public Builder hostname(String value) { hostname = value; return this; }
        public Builder extraHosts(List<String> value) { extraHosts = new ArrayList<>(value); return this; }
        public Builder capAdd(List<String> value) { capAdd = new ArrayList<>(value); return this; }
        public Builder capDrop(List<String> value) { capDrop = new ArrayList<>(value); return this; }
        public Builder privileged(boolean value) { privileged = value; return this; }
        public Builder init(Boolean value) { init = value; return this; }
        public Builder tty(boolean value) { tty = value; return this; }
        public Builder openStdin(boolean value) { openStdin = value; return this; }
        public Builder stopSignal(String value) { stopSignal = value; return this; }
        public Builder stopTimeout(Duration value) { stopTimeout = value; return this; }
        public Builder logConfig(LogConfig value) { logConfig = value; return this; }

        public ContainerCreateSpec build() {
            return new ContainerCreateSpec(name, image, entrypoint, command, env, labels, ports, mounts, tmpfs,
                    networkMode, networks, restart, healthcheck, workingDir, user, hostname, extraHosts, capAdd,
                    capDrop, privileged, init, tty, openStdin, stopSignal, stopTimeout, logConfig);
        }
    }
}
