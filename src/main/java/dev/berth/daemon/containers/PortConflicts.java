package dev.berth.daemon.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerPort;
import dev.berth.daemon.DaemonErrors;
import dev.berth.daemon.DaemonException;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A start that failed because a host port is taken, said with the port and, when another container publishes it,
 * that container's name. The engine words it two ways: its own allocator ("Bind for 0.0.0.0:8080 failed: port is
 * already allocated", another container has it) and the proxy's listen ("listen tcp4 0.0.0.0:8080: bind: address
 * already in use", some program, or a container bound to another address).
 */
final class PortConflicts {
    static final String ACTION = "Choose another host port.";
    private static final Pattern ALLOCATED = Pattern.compile("Bind for \\S*:(\\d+) failed: port is already allocated");
    private static final Pattern LISTEN = Pattern.compile("listen \\w+ \\S*:(\\d+): bind: address already in use");

    private PortConflicts() {
    }

    /** The host port named by an engine failure about a taken port. */
    static OptionalInt takenPort(Throwable failure) {
        if (!(failure instanceof DockerException engine)) {
            return OptionalInt.empty();
        }
        String said = DaemonErrors.engineMessage(engine);
        for (Pattern pattern : new Pattern[] {ALLOCATED, LISTEN}) {
            Matcher match = pattern.matcher(said);
            if (match.find()) {
                return OptionalInt.of(Integer.parseInt(match.group(1)));
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The sentence for a start that failed on a taken port, or empty when that was not the reason.
     *
     * @param starting the container whose start failed (id or name); it is never the one to blame
     */
    static Optional<DaemonException> explain(DockerClient client, Throwable failure, String starting) {
        OptionalInt port = takenPort(failure);
        if (port.isEmpty()) {
            return Optional.empty();
        }
        int status = ((DockerException) failure).getHttpStatus();
        return Optional.of(sentence(port.getAsInt(), holder(client, port.getAsInt(), starting), status, failure));
    }

    static DaemonException sentence(int port, Optional<String> holder, int status, Throwable cause) {
        String by = holder.map(name -> "by another container (" + name + ")").orElse("by another program");
        return new DaemonException("Port " + port + " on the host is already in use " + by + ".", ACTION, status,
                cause);
    }

    /** The running container that publishes {@code port}, looked up only once a start has failed on it. */
    static Optional<String> holder(DockerClient client, int port, String except) {
        try {
            return client.listContainersCmd().exec().stream()
                    .filter(container -> !isThe(container, except) && publishes(container, port))
                    .map(PortConflicts::name).findFirst();
        } catch (RuntimeException lookupFailed) {
            return Optional.empty(); // the port is still taken; only who holds it is unknown
        }
    }

    /** By full or short id, or by name. */
    private static boolean isThe(Container container, String idOrName) {
        return container.getId().startsWith(idOrName) || container.getNames() != null
                && Arrays.stream(container.getNames()).anyMatch(name -> RunSpecReader.stripSlash(name).equals(idOrName));
    }

    private static boolean publishes(Container container, int port) {
        ContainerPort[] ports = container.getPorts();
        return ports != null
                && Arrays.stream(ports).anyMatch(p -> p.getPublicPort() != null && p.getPublicPort() == port);
    }

    private static String name(Container container) {
        String[] names = container.getNames();
        return names != null && names.length > 0 ? RunSpecReader.stripSlash(names[0]) : container.getId().substring(0, 12);
    }
}
