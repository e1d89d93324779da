package dev.berth.daemon.containers;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Volume;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.GatewayFixture;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static dev.berth.daemon.GatewayFixture.freePort;
import static dev.berth.daemon.GatewayFixture.served;
import static dev.berth.testing.Futures.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

/** {@code docker run -d} from a {@link RunSpec} against the real engine, checked through the test's own client. */
@ExtendWith(EngineRequired.class)
class ContainerRunIT {
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

    /** A web server as user nobody in /tmp, with two variables, a published port, a volume, labels, a policy. */
    private RunSpec webSpec(String name, int hostPort, String volume) {
        return RunSpec.builder(TestEngine.IMAGE).name(name)
                .command(List.of("sh", "-c", "echo \"$GREETING $TARGET\" > index.html; exec httpd -f -p 80"))
                .addEnv("GREETING", "hello").addEnv("TARGET", "berth world")
                .addPort(RunSpec.PortSpec.tcp(hostPort, 80))
                .addMount(new RunSpec.MountSpec(RunSpec.MountSpec.Kind.VOLUME, volume, "/data", false))
                .addLabel(TestEngine.TEST_LABEL, "true").addLabel("dev.berth.role", "web")
                .restart(new RunSpec.RestartPolicy("on-failure", 3))
                .workingDir("/tmp").user("65534:65534")
                .build();
    }

    @Test
    void runsAContainerWithEveryFieldOfTheSpecAndItServesOnThePublishedPort() {
        String name = fixture.containerName("run-web");
        int hostPort = freePort();
        String volume = fixture.volume("run-data");

        String id = done(fixture.containers().run(webSpec(name, hostPort, volume)));

        InspectContainerResponse container = fixture.engine.inspect(id);
        assertThat(container.getName()).isEqualTo("/" + name);
        assertThat(container.getState().getRunning()).isTrue();
        assertThat(container.getConfig().getImage()).isEqualTo(TestEngine.IMAGE);
        assertThat(container.getConfig().getCmd()).containsExactly("sh", "-c",
                "echo \"$GREETING $TARGET\" > index.html; exec httpd -f -p 80");
        assertThat(container.getConfig().getEnv()).contains("GREETING=hello", "TARGET=berth world");
        assertThat(container.getConfig().getExposedPorts()).containsExactly(ExposedPort.tcp(80));
        HostConfig host = container.getHostConfig();
        Ports.Binding[] bindings = host.getPortBindings().getBindings().get(ExposedPort.tcp(80));
        assertThat(bindings).hasSize(1);
        assertThat(bindings[0].getHostPortSpec()).isEqualTo(Integer.toString(hostPort));
        assertThat(host.getBinds()).containsExactly(new Bind(volume, new Volume("/data"), AccessMode.rw));
        assertThat(container.getMounts()).singleElement().satisfies(mount -> {
            assertThat(mount.getName()).isEqualTo(volume);
            assertThat(mount.getDestination().getPath()).isEqualTo("/data");
        });
        assertThat(container.getConfig().getLabels()).contains(entry("dev.berth.role", "web"),
                entry(TestEngine.TEST_LABEL, "true"));
        assertThat(host.getRestartPolicy().getName()).isEqualTo("on-failure");
        assertThat(host.getRestartPolicy().getMaximumRetryCount()).isEqualTo(3);
        assertThat(container.getConfig().getWorkingDir()).isEqualTo("/tmp");
        assertThat(container.getConfig().getUser()).isEqualTo("65534:65534");
        assertThat(host.getAutoRemove()).isNotEqualTo(Boolean.TRUE);
        assertThat(host.getNetworkMode()).isIn("default", "bridge");

        assertThat(served(hostPort, "/index.html")).isEqualTo("hello berth world\n");
        ProcessList processes = done(fixture.containers().top(id));
        assertThat(processes.rows()).anySatisfy(row -> assertThat(String.join(" ", row)).contains("httpd -f -p 80"));
        assertThat(processes.rows()).allSatisfy(row -> assertThat(row.get(processes.titles().indexOf("UID")))
                .isIn("65534", "nobody"));
    }

