package dev.berth.daemon.containers;

import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.berth.daemon.DaemonException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;

/** What the user reads when a container's files cannot be read or written. */
class ContainerFileErrorsTest {
    private static DaemonException explain(Throwable failure, String path) {
        RuntimeException said = ContainerFileErrors.explain(failure, "web", path, "copy into " + path
                + " of container web");
        assertThat(said).isInstanceOf(DaemonException.class);
        return (DaemonException) said;
    }

    private static DockerException engine(int status, String message) {
        return status == 404 ? new NotFoundException("{\"message\":\"" + message + "\"}")
                : new DockerException("{\"message\":\"" + message + "\"}", status);
    }

    @Test
    void theEnginesRefusalsBecomeSentencesWithAnAction() {
        DaemonException missing = explain(engine(404, "Could not find the file /nope in container web"), "/nope");
        assertThat(missing.getMessage()).isEqualTo("There is no /nope in container web.");
        assertThat(missing.offeredAction()).contains("Check the path, or go up to a folder that exists.");

        assertThat(explain(engine(404, "No such container: web"), "/").getMessage())
                .isEqualTo("Container web is gone: it was removed meanwhile.");
        assertThat(explain(engine(500, "open /etc/shadow: permission denied"), "/etc").getMessage())
                .isEqualTo("Container web does not allow that at /etc (permission denied).");
        DaemonException readOnly = explain(engine(403, "container rootfs is marked read-only"), "/tmp");
        assertThat(readOnly.getMessage()).isEqualTo("/tmp in container web is on a read-only file system.");
        assertThat(readOnly.offeredAction().orElseThrow()).contains("--read-only");
        assertThat(explain(engine(500, "write /data/x: no space left on device"), "/data").getMessage())
                .isEqualTo("The engine's disk is full: /data could not be written in container web.");
        assertThat(explain(engine(400, "extraction point is not a directory"), "/etc/hosts").getMessage())
                .isEqualTo("/etc/hosts in container web is not a folder.");
    }

    @Test
    void thisComputersFailuresSayWhereAndACancelStaysACancel() {
        DaemonException full = explain(new IOException(new FileSystemException("/home/me/big.bin", null,
                "No space left on device")), "/big.bin");
        assertThat(full.getMessage()).isEqualTo("This computer's disk is full: Berth could not write /home/me/big.bin.");
        assertThat(full.offeredAction()).contains("Free some space, or choose a place on another disk.");
        assertThat(explain(new AccessDeniedException("/root/x"), "/x").getMessage())
                .isEqualTo("Berth may not write /root/x on this computer (permission denied).");

        CancellationException cancel = new CancellationException("Cancelled");
        assertThat(ContainerFileErrors.explain(cancel, "web", "/", "list /")).isSameAs(cancel);
    }
}
