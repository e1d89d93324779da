package dev.berth.daemon.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ExposedPort;
import dev.berth.daemon.DaemonException;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Volume;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The create call built from a spec; nothing is sent (the client points nowhere and is never executed). */
class CreateContainerRequestsTest {
    private static final String NOWHERE = "unix:///nonexistent/docker.sock";
    private static final DockerClient CLIENT = DockerClientImpl.getInstance(
            DefaultDockerClientConfig.createDefaultConfigBuilder().withDockerHost(NOWHERE).build(),
            new ZerodepDockerHttpClient.Builder().dockerHost(URI.create(NOWHERE)).build());

    @AfterAll
    static void close() throws Exception {
        CLIENT.close();
    }

    @Test
    void everyFieldGoesWhereDockerRunPutsIt() {
        RunSpec spec = RunSpec.builder("nginx:1.27").name("web").entrypoint("/bin/sh")
                .command(List.of("-c", "exec nginx")).addEnv("A", "1").addEnv("B", "two words")
                .addPort(RunSpec.PortSpec.tcp(8080, 80)).addPort(new RunSpec.PortSpec("127.0.0.1", 0, 80, "tcp"))
                .addPort(new RunSpec.PortSpec("", 5353, 53, "udp")).publishAll(true)
                .addMount(new RunSpec.MountSpec(RunSpec.MountSpec.Kind.VOLUME, "data", "/data", false))
                .addMount(new RunSpec.MountSpec(RunSpec.MountSpec.Kind.BIND, "/srv/conf", "/conf", true))
                .addMount(new RunSpec.MountSpec(RunSpec.MountSpec.Kind.VOLUME, "", "/scratch", false))
                .network("shop").restart(new RunSpec.RestartPolicy("on-failure", 4)).labels(Map.of("app", "shop"))
                .workingDir("/srv").user("101").interactive(true).tty(true).build();

        CreateContainerCmd create = CreateContainerRequests.create(CLIENT, spec);

        assertThat(create.getImage()).isEqualTo("nginx:1.27");
        assertThat(create.getName()).isEqualTo("web");
        assertThat(create.getEntrypoint()).containsExactly("/bin/sh");
        assertThat(create.getCmd()).containsExactly("-c", "exec nginx");
        assertThat(create.getEnv()).containsExactly("A=1", "B=two words");
        assertThat(create.getExposedPorts()).containsExactly(ExposedPort.tcp(80), ExposedPort.udp(53));
        HostConfig host = create.getHostConfig();
        Map<ExposedPort, Ports.Binding[]> bindings = host.getPortBindings().getBindings();
        assertThat(bindings.get(ExposedPort.tcp(80))).containsExactly(new Ports.Binding(null, "8080"),
                new Ports.Binding("127.0.0.1", null));
        assertThat(bindings.get(ExposedPort.udp(53))).containsExactly(new Ports.Binding(null, "5353"));
        assertThat(host.getPublishAllPorts()).isTrue();
        assertThat(host.getBinds()).containsExactly(new Bind("data", new Volume("/data"), AccessMode.rw),
                new Bind("/srv/conf", new Volume("/conf"), AccessMode.ro));
        assertThat(create.getVolumes()).containsExactly(new Volume("/scratch"));
        assertThat(host.getNetworkMode()).isEqualTo("shop");
        assertThat(host.getRestartPolicy().getName()).isEqualTo("on-failure");
        assertThat(host.getRestartPolicy().getMaximumRetryCount()).isEqualTo(4);
        assertThat(create.getLabels()).isEqualTo(Map.of("app", "shop"));
        assertThat(create.getWorkingDir()).isEqualTo("/srv");
        assertThat(create.getUser()).isEqualTo("101");
        assertThat(create.isStdinOpen()).isTrue();
        assertThat(create.isTty()).isTrue();
    }

    @Test
    void whatTheUserDidNotSetIsNotSentSoTheImageDecides() {
        CreateContainerCmd create = CreateContainerRequests.create(CLIENT, RunSpec.builder("busybox").build());

        assertThat(create.getName()).isNull();
        assertThat(create.getEntrypoint()).isNull();
        assertThat(create.getCmd()).isNull();
        assertThat(create.getEnv()).isNull();
        assertThat(create.getExposedPorts()).isNullOrEmpty();
        assertThat(create.getLabels()).isNull();
        assertThat(create.getWorkingDir()).isNull();
        assertThat(create.getUser()).isNull();
        assertThat(create.isTty()).isNull();
        HostConfig host = create.getHostConfig();
        assertThat(host.getPortBindings()).isNull();
        assertThat(host.getBinds()).isNullOrEmpty();
        assertThat(host.getNetworkMode()).isNull();
        assertThat(host.getRestartPolicy()).isNull();
        assertThat(host.getAutoRemove()).isNull();
        assertThat(host.getPublishAllPorts()).isNull();
    }

    @Test
    void restartPolicies() {
        assertThat(CreateContainerRequests.restartPolicy(RunSpec.RestartPolicy.NO)).isNull();
        assertThat(CreateContainerRequests.restartPolicy(new RunSpec.RestartPolicy("always", 3)).getName()).isEqualTo("always");
        assertThat(CreateContainerRequests.restartPolicy(new RunSpec.RestartPolicy("unless-stopped", 0)).getName())
                .isEqualTo("unless-stopped");
        assertThatThrownBy(() -> CreateContainerRequests.restartPolicy(new RunSpec.RestartPolicy("sometimes", 0)))
                .isInstanceOf(DaemonException.class)
                .hasMessage("The restart policy \"sometimes\" does not exist.");
    }

    @Test
    void autoRemoveIsSentOnlyWhenAsked() {
        assertThat(CreateContainerRequests.create(CLIENT, RunSpec.builder("busybox").autoRemove(true).build())
                .getHostConfig().getAutoRemove()).isTrue();
    }

    @Test
    void aBindSourceUnderTheHomeFolderIsExpandedAsTheShellWould() {
        String home = System.getProperty("user.home");
        assertThat(CreateContainerRequests.expandHome("~/data")).isEqualTo(home + "/data");
        assertThat(CreateContainerRequests.expandHome("~")).isEqualTo(home);
        assertThat(CreateContainerRequests.expandHome("/srv/~data")).isEqualTo("/srv/~data");
        assertThat(CreateContainerRequests.expandHome("~other/data")).isEqualTo("~other/data");
    }
}
