package dev.berth.daemon.containers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything `docker run` can be told that Berth offers, as plain data: the Run dialog edits one, the CLI line is
 * rendered from one, the engine creates a container from one, and "Edit" reads one back out of inspect.
 *
 * @param entrypoint   the executable that replaces the image's ENTRYPOINT ({@code --entrypoint}), or "" for the image's
 * @param command      the arguments after the image (replace CMD); empty for the image's own
 * @param network      "" for the default bridge, else "bridge", "host", "none" or a user-defined network's name
 * @param restart      the restart policy; {@link RestartPolicy#NO} by default
 * @param detach       only changes the rendered CLI line: Berth always runs containers in the background
 */
public record RunSpec(
        String image,
        String name,
        String entrypoint,
        List<String> command,
        List<EnvVar> env,
        List<PortSpec> ports,
        boolean publishAll,
        List<MountSpec> mounts,
        String network,
        RestartPolicy restart,
        Map<String, String> labels,
        String workingDir,
        String user,
        boolean autoRemove,
        boolean interactive,
        boolean tty,
        boolean detach) {

    public RunSpec {
        command = List.copyOf(command);
        env = List.copyOf(env);
        ports = List.copyOf(ports);
        mounts = List.copyOf(mounts);
        labels = Map.copyOf(labels);
    }

    public static Builder builder(String image) {
        return new Builder().image(image);
    }

    public Builder toBuilder() {
        return new Builder().image(image).name(name).entrypoint(entrypoint).command(command).env(env).ports(ports)
                .publishAll(publishAll).mounts(mounts).network(network).restart(restart).labels(labels)
                .workingDir(workingDir).user(user).autoRemove(autoRemove).interactive(interactive).tty(tty)
                .detach(detach);
    }

    /** One {@code -e KEY=VALUE}. */
    public record EnvVar(String key, String value) {
        public String asAssignment() {
            return key + "=" + value;
        }
    }

    /**
     * One {@code -p [hostIp:][hostPort:]containerPort[/protocol]}. {@code hostPort} 0 lets the engine pick a free
     * port; {@code hostIp} "" binds every interface.
     */
    public record PortSpec(String hostIp, int hostPort, int containerPort, String protocol) {
        public static PortSpec tcp(int hostPort, int containerPort) {
            return new PortSpec("", hostPort, containerPort, "tcp");
        }
    }

    /** One {@code -v source:target[:ro]}: a named volume or a bind-mounted host path. */
    public record MountSpec(Kind kind, String source, String target, boolean readOnly) {
        public enum Kind { VOLUME, BIND }
    }

    /** {@code --restart no|always|unless-stopped|on-failure[:max]}. */
    public record RestartPolicy(String name, int maxRetries) {
        public static final RestartPolicy NO = new RestartPolicy("no", 0);
        public static final List<String> NAMES = List.of("no", "always", "unless-stopped", "on-failure");
    }

    /** Builds a spec field by field; unset lists are empty and strings "". */
    public static final class Builder {
        private String image = "";
        private String name = "";
        private String entrypoint = "";
        private List<String> command = new ArrayList<>();
        private List<EnvVar> env = new ArrayList<>();
        private List<PortSpec> ports = new ArrayList<>();
        private boolean publishAll;
        private List<MountSpec> mounts = new ArrayList<>();
        private String network = "";
        private RestartPolicy restart = RestartPolicy.NO;
        private Map<String, String> labels = new LinkedHashMap<>();
        private String workingDir = "";
        private String user = "";
        private boolean autoRemove;
        private boolean interactive;
        private boolean tty;
        private boolean detach = true;

        public Builder image(String value) { image = value; return this; }
        public Builder name(String value) { name = value; return this; }
        public Builder entrypoint(String value) { entrypoint = value; return this; }
        public Builder command(List<String> value) { command = new ArrayList<>(value); return this; }
        public Builder env(List<EnvVar> value) { env = new ArrayList<>(value); return this; }
        public Builder addEnv(String key, String value) { env.add(new EnvVar(key, value)); return this; }
        public Builder ports(List<PortSpec> value) { ports = new ArrayList<>(value); return this; }
        public Builder addPort(PortSpec value) { ports.add(value); return this; }
        public Builder publishAll(boolean value) { publishAll = value; return this; }
        public Builder mounts(List<MountSpec> value) { mounts = new ArrayList<>(value); return this; }
        public Builder addMount(MountSpec value) { mounts.add(value); return this; }
        public Builder network(String value) { network = value; return this; }
        public Builder restart(RestartPolicy value) { restart = value; return this; }
        public Builder labels(Map<String, String> value) { labels = new LinkedHashMap<>(value); return this; }
        public Builder addLabel(String key, String value) { labels.put(key, value); return this; }
        public Builder workingDir(String value) { workingDir = value; return this; }
        public Builder user(String value) { user = value; return this; }
        public Builder autoRemove(boolean value) { autoRemove = value; return this; }
        public Builder interactive(boolean value) { interactive = value; return this; }
        public Builder tty(boolean value) { tty = value; return this; }
        public Builder detach(boolean value) { detach = value; return this; }

        public RunSpec build() {
            return new RunSpec(image, name, entrypoint, command, env, ports, publishAll, mounts, network, restart,
                    labels, workingDir, user, autoRemove, interactive, tty, detach);
        }
    }
}