    @Test
    void inspectGivesBackTheSpecThatWasRun() {
        RunSpec spec = webSpec(fixture.containerName("roundtrip"), freePort(), fixture.volume("roundtrip-data"));
        String id = done(fixture.containers().run(spec));

        ContainerDetails details = done(fixture.containers().inspect(id));

        assertThat(details.runSpec()).isEqualTo(withoutImageLabels(spec));
        assertThat(details.id()).isEqualTo(id);
        assertThat(details.name()).isEqualTo(spec.name());
        assertThat(details.state()).isEqualTo(ContainerState.RUNNING);
        assertThat(details.startedAt()).isNotNull();
        assertThat(details.finishedAt()).isNull();
        assertThat(details.imageId()).startsWith("sha256:");
        assertThat(details.command()).containsExactlyElementsOf(spec.command());
        assertThat(details.ports()).contains(new PortMapping("0.0.0.0", spec.ports().get(0).hostPort(), 80, "tcp"));
        assertThat(details.mounts()).containsExactly(new ContainerDetails.MountInfo("volume",
                spec.mounts().get(0).source(), "/data", false));
        assertThat(details.networks()).singleElement().satisfies(network -> {
            assertThat(network.network()).isEqualTo("bridge");
            assertThat(network.ipv4()).isNotBlank();
        });
        assertThat(details.env()).contains(new RunSpec.EnvVar("GREETING", "hello"));
        assertThat(details.env()).anySatisfy(env -> assertThat(env.key()).isEqualTo("PATH"));
        assertThat(details.labels()).containsEntry("dev.berth.role", "web");
    }

    @Test
    void entrypointRandomPortOnOneAddressReadOnlyBindNetworkAndTerminalRoundTrip(@TempDir Path hostDir)
            throws Exception {
        Files.writeString(hostDir.resolve("greeting"), "from the host\n");
        String network = fixture.network("run-net");
        RunSpec spec = RunSpec.builder(TestEngine.IMAGE).name(fixture.containerName("run-entry"))
                .entrypoint("sh")
                .command(List.of("-c", "cp /host/greeting /tmp/index.html; exec httpd -f -p 8080 -h /tmp"))
                .addPort(new RunSpec.PortSpec("127.0.0.1", 0, 8080, "tcp"))
                .addMount(new RunSpec.MountSpec(RunSpec.MountSpec.Kind.BIND, hostDir.toString(), "/host", true))
                .network(network).restart(new RunSpec.RestartPolicy("unless-stopped", 0))
                .interactive(true).tty(true).publishAll(true)
                .addLabel(TestEngine.TEST_LABEL, "true")
                .build();

        String id = done(fixture.containers().run(spec));

        InspectContainerResponse container = fixture.engine.inspect(id);
        assertThat(container.getConfig().getEntrypoint()).containsExactly("sh");
        assertThat(container.getConfig().getCmd()).containsExactly(spec.command().toArray(String[]::new));
        assertThat(container.getConfig().getTty()).isTrue();
        assertThat(container.getConfig().getStdinOpen()).isTrue();
        assertThat(container.getHostConfig().getNetworkMode()).isEqualTo(network);
        assertThat(container.getNetworkSettings().getNetworks()).containsOnlyKeys(network);
        assertThat(container.getHostConfig().getPublishAllPorts()).isTrue();
        assertThat(container.getHostConfig().getBinds()).singleElement()
                .satisfies(bind -> assertThat(bind.getAccessMode()).isEqualTo(AccessMode.ro));
        Ports.Binding published = container.getNetworkSettings().getPorts().getBindings()
                .get(ExposedPort.tcp(8080))[0];
        assertThat(published.getHostIp()).isEqualTo("127.0.0.1");
        int randomPort = Integer.parseInt(published.getHostPortSpec());
        assertThat(randomPort).isPositive();
        assertThat(served(randomPort, "/index.html")).isEqualTo("from the host\n");

        assertThat(done(fixture.containers().inspect(id)).runSpec()).isEqualTo(withoutImageLabels(spec));
    }

