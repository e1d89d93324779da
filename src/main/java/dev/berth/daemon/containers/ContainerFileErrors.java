package dev.berth.daemon.containers;

import com.github.dockerjava.api.exception.DockerException;
import dev.berth.daemon.DaemonErrors;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.files.HostFileErrors;

import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * The sentences for what goes wrong with a container's files: no such path, no such container (removed meanwhile),
 * permission denied, a read-only filesystem, a full disk on either side. Matched on stable fragments of the engine's
 * messages.
 */
final class ContainerFileErrors {
    private ContainerFileErrors() {
    }

    /**
     * @param attempt what the user tried, for failures without a sentence of their own: "list /etc in container web"
     */
    static RuntimeException explain(Throwable failure, String container, String path, String attempt) {
        if (failure instanceof CancellationException || failure instanceof DaemonException) {
            return (RuntimeException) failure;
        }
        var local = HostFileErrors.explain(failure);
        if (local.isPresent()) {
            return local.get();
        }
        if (failure instanceof DockerException engine) {
            String said = DaemonErrors.engineMessage(engine).toLowerCase(Locale.ROOT);
            int status = engine.getHttpStatus();
            if (said.contains("no such container")) {
                return new DaemonException("Container " + container + " is gone: it was removed meanwhile.",
                        "Choose another container in the list.", status, engine);
            }
            if (said.contains("could not find the file") || said.contains("no such file")) {
                return new DaemonException("There is no " + path + " in container " + container + ".",
                        "Check the path, or go up to a folder that exists.", status, engine);
            }
            if (said.contains("permission denied")) {
                return new DaemonException("Container " + container + " does not allow that at " + path
                        + " (permission denied).", "Choose another folder.", status, engine);
            }
            if (said.contains("read-only")) {
                return new DaemonException(path + " in container " + container + " is on a read-only file system.",
                        "Choose a folder on a writable volume, or run the container without --read-only.", status,
                        engine);
            }
            if (said.contains("no space left")) {
                return new DaemonException("The engine's disk is full: " + path + " could not be written in container "
                        + container + ".", "Free space on the engine's disk (for example with the clean-up wizard), "
                        + "then try again.", status, engine);
            }
            if (said.contains("not a directory")) {
                return new DaemonException(path + " in container " + container + " is not a folder.",
                        "Choose a folder to copy into.", status, engine);
            }
        }
        return DaemonErrors.translate(failure, attempt);
    }
}
