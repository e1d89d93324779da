package dev.berth.daemon.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.berth.daemon.DaemonErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code docker run -d} in its two steps, on the calling thread: create from a {@link RunSpec}, then start. A start
 * that fails leaves nothing behind: the created container is removed again.
 */
final class ContainerRunner {
    private static final Logger log = LoggerFactory.getLogger(ContainerRunner.class);

    private final DockerClient client;

    ContainerRunner(DockerClient client) {
        this.client = client;
    }

    String run(RunSpec spec) {
        String id = create(spec);
        start(id);
        return id;
    }

    /** @return the new container's id */
    String create(RunSpec spec) {
        String id = CreateContainerRequests.create(client, spec).exec().getId();
        log.info("Created container {} ({}) from {}", spec.name().isBlank() ? "(unnamed)" : spec.name(),
                shortId(id), spec.image());
        return id;
    }

    /**
     * Starts the created container; when that fails, removes it and throws the start's failure, as a sentence naming
     * the port and its holder when a host port was taken.
     */
    void start(String id) {
        try {
            client.startContainerCmd(id).exec();
        } catch (RuntimeException failure) {
            String why = failure instanceof DockerException engine ? DaemonErrors.engineMessage(engine)
                    : failure.toString();
            log.info("Starting {} failed ({}); removing it again", shortId(id), why);
            removeQuietly(id);
            throw PortConflicts.explain(client, failure, id).<RuntimeException>map(sentence -> sentence)
                    .orElse(failure);
        }
    }

    /**
     * Removes a container that never ran, with force and with its anonymous volumes ({@code docker rm -fv}: named
     * volumes are never removed that way); one that is already gone (--rm) is fine.
     */
    void removeQuietly(String id) {
        try {
            client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException alreadyGone) {
            // --rm containers may be removed by the engine itself when their start fails.
        } catch (RuntimeException failure) {
            log.warn("Could not remove the container {} that failed to start: {}", shortId(id), failure.toString());
        }
    }

    static String shortId(String id) {
        return id != null && id.length() > 12 ? id.substring(0, 12) : String.valueOf(id);
    }
}
