package dev.berth.compose.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.daemon.DockerCli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the engine holds of one compose project, read through the docker CLI ({@code docker ps}, {@code docker
 * inspect}): the peer's view of the engine, independent of Berth's gateway. Every compose-made object carries
 * {@code com.docker.compose.project}, which is how a project's objects are found and removed.
 */
final class EngineObjects {
    static final String PROJECT_LABEL = "com.docker.compose.project";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EngineObjects() {
    }

    static List<String> containers(String project) {
        return lines("ps", "-aq", "--no-trunc", "--filter", "label=" + PROJECT_LABEL + "=" + project);
    }

    static List<String> networks(String project) {
        return lines("network", "ls", "-q", "--no-trunc", "--filter", "label=" + PROJECT_LABEL + "=" + project);
    }

    static List<String> volumes(String project) {
        return lines("volume", "ls", "-q", "--filter", "label=" + PROJECT_LABEL + "=" + project);
    }

    /** Kills the project's running containers at once (SIGKILL), without waiting for any grace period. */
    static void kill(String project) {
        List<String> running = lines("ps", "-q", "--no-trunc", "--filter", "status=running", "--filter",
                "label=" + PROJECT_LABEL + "=" + project);
        if (!running.isEmpty()) {
            quietly(Stream.concat(Stream.of("kill"), running.stream()).toArray(String[]::new));
        }
    }

    /** {@code docker <kind> inspect} of those objects, one JSON object each; none for an empty list. */
    static List<JsonNode> inspect(String kind, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<JsonNode> objects = new ArrayList<>();
        try {
            JSON.readTree(docker(Stream.concat(Stream.of(kind, "inspect"), ids.stream()).toArray(String[]::new)))
                    .forEach(objects::add);
        } catch (IOException unreadable) {
            throw new AssertionError("docker " + kind + " inspect printed no JSON", unreadable);
        }
        return objects;
    }

    /** Whether a volume of that name exists. */
    static boolean volumeExists(String name) {
        return lines("volume", "ls", "-q", "--filter", "name=^" + name + "$").contains(name);
    }

    /**
     * Removes everything of the project, whatever state a failed test left it in: its containers (with their
     * anonymous volumes), networks and volumes, then the given volumes (anonymous ones seen earlier) and images.
     */
    static void removeProject(String project, Collection<String> moreVolumes, Collection<String> images) {
        List<String> containers = containers(project);
        if (!containers.isEmpty()) {
            quietly(Stream.concat(Stream.of("rm", "-f", "-v"), containers.stream()).toArray(String[]::new));
        }
        networks(project).forEach(network -> quietly("network", "rm", network));
        volumes(project).forEach(volume -> quietly("volume", "rm", "-f", volume));
        moreVolumes.forEach(volume -> quietly("volume", "rm", "-f", volume));
        images.forEach(image -> quietly("image", "rm", "-f", image));
    }

    private static List<String> lines(String... args) {
        return docker(args).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static String docker(String... args) {
        try {
            return DockerCli.run(args);
        } catch (IOException failed) {
            throw new AssertionError(failed.getMessage(), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running docker " + String.join(" ", args), interrupted);
        }
    }

    /** Removing what may already be gone. */
    static void quietly(String... args) {
        try {
            DockerCli.run(args);
        } catch (IOException alreadyGone) {
            // Removed by down, or never made.
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
