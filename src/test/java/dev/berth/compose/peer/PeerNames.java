package dev.berth.compose.peer;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * How one side of the comparison named what it made, mapped onto one shared spelling: the project's name becomes
 * {@code <project>}, and docker-compose v1's {@code <project>_<service>_<n>} containers and {@code <project>_<service>}
 * built images take v2's {@code -} separator. Networks and volumes are {@code <project>_<key>} on both sides.
 */
final class PeerNames {
    static final String PROJECT = "<project>";

    private final String project;
    private final boolean v1;
    private final Map<String, String> containerNamesById;

    private PeerNames(String project, boolean v1, Map<String, String> containerNamesById) {
        this.project = project;
        this.v1 = v1;
        this.containerNamesById = Map.copyOf(containerNamesById);
    }

    /** The names docker-compose v1 gave project {@code project}; {@code containerNamesById} without the "/". */
    static PeerNames v1(String project, Map<String, String> containerNamesById) {
        return new PeerNames(project, true, containerNamesById);
    }

    /** The names Berth gave project {@code project}, which follow docker compose v2. */
    static PeerNames berth(String project, Map<String, String> containerNamesById) {
        return new PeerNames(project, false, containerNamesById);
    }

    String project() {
        return project;
    }

    /** Any text with the project's name in it: a network's or volume's name, a label's value, a path. */
    String text(String text) {
        return text == null ? null : text.replace(project, PROJECT);
    }

    /** A container's name (without the leading "/"). */
    String container(String name) {
        String numbered = v1 ? name.replaceFirst("^" + Pattern.quote(project) + "_(.+)_(\\d+)$", project + "-$1-$2")
                : name;
        return text(numbered);
    }

    /** A container's name, from its full id. */
    String containerById(String id) {
        String name = containerNamesById.get(id);
        return name == null ? "<unknown container " + id.substring(0, Math.min(12, id.length())) + ">"
                : container(name);
    }

    /**
     * A container's hostname: the engine names a container after its short id unless the file sets one, and a
     * container on another's network ({@code network_mode: service:x}) takes that one's, so a short id of the
     * project becomes "the id of" that container's mapped name.
     */
    String hostname(String hostname) {
        if (!hostname.matches("[0-9a-f]{12}")) {
            return hostname;
        }
        return containerNamesById.keySet().stream().filter(id -> id.startsWith(hostname)).findFirst()
                .map(id -> "<id of " + containerById(id) + ">").orElse(hostname);
    }

    /** An image reference: a built one is {@code <project>_<service>} in v1 and {@code <project>-<service>} in v2. */
    String image(String reference) {
        String separated = v1 ? reference.replaceFirst("^" + Pattern.quote(project) + "_", project + "-") : reference;
        return text(separated);
    }
}
