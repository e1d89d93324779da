package dev.berth.daemon.images;

import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.berth.daemon.DaemonException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Registry and engine words as Docker Engine 20.10–27 and Docker Hub say them. */
class ImageErrorsTest {
    private static final ImageReference HUB = ImageReference.parse("team/app:2");

    private static DockerException engine(int status, String message) {
        String body = "{\"message\":\"" + message.replace("\"", "\\\"") + "\"}";
        return status == 404 ? new NotFoundException(body) : status == 409 ? new ConflictException(body)
                : new DockerException(body, status);
    }

    @Test
    void unauthorizedAsksForALogin() {
        DaemonException failure = ImageErrors.pull(engine(500, "unauthorized: authentication required"), HUB);
        assertThat(failure.getMessage()).isEqualTo("The registry docker.io refused to let Berth pull team/app:2:"
                + " a login is needed, or this login may not do that.");
        assertThat(failure.offeredAction()).hasValue("Log in with `docker login docker.io` (Berth uses the logins"
                + " the docker CLI saved).");
        DaemonException hub = ImageErrors.pull(engine(404, "pull access denied for team/app, repository does not"
                + " exist or may require 'docker login': denied: requested access to the resource is denied"), HUB);
        assertThat(hub.getMessage()).isEqualTo("The registry docker.io has no image named team/app, or it is"
                + " private.");
        DaemonException push = ImageErrors.push(new ImageErrors.StreamError("denied: requested access to the"
                + " resource is denied"), HUB);
        assertThat(push.getMessage()).startsWith("The registry docker.io refused to let Berth push team/app:2");
    }

    @Test
    void aRepositoryTheRegistryDoesNotKnow() {
        DaemonException failure = ImageErrors.pull(engine(404, "repository reg.io/x not found: name unknown:"
                + " repository name not known to registry"), ImageReference.parse("reg.io/x:1"));
        assertThat(failure.getMessage()).isEqualTo("The registry reg.io has no image named reg.io/x.");
    }

    @Test
    void unreachableAndPlainHttpRegistries() {
        ImageReference reference = ImageReference.parse("reg.io:5001/x:1");
        assertThat(ImageErrors.pull(engine(500, "Get \"https://reg.io:5001/v2/\": dial tcp 10.0.0.1:5001: connect:"
                + " connection refused"), reference).getMessage()).startsWith("The engine could not reach the"
                + " registry reg.io:5001 (");
        assertThat(ImageErrors.pull(engine(500, "Get \"https://reg.io:5001/v2/\": http: server gave HTTP response"
                + " to HTTPS client"), reference).offeredAction()).hasValueSatisfying(action ->
                assertThat(action).contains("insecure-registries"));
    }

    @Test
    void removalRefusalsNameTheContainer() {
        DaemonException stopped = ImageErrors.remove(engine(409, "conflict: unable to remove repository reference"
                + " \"app:1\" (must force) - container 4f1c2b3a9d8e is using its referenced image 0123456789ab"),
                "app:1");
        assertThat(stopped).isInstanceOf(ImageInUseException.class);
        assertThat(((ImageInUseException) stopped).containerId()).isEqualTo("4f1c2b3a9d8e");
        assertThat(((ImageInUseException) stopped).forceHelps()).isTrue();

        DaemonException running = ImageErrors.remove(engine(409, "conflict: unable to delete 0123456789ab (cannot"
                + " be forced) - image is being used by running container 4f1c2b3a9d8e"), "0123456789ab");
        assertThat(((ImageInUseException) running).forceHelps()).isFalse();
        assertThat(running.getMessage()).isEqualTo("Image 0123456789ab is used by running container 4f1c2b3a9d8e,"
                + " so the engine will not remove it.");
        assertThat(running.offeredAction()).hasValue("Stop and remove that container first.");

        DaemonException tags = ImageErrors.remove(engine(409, "conflict: unable to delete 0123456789ab (must be"
                + " forced) - image is referenced in multiple repositories"), "0123456789ab");
        assertThat(tags).isNotInstanceOf(ImageInUseException.class);
        assertThat(tags.getMessage()).isEqualTo("Image 0123456789ab has several tags, so removing it by ID needs"
                + " force.");
    }
}