    @Test
    void autoRemoveAndNoNetworkRoundTripAndTheContainerGoesAwayWhenItExits() {
        RunSpec spec = RunSpec.builder(TestEngine.IMAGE).name(fixture.containerName("run-rm"))
                .command(List.of(TestEngine.IDLE)).network("none").autoRemove(true)
                .addEnv("PATH", "/bin").build();
        String id = done(fixture.containers().run(spec));

        ContainerDetails details = done(fixture.containers().inspect(id));
        assertThat(details.runSpec()).isEqualTo(spec);
        assertThat(details.networks()).extracting(ContainerDetails.NetworkAttachment::network).containsExactly("none");

        done(fixture.containers().stop(id));
        await().atMost(Duration.ofSeconds(15)).until(() -> !fixture.engine.exists(id));
    }

    @Test
    void aPortTakenByAnotherContainerIsNamedAndNothingIsLeftBehind() {
        int hostPort = freePort();
        String holder = fixture.containerName("run-holder");
        done(fixture.containers().run(RunSpec.builder(TestEngine.IMAGE).name(holder)
                .command(List.of("httpd", "-f", "-p", "80")).addPort(RunSpec.PortSpec.tcp(hostPort, 80)).build()));
        String name = fixture.containerName("run-clash");

        assertThatThrownBy(() -> done(fixture.containers().run(RunSpec.builder(TestEngine.IMAGE).name(name)
                .command(List.of("httpd", "-f", "-p", "80")).addPort(RunSpec.PortSpec.tcp(hostPort, 80)).build())))
                .isInstanceOf(CompletionException.class).cause()
                .isInstanceOfSatisfying(DaemonException.class, refused -> {
                    assertThat(refused.getMessage()).isEqualTo("Port " + hostPort
                            + " on the host is already in use by another container (" + holder + ").");
                    assertThat(refused.offeredAction()).hasValue("Choose another host port.");
                });
        assertThat(fixture.containersNamed(name)).isEmpty();
    }

    @Test
    void aStartThatFailsRemovesTheCreatedContainerAndSaysWhy() {
        String name = fixture.containerName("run-nocmd");

        assertThatThrownBy(() -> done(fixture.containers().run(RunSpec.builder(TestEngine.IMAGE).name(name)
                .command(List.of("no-such-program")).build())))
                .cause().isInstanceOfSatisfying(DaemonException.class, refused -> {
                    assertThat(refused.getMessage()).startsWith("The Docker engine refused to run container " + name)
                            .contains("executable file not found");
                    assertThat(refused.offeredAction()).hasValue("Check the command and the entrypoint: the image"
                            + " has no such program.");
                });
        assertThat(fixture.containersNamed(name)).isEmpty();
    }

    @Test
    void aMissingImageOrNetworkIsRefusedWithTheWayOut() {
        assertThatThrownBy(() -> done(fixture.containers().run(RunSpec.builder("berth-test/not-here:nope")
                .name(fixture.containerName("run-noimage")).build())))
                .cause().isInstanceOfSatisfying(DaemonException.class, refused -> {
                    assertThat(refused.getMessage()).contains("No such image: berth-test/not-here:nope");
                    assertThat(refused.offeredAction()).hasValue("Pull the image first, then try again.");
                });
        String name = fixture.containerName("run-nonet");
        assertThatThrownBy(() -> done(fixture.containers().run(RunSpec.builder(TestEngine.IMAGE).name(name)
                .network(name + "-missing").build())))
                .cause().isInstanceOfSatisfying(DaemonException.class, refused -> assertThat(refused.offeredAction())
                        .hasValue("Create the network first, or choose another one."));
        assertThat(fixture.containersNamed(name)).isEmpty();
    }

    /** Labels equal to the image's own are indistinguishable from inherited ones, so the spec read back omits them. */
    private RunSpec withoutImageLabels(RunSpec spec) {
        Map<String, String> imageLabels = fixture.client().inspectImageCmd(TestEngine.IMAGE).exec().getConfig()
                .getLabels();
        Map<String, String> own = new HashMap<>(spec.labels());
        own.entrySet().removeIf(label -> label.getValue().equals(imageLabels.get(label.getKey())));
        return spec.toBuilder().labels(own).build();
    }
}
