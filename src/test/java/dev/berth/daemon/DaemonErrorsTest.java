package dev.berth.daemon;

import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.InternalServerErrorException;
import com.github.dockerjava.api.exception.NotFoundException;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.ConnectException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-java builds its exceptions from the engine's response body and prefixes "Status N: " itself, so most
 * tests pass just the body, as the transport does.
 */
class DaemonErrorsTest {

    @Test
    void notFoundSaysWhatTheEngineSaidAndOffersToWaitForRefresh() {
        // Even with the prefix given twice ("Status 404: Status 404: {…}"), the JSON message is found.
        NotFoundException engine = new NotFoundException("Status 404: {\"message\":\"No such container: web\"}");

        DaemonException e = DaemonErrors.translate(engine, "stop container web");

        assertThat(e.getMessage()).isEqualTo("Could not stop container web: No such container: web.");
        assertThat(e.offeredAction()).contains("It may have been removed meanwhile; the list refreshes by itself.");
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.getCause()).isSameAs(engine);
    }

    @Test
    void removingARunningContainerOffersForce() {
        ConflictException engine = new ConflictException("{\"message\":\"You cannot remove a running container"
                + " abc. Stop the container before attempting removal or force remove\"}");

        DaemonException e = DaemonErrors.translate(engine, "remove container abc");

        assertThat(e.getMessage()).isEqualTo("Could not remove container abc: You cannot remove a running container abc."
                + " Stop the container before attempting removal or force remove.");
        assertThat(e.offeredAction()).contains("Stop it first, or remove it with force.");
        assertThat(e.httpStatus()).isEqualTo(409);
    }

    @Test
    void nameConflictOffersRenameAndUnescapesQuotes() {
        ConflictException engine = new ConflictException("{\"message\":\"Conflict. The container name"
                + " \\\"/web\\\" is already in use by container \\\"abc\\\". You have to remove (or rename) that container"
                + " to be able to reuse that name.\"}\n");

        DaemonException e = DaemonErrors.translate(engine, "rename container db");

        assertThat(e.getMessage()).isEqualTo("Could not rename container db: Conflict. The container name \"/web\" is"
                + " already in use by container \"abc\". You have to remove (or rename) that container to be able to"
                + " reuse that name.");
        assertThat(e.offeredAction()).contains("Rename or remove the other one first.");
    }

    @Test
    void portAlreadyAllocatedIsExplainedWhateverTheStatus() {
        InternalServerErrorException engine = new InternalServerErrorException("{\"message\":\"driver failed"
                + " programming external connectivity on endpoint web (0123abcd): Bind for 0.0.0.0:8080 failed:"
                + " port is already allocated\"}");

        DaemonException e = DaemonErrors.translate(engine, "start container web");

        assertThat(e.getMessage()).isEqualTo("Could not start container web: a published host port is already in use.");
        assertThat(e.offeredAction()).contains("Choose another host port, or stop what uses it.");
        assertThat(e.httpStatus()).isEqualTo(500);
    }

    @Test
    void anEngineThatFailedOffersToTryAgain() {
        InternalServerErrorException engine = new InternalServerErrorException("{\"message\":\"cannot stop container:"
                + " the engine is overloaded\"}");

        DaemonException e = DaemonErrors.translate(engine, "stop container web");

        assertThat(e.getMessage()).isEqualTo("The Docker engine refused to stop container web: cannot stop container:"
                + " the engine is overloaded.");
        assertThat(e.offeredAction()).contains(DaemonErrors.TRY_AGAIN);
    }

    @Test
    void anAnswerThatNeverCameIsATimeoutWithTryAgain() {
        RuntimeException failure = new UncheckedIOException(new java.net.SocketTimeoutException("Read timed out"));

        DaemonException e = DaemonErrors.translate(failure, "list containers");

        assertThat(e.getMessage()).isEqualTo("The Docker engine did not answer in time to list containers.");
        assertThat(e.offeredAction()).contains(DaemonErrors.TRY_AGAIN);
    }

    @Test
    void aCallCutShortByALostConnectionSaysSoWhateverTheTransportThrew() {
        DaemonException e = DaemonErrors.lostDuring("inspect container web",
                new IllegalStateException("Connection pool shut down"));

        assertThat(e.getMessage()).isEqualTo("Berth lost the connection to the Docker engine while trying to inspect"
                + " container web.");
        assertThat(e.offeredAction()).contains("Berth reconnects by itself; try again once it is back.");
    }

    @Test
    void otherEngineRefusalHasNoAction() {
        BadRequestException engine = new BadRequestException("{\"message\":\"invalid reference format\"}");

        DaemonException e = DaemonErrors.translate(engine, "pull image Nope");

        assertThat(e.getMessage()).isEqualTo("The Docker engine refused to pull image Nope: invalid reference format.");
        assertThat(e.offeredAction()).isEmpty();
        assertThat(e.httpStatus()).isEqualTo(400);
    }

    @Test
    void wrappedConnectExceptionIsAConnectionProblem() {
        RuntimeException failure = new RuntimeException("boom", new ConnectException("Connection refused"));

        DaemonException e = DaemonErrors.translate(failure, "list containers");

        assertThat(e.getMessage()).isEqualTo("Berth could not reach the Docker engine to list containers.");
        assertThat(e.offeredAction()).contains("Check that Docker is running; Berth reconnects by itself.");
        assertThat(e.httpStatus()).isZero();
        assertThat(e.getCause()).isSameAs(failure);
        assertThat(DaemonErrors.isConnectionProblem(failure)).isTrue();
        assertThat(DaemonErrors.isConnectionProblem(new UncheckedIOException(new java.io.IOException("x")))).isTrue();
    }

    @Test
    void unrelatedFailureKeepsItsMessage() {
        IllegalStateException bug = new IllegalStateException("client closed");

        DaemonException e = DaemonErrors.translate(bug, "start container web");

        assertThat(e.getMessage()).isEqualTo("Could not start container web: client closed");
        assertThat(e.offeredAction()).isEmpty();
        assertThat(e.httpStatus()).isZero();
        assertThat(DaemonErrors.isConnectionProblem(bug)).isFalse();
    }

    @Test
    void daemonExceptionPassesThroughUnchanged() {
        DaemonException known = new DaemonException("Already said.", "Do this.", 418, null);

        assertThat(DaemonErrors.translate(known, "anything")).isSameAs(known);
    }

    @Test
    void engineMessageExtractsJsonMessageAndDropsTrailingPeriod() {
        assertThat(DaemonErrors.engineMessage(new NotFoundException("{\"message\":\"No such image: x.\"}\n")))
                .isEqualTo("No such image: x");
        assertThat(DaemonErrors.engineMessage(new NotFoundException("{\"message\" : \"spaced \\\"out\\\"\"}")))
                .isEqualTo("spaced \"out\"");
    }

    @Test
    void engineMessageWithoutJsonStripsTheStatusPrefixDockerJavaAdds() {
        assertThat(DaemonErrors.engineMessage(new ConflictException("container is paused\n")))
                .isEqualTo("container is paused");
        assertThat(DaemonErrors.engineMessage(new ConflictException("plain words."))).isEqualTo("plain words");
    }
}
