package dev.berth.daemon.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotModifiedException;
import dev.berth.daemon.DaemonErrors;
import dev.berth.daemon.DaemonException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a container by one made from a new {@link RunSpec} under the same name, on the calling thread: stop the
 * original, rename it aside, run the new one, and only then remove the original (keeping its volumes, so named
 * volumes keep their data). A failure after the rename puts the original back as it was: the new container is
 * removed, the original gets its name back and is started again if it was running.
 */
final class ContainerRecreator {
    private static final Logger log = LoggerFactory.getLogger(ContainerRecreator.class);
    static final String ASIDE_MARK = "-berth-old-";

    /** The steps, as the log and the failure sentence name them. */
    enum Step {
        STOP("stopping the original container", "stop the original container"),
        RENAME("renaming the original container aside", "rename the original container aside"),
        CREATE("creating the new container", "create the new container"),
        START("starting the new container", "start the new container"),
        REMOVE("removing the original container", "remove the original container");

        final String doing;
        final String attempt;

        Step(String doing, String attempt) {
            this.doing = doing;
            this.attempt = attempt;
        }
    }

    private final DockerClient client;
    private final ContainerRunner runner;

    ContainerRecreator(DockerClient client) {
        this.client = client;
        this.runner = new ContainerRunner(client);
    }

    /** @return the new container's id */
    String recreate(String idOrName, RunSpec spec) {
        InspectContainerResponse old = client.inspectContainerCmd(idOrName).exec();
        String oldId = old.getId();
        String name = RunSpecReader.stripSlash(old.getName());
        boolean wasRunning = old.getState() != null && Boolean.TRUE.equals(old.getState().getRunning());
        if (wasRunning && old.getHostConfig() != null && Boolean.TRUE.equals(old.getHostConfig().getAutoRemove())) {
            throw new DaemonException("Could not recreate " + name + ": it was run with --rm, so stopping it would"
                    + " remove it and it could not be restored if the new one failed.",
                    "Remove it and run a new one instead.");
        }
        String newName = spec.name().isBlank() ? name : spec.name();
        RunSpec named = spec.toBuilder().name(newName).build();
        log.info("Recreating {} ({}), {}", name, ContainerRunner.shortId(oldId), wasRunning ? "running" : "stopped");

        if (wasRunning) {
            step(name, Step.STOP);
            try {
                client.stopContainerCmd(oldId).exec();
            } catch (NotModifiedException alreadyStopped) {
                // It stopped by itself meanwhile; that is where this step wanted it.
            } catch (RuntimeException failure) {
                throw failed(name, Step.STOP, failure, "It was left as it was.");
            }
        }
        String aside = name + ASIDE_MARK + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt())
                .substring(2);
        log.info("Recreating {}: renaming the original container to {}", name, aside);
        try {
            client.renameContainerCmd(oldId).withName(aside).exec();
        } catch (RuntimeException failure) {
            String restored = restart(oldId, wasRunning);
            throw failed(name, Step.RENAME, failure,
                    restored == null ? "The original container was restored." : restored);
        }

        String newId = null;
        Step doing = Step.CREATE;
        try {
            step(name, doing);
            newId = runner.create(named);
            doing = step(name, Step.START);
            runner.start(newId);
            doing = step(name, Step.REMOVE);
            client.removeContainerCmd(oldId).withForce(true).withRemoveVolumes(false).exec();
            log.info("Recreated {} as {}", newName, ContainerRunner.shortId(newId));
            return newId;
        } catch (RuntimeException failure) {
            throw failed(name, doing, failure, rollBack(name, oldId, aside, newId, wasRunning));
        }
    }

    /**
     * Puts the original back; answers the sentence saying how that went.
     *
     * @param newId the new container if it was created (a failed start has removed it already; removing twice is
     *              harmless), else null
     */
    private String rollBack(String name, String oldId, String aside, String newId, boolean wasRunning) {
        log.info("Recreating {} failed; restoring the original container", name);
        if (newId != null) {
            runner.removeQuietly(newId);
        }
        try {
            client.renameContainerCmd(oldId).withName(name).exec();
        } catch (RuntimeException failure) {
            log.error("Could not give {} its name back from {}", name, aside, failure);
            return "Restoring the original container failed too: it is still named " + aside + " ("
                    + DaemonErrors.translate(failure, "rename it back").getMessage() + ")";
        }
        String restarted = restart(oldId, wasRunning);
        return restarted == null ? "The original container was restored." : restarted;
    }

    /** Starts the original again if it was running; null when that went well (or was not needed). */
    private String restart(String oldId, boolean wasRunning) {
        if (!wasRunning) {
            return null;
        }
        try {
            client.startContainerCmd(oldId).exec();
            return null;
        } catch (NotModifiedException alreadyRunning) {
            return null;
        } catch (RuntimeException failure) {
            log.error("Could not start the original container {} again", oldId, failure);
            return "The original container is back but could not be started again ("
                    + DaemonErrors.translate(failure, "start it").getMessage() + ")";
        }
    }

    private static Step step(String name, Step step) {
        log.info("Recreating {}: {}", name, step.doing);
        return step;
    }

    /**
     * "Could not recreate web: starting the new container failed. The original container was restored. Port 8080 on
     * the host is already in use by another program." The engine's reason comes last, its offered action with it.
     */
    private static DaemonException failed(String name, Step step, RuntimeException failure, String outcome) {
        DaemonException translated = DaemonErrors.translate(failure, step.attempt);
        String reason = failure instanceof DockerException engine ? DaemonErrors.engineMessage(engine) + "."
                : translated.getMessage();
        return new DaemonException("Could not recreate " + name + ": " + step.doing + " failed. " + outcome
                + (outcome.endsWith(".") ? " " : ". ") + reason, translated.offeredAction().orElse(null),
                translated.httpStatus(), failure);
    }
}
