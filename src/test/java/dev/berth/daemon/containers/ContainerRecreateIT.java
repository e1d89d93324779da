package dev.berth.daemon.containers;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.GatewayFixture;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.ServerSocket;
import java.util.List;

import static dev.berth.daemon.GatewayFixture.freePort;
import static dev.berth.daemon.GatewayFixture.served;
import static dev.berth.testing.Futures.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recreate against the real engine: the name and the volume's data survive; a failure puts everything back. */
@ExtendWith(EngineRequired.class)
class ContainerRecreateIT {
    private GatewayFixture fixture;

    @BeforeEach
    void connect() {
        fixture = GatewayFixture.connect();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** httpd serving /data; a shell in front so that `docker stop` ends it at once (httpd as PID 1 ignores TERM). */
    private static List<String> serveData(String first) {
        return List.of("sh", "-c", first + "trap 'exit 0' TERM; httpd -f -p 80 -h /data & wait");
    }

    /** httpd serving the named volume on {@code hostPort}. */
    private static RunSpec.Builder volumeServer(String name, String volume, int hostPort) {
        return RunSpec.builder(TestEngine.IMAGE).name(name)
                .command(serveData(""))
                .addPort(RunSpec.PortSpec.tcp(hostPort, 80))
                .addMount(new RunSpec.MountSpec(RunSpec.MountSpec.Kind.VOLUME, volume, "/data", false))
                .addLabel(TestEngine.TEST_LABEL, "true");
    }

    @Test
    void recreatingOnAnotherHostPortKeepsTheNameAndTheVolumesData() {
        String name = fixture.containerName("recreate");
        String volume = fixture.volume("recreate-data");
        int oldPort = freePort();
        RunSpec original = volumeServer(name, volume, oldPort)
                .command(serveData("echo kept > /data/f; ")).build();
        String oldId = done(fixture.containers().run(original));
        assertThat(served(oldPort, "/f")).isEqualTo("kept\n");

        int newPort = freePort();
        RunSpec edited = done(fixture.containers().inspect(oldId)).runSpec().toBuilder()
                .command(serveData(""))
                .ports(List.of(RunSpec.PortSpec.tcp(newPort, 80))).build();
        String newId = done(fixture.containers().recreate(name, edited));

        assertThat(newId).isNotEqualTo(oldId);
        assertThat(fixture.engine.exists(oldId)).isFalse();
        InspectContainerResponse recreated = fixture.engine.inspect(newId);
        assertThat(recreated.getName()).isEqualTo("/" + name);
        assertThat(recreated.getState().getRunning()).isTrue();
        assertThat(hostPortOf(recreated)).isEqualTo(newPort);
        assertThat(served(newPort, "/f")).isEqualTo("kept\n");
        assertThat(fixture.client().inspectVolumeCmd(volume).exec().getName()).isEqualTo(volume);
        assertThat(fixture.containersNamed(name)).extracting(c -> c.getId()).containsExactly(newId);
    }

    @Test
    void aNewHostPortThatIsTakenFailsWithThePortAndPutsTheOriginalBack() throws Exception {
        String name = fixture.containerName("recreate-clash");
        int oldPort = freePort();
        RunSpec original = volumeServer(name, fixture.volume("recreate-clash-data"), oldPort)
                .command(serveData("echo original > /data/f; ")).build();
        String oldId = done(fixture.containers().run(original));
        assertThat(served(oldPort, "/f")).isEqualTo("original\n");

        try (ServerSocket taken = new ServerSocket(0)) {
            int takenPort = taken.getLocalPort();
            RunSpec edited = original.toBuilder().ports(List.of(RunSpec.PortSpec.tcp(takenPort, 80))).build();

            assertThatThrownBy(() -> done(fixture.containers().recreate(name, edited)))
                    .cause().isInstanceOfSatisfying(DaemonException.class, failed -> {
                        assertThat(failed.getMessage()).isEqualTo("Could not recreate " + name + ": starting the new"
                                + " container failed. The original container was restored. Port " + takenPort
                                + " on the host is already in use by another program.");
                        assertThat(failed.offeredAction()).hasValue("Choose another host port.");
                    });
        }

        InspectContainerResponse restored = fixture.engine.inspect(oldId);
        assertThat(restored.getName()).isEqualTo("/" + name);
        assertThat(restored.getState().getRunning()).isTrue();
        assertThat(hostPortOf(restored)).isEqualTo(oldPort);
        assertThat(served(oldPort, "/f")).isEqualTo("original\n");
        assertThat(fixture.containersNamed(name)).extracting(c -> c.getId()).containsExactly(oldId);
        assertThat(fixture.containersNamed(name + ContainerRecreator.ASIDE_MARK)).isEmpty();
    }

    @Test
    void aStoppedContainerIsRecreatedUnderItsNameAndAFailureLeavesItStopped() {
        String name = fixture.containerName("recreate-stopped");
        String oldId = fixture.engine.createContainer(name, TestEngine.IDLE);
        RunSpec spec = done(fixture.containers().inspect(oldId)).runSpec();

        assertThatThrownBy(() -> done(fixture.containers().recreate(oldId, spec.toBuilder()
                .command(List.of("no-such-program")).build())))
                .cause().isInstanceOfSatisfying(DaemonException.class, failed -> {
                    assertThat(failed.getMessage()).startsWith("Could not recreate " + name + ": starting the new"
                            + " container failed. The original container was restored.")
                            .contains("executable file not found");
                    assertThat(failed.offeredAction()).isPresent();
                });
        InspectContainerResponse untouched = fixture.engine.inspect(oldId);
        assertThat(untouched.getName()).isEqualTo("/" + name);
        assertThat(untouched.getState().getStatus()).isEqualTo("created");

        String newId = done(fixture.containers().recreate(oldId, spec.toBuilder().addEnv("MODE", "new").build()));
        assertThat(fixture.engine.exists(oldId)).isFalse();
        InspectContainerResponse recreated = fixture.engine.inspect(newId);
        assertThat(recreated.getName()).isEqualTo("/" + name);
        assertThat(recreated.getConfig().getEnv()).contains("MODE=new");
        assertThat(recreated.getState().getRunning()).isTrue();
    }

    @Test
    void aContainerThatIsNotThereIsSaidSo() {
        assertThatThrownBy(() -> done(fixture.containers().recreate("berth-test-no-such-container",
                RunSpec.builder(TestEngine.IMAGE).build())))
                .cause().isInstanceOf(DaemonException.class)
                .hasMessage("Could not recreate container berth-test-no-such-container: No such container:"
                        + " berth-test-no-such-container.");
    }

    private static int hostPortOf(InspectContainerResponse container) {
        Ports.Binding[] bindings = container.getNetworkSettings().getPorts().getBindings().get(ExposedPort.tcp(80));
        return Integer.parseInt(bindings[0].getHostPortSpec());
    }
}
