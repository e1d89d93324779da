package dev.berth.daemon;

import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.InternalServerErrorException;
import com.github.dockerjava.api.exception.NotFoundException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The offered actions for the refusals that run, rename, pause, unpause and kill meet (engine 20.10's wording). */
class DaemonErrorActionsTest {

    @Test
    void aMissingImageOffersToPullIt() {
        DaemonException e = DaemonErrors.translate(new NotFoundException("{\"message\":\"No such image: nginx:1\"}"),
                "run container web");

        assertThat(e.getMessage()).isEqualTo("Could not run container web: No such image: nginx:1.");
        assertThat(e.offeredAction()).hasValue("Pull the image first, then try again.");
        assertThat(e.httpStatus()).isEqualTo(404);
    }

    @Test
    void aMissingNetworkOffersToCreateIt() {
        DaemonException e = DaemonErrors.translate(new NotFoundException("{\"message\":\"network shop not found\"}"),
                "run container web");

        assertThat(e.getMessage()).isEqualTo("Could not run container web: network shop not found.");
        assertThat(e.offeredAction()).hasValue("Create the network first, or choose another one.");
    }

    @Test
    void pausingOrKillingAStoppedContainerOffersToStartIt() {
        DaemonException e = DaemonErrors.translate(new ConflictException("{\"message\":\"Cannot kill container: web:"
                + " Container abc is not running\"}"), "kill container web");

        assertThat(e.getMessage()).isEqualTo("Could not kill container web: Cannot kill container: web: Container abc"
                + " is not running.");
        assertThat(e.offeredAction()).hasValue("Start it first.");
    }

    @Test
    void pausedTwiceOrUnpausedTwiceIsSaidWithoutAnAction() {
        assertThat(DaemonErrors.translate(new ConflictException("{\"message\":\"Container abc is already paused\"}"),
                "pause container web").offeredAction()).isEmpty();
        assertThat(DaemonErrors.translate(new ConflictException("{\"message\":\"Container abc is not paused\"}"),
                "unpause container web").offeredAction()).isEmpty();
    }

    @Test
    void removingAPausedContainerOffersUnpauseOrForce() {
        assertThat(DaemonErrors.translate(new ConflictException("{\"message\":\"You cannot remove a paused container"
                + " abc. Unpause and then stop the container before attempting removal or force remove\"}"),
                "remove container web").offeredAction()).hasValue("Unpause it first, or remove it with force.");
    }

    @Test
    void renameMistakesOfferTheFix() {
        assertThat(DaemonErrors.translate(new BadRequestException("{\"message\":\"Renaming a container with the same"
                + " name as its current name\"}"), "rename container web to web").offeredAction())
                .hasValue("Choose a different name.");
        DaemonException invalid = DaemonErrors.translate(new BadRequestException("{\"message\":\"Error when allocating"
                + " new name: Invalid container name (/bad name), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\"}"),
                "rename container web to bad name");
        assertThat(invalid.getMessage()).startsWith("The Docker engine refused to rename container web to bad name:");
        assertThat(invalid.offeredAction()).hasValue("Use only letters, digits, '_', '.' and '-', starting with a"
                + " letter or digit.");
    }

    @Test
    void runMistakesOfferTheFix() {
        assertThat(DaemonErrors.translate(new BadRequestException("{\"message\":\"failed to create shim task: OCI"
                + " runtime create failed: runc create failed: unable to start container process: exec: \\\"nope\\\":"
                + " executable file not found in $PATH: unknown\"}"), "run container web").offeredAction())
                .hasValue("Check the command and the entrypoint: the image has no such program.");
        assertThat(DaemonErrors.translate(new BadRequestException("{\"message\":\"can't create 'AutoRemove' container"
                + " with restart policy\"}"), "run container web").offeredAction())
                .hasValue("Turn off auto-remove (--rm) or set the restart policy to \"no\".");
        assertThat(DaemonErrors.translate(new BadRequestException("{\"message\":\"invalid volume specification:"
                + " '/srv:rel': invalid mount config for type \\\"bind\\\": invalid mount path: 'rel' mount path"
                + " must be absolute\"}"), "run container web").offeredAction())
                .hasValue("Give the path inside the container as an absolute path, such as /data.");
    }

    @Test
    void theGenericPortSentenceStaysForCallsThatCannotNameTheHolder() {
        DaemonException e = DaemonErrors.translate(new InternalServerErrorException("{\"message\":\"Bind for"
                + " 0.0.0.0:80 failed: port is already allocated\"}"), "restart container web");

        assertThat(e.getMessage())
                .isEqualTo("Could not restart container web: a published host port is already in use.");
    }
}
