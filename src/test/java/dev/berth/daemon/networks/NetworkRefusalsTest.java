package dev.berth.daemon.networks;

import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.InternalServerErrorException;
import dev.berth.daemon.DaemonErrors;
import dev.berth.daemon.DaemonException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's own words (20.10) for refused network calls, and what Berth says instead. */
class NetworkRefusalsTest {

    private static DaemonException said(DockerException engine, String network) {
        DaemonException generic = DaemonErrors.translate(engine, "change network " + network);
        return (DaemonException) NetworkRefusals.explain(new CompletionException(generic), network);
    }

    private static String body(String message) {
        return "{\"message\":\"" + message + "\"}";
    }

    @Test
    void activeEndpointsOfferToDisconnectFirst() {
        DaemonException e = said(new DockerException(body("error while removing network: network shop id d84f has"
                + " active endpoints"), 403), "shop");

        assertThat(e.getMessage()).isEqualTo("Network shop still has containers connected, so the engine keeps it.");
        assertThat(e.offeredAction()).contains("Disconnect its containers first, then remove it.");
        assertThat(e.httpStatus()).isEqualTo(403);
    }

    @Test
    void builtInNetworksAreExplained() {
        assertThat(said(new DockerException(body("bridge is a pre-defined network and cannot be removed"), 403),
                "bridge").getMessage()).startsWith("bridge is a built-in network");
        assertThat(said(new DockerException(body("operation is not permitted on predefined host network "), 403),
                "host").getMessage()).startsWith("host is a built-in network");
    }

    @Test
    void ipamRefusalsSayWhatToChange() {
        assertThat(said(new InternalServerErrorException(body("Pool overlaps with other one on this address space")),
                "lab").offeredAction()).hasValueSatisfying(action -> assertThat(action).contains("no other network"));
        assertThat(said(new BadRequestException(body("Invalid subnet 10.0.0.0/33 : invalid CIDR address")), "lab")
                .offeredAction()).hasValueSatisfying(action -> assertThat(action).contains("10.20.0.0/24"));
        assertThat(said(new InternalServerErrorException(body("invalid pool request: Invalid Address")), "lab")
                .getMessage()).contains("cannot hand out addresses");
        assertThat(said(new DockerException(body("no matching subnet for gateway 10.1.0.1"), 500), "lab")
                .getMessage()).contains("outside its subnet");
    }

    @Test
    void connectRefusals() {
        assertThat(said(new ConflictException(body("endpoint with name web already exists in network shop")), "shop")
                .getMessage()).isEqualTo("The container is already connected to shop.");
        assertThat(said(new DockerException(body("container 617a is not connected to network shop"), 500), "shop")
                .getMessage()).contains("is not connected to shop");
        assertThat(said(new DockerException(body("user specified IP address is supported on user defined networks"
                + " only"), 400), "bridge").offeredAction()).hasValueSatisfying(a -> assertThat(a).contains("blank"));
        assertThat(said(new DockerException(body("Address already in use"), 500), "shop").getMessage())
                .as("not a published port: a fixed address taken").contains("address is already used");
        assertThat(said(new DockerException(body("container cannot be disconnected from host network or connected"
                + " to host network"), 400), "shop").offeredAction()).hasValueSatisfying(a -> assertThat(a)
                .contains("bridge network"));
    }

    @Test
    void nameTakenAndSwarmOnly() {
        assertThat(said(new ConflictException(body("network with name shop already exists")), "shop")
                .offeredAction()).hasValueSatisfying(a -> assertThat(a).contains("another name"));
        assertThat(said(new DockerException(body("This node is not a swarm manager. Use \\\"docker swarm init\\\""),
                503), "mesh").getMessage()).contains("Overlay networks need swarm mode");
    }

    @Test
    void unknownRefusalsKeepTheGenericSentence() {
        DockerException engine = new DockerException(body("something new"), 500);
        DaemonException generic = DaemonErrors.translate(engine, "create network lab");

        assertThat(NetworkRefusals.explain(new CompletionException(generic), "lab")).isSameAs(generic);
    }
}
