package dev.berth.testing;

import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.NetworkSpec;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.compose.model.VolumeSpec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Resolved compose projects built in code, as the loader would hand them over, for tests and benchmarks that exercise
 * the actions without a file. Everything built here carries the test label.
 */
public final class ComposeProjects {
    private ComposeProjects() {
    }

    /** A project name no other run uses: lower case, as compose normalises names. */
    public static String uniqueName(String prefix) {
        return "berthtest-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ProjectBuilder project(String name, Path workingDir) {
        return new ProjectBuilder(name, workingDir);
    }

    /** A service running {@link TestEngine#IMAGE} with {@link TestEngine#IDLE}, joined to the default network. */
    public static ServiceBuilder service(String name) {
        return new ServiceBuilder(name);
    }

    /** Builds a project; the default network is added when a service joins no network of its own. */
    public static final class ProjectBuilder {
        private final String name;
        private final Path workingDir;
        private final List<Path> configFiles = new ArrayList<>();
        private final Map<String, ServiceSpec> services = new LinkedHashMap<>();
        private final Map<String, NetworkSpec> networks = new LinkedHashMap<>();
        private final Map<String, VolumeSpec> volumes = new LinkedHashMap<>();

        private ProjectBuilder(String name, Path workingDir) {
            this.name = name;
            this.workingDir = workingDir;
            configFiles.add(workingDir.resolve("compose.yaml"));
        }

        public ProjectBuilder configFile(Path file) {
            configFiles.add(file);
            return this;
        }

        public ProjectBuilder service(ServiceBuilder service) {
            ServiceSpec spec = service.build();
            services.put(spec.name(), spec);
            if (spec.networks().isEmpty() && spec.networkMode() == null) {
                networks.computeIfAbsent("default", this::labelledNetwork);
            }
            return this;
        }

        public ProjectBuilder network(String key) {
            networks.put(key, labelledNetwork(key));
            return this;
        }

        public ProjectBuilder network(NetworkSpec network) {
            networks.put(network.key(), network);
            return this;
        }

        public ProjectBuilder volume(String key) {
            volumes.put(key, new VolumeSpec(key, name + "_" + key, false, null, Map.of(), testLabel()));
            return this;
        }

        public ProjectBuilder externalVolume(String key, String volumeName) {
            volumes.put(key, new VolumeSpec(key, volumeName, true, null, Map.of(), Map.of()));
            return this;
        }

        private NetworkSpec labelledNetwork(String key) {
            return new NetworkSpec(key, name + "_" + key, false, null, Map.of(), null, testLabel(), false, false,
                    false);
        }

        public ComposeProject build() {
            return new ComposeProject(name, workingDir, configFiles, services, networks, volumes, List.of());
        }
    }

    /** Builds a service field by field; what is not set stays unset, as in a file that does not say. */
    public static final class ServiceBuilder {
        private final String name;
        private String image = TestEngine.IMAGE;
        private ServiceSpec.BuildSpec build;
        private List<String> command = List.of(TestEngine.IDLE);
        private List<String> entrypoint;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final List<ServiceSpec.PortSpec> ports = new ArrayList<>();
        private final List<ServiceSpec.VolumeMount> volumes = new ArrayList<>();
        private final Map<String, ServiceSpec.ServiceNetwork> networks = new LinkedHashMap<>();
        private String networkMode;
        private final Map<String, ServiceSpec.DependsOn> dependsOn = new LinkedHashMap<>();
        private String restart;
        private ServiceSpec.Healthcheck healthcheck;
        private final Map<String, String> labels = new LinkedHashMap<>(testLabel());
        private String containerName;
        private String workingDir;
        private String user;
        private String hostname;
        private final List<String> extraHosts = new ArrayList<>();
        private final List<String> tmpfs = new ArrayList<>();
        private final List<String> capAdd = new ArrayList<>();
        private Duration stopGracePeriod;
        private int scale = 1;

        private ServiceBuilder(String name) {
            this.name = name;
        }

        public ServiceBuilder image(String value) { image = value; return this; }
        public ServiceBuilder build(ServiceSpec.BuildSpec value) { build = value; return this; }
        public ServiceBuilder command(String... value) { command = List.of(value); return this; }
        public ServiceBuilder entrypoint(String... value) { entrypoint = List.of(value); return this; }
        public ServiceBuilder env(String key, String value) { environment.put(key, value); return this; }
        public ServiceBuilder restart(String value) { restart = value; return this; }
        public ServiceBuilder label(String key, String value) { labels.put(key, value); return this; }
        public ServiceBuilder containerName(String value) { containerName = value; return this; }
        public ServiceBuilder workingDir(String value) { workingDir = value; return this; }
        public ServiceBuilder user(String value) { user = value; return this; }
        public ServiceBuilder hostname(String value) { hostname = value; return this; }
        public ServiceBuilder extraHost(String value) { extraHosts.add(value); return this; }
        public ServiceBuilder tmpfs(String value) { tmpfs.add(value); return this; }
        public ServiceBuilder capAdd(String value) { capAdd.add(value); return this; }
        public ServiceBuilder networkMode(String value) { networkMode = value; return this; }
        public ServiceBuilder stopGracePeriod(Duration value) { stopGracePeriod = value; return this; }
        public ServiceBuilder scale(int value) { scale = value; return this; }

        public ServiceBuilder port(int target, String published) {
            ports.add(new ServiceSpec.PortSpec(target, published, "", "tcp"));
            return this;
        }

        public ServiceBuilder port(ServiceSpec.PortSpec port) {
            ports.add(port);
            return this;
        }

        /** A named volume (the top-level key), or an anonymous one when {@code key} is "". */
        public ServiceBuilder volume(String key, String target) {
            volumes.add(new ServiceSpec.VolumeMount("volume", key, target, false, false, false));
            return this;
        }

        public ServiceBuilder bind(String hostPath, String target, boolean readOnly) {
            volumes.add(new ServiceSpec.VolumeMount("bind", hostPath, target, readOnly, true, false));
            return this;
        }

        public ServiceBuilder network(String key, String... aliases) {
            networks.put(key, new ServiceSpec.ServiceNetwork(List.of(aliases), null, null));
            return this;
        }

        public ServiceBuilder network(String key, ServiceSpec.ServiceNetwork attachment) {
            networks.put(key, attachment);
            return this;
        }

        public ServiceBuilder dependsOn(String service, String condition) {
            dependsOn.put(service, new ServiceSpec.DependsOn(condition, true, false));
            return this;
        }

        public ServiceBuilder dependsOn(String service, ServiceSpec.DependsOn how) {
            dependsOn.put(service, how);
            return this;
        }

        /** A {@code CMD-SHELL} check every {@code interval}, unhealthy after {@code retries} failures. */
        public ServiceBuilder healthcheck(String shell, Duration interval, int retries) {
            healthcheck = new ServiceSpec.Healthcheck(List.of("CMD-SHELL", shell), interval, Duration.ofSeconds(5),
                    retries, null, false);
            return this;
        }

        public ServiceSpec build() {
            return new ServiceSpec(name, image, build, command, entrypoint, environment, ports, volumes, networks,
                    networkMode, dependsOn, restart, healthcheck, labels, containerName, workingDir, user, hostname,
                    extraHosts, tmpfs, capAdd, List.of(), false, null, false, false, null, stopGracePeriod, null, scale,
                    List.of());
        }
    }

    private static Map<String, String> testLabel() {
        return Map.of(TestEngine.TEST_LABEL, "true");
    }
}
