package dev.berth.daemon.containers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ContainerConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a {@link RunSpec} back from inspect, on answers shaped like the engine's. */
class RunSpecReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An nginx-like image: its own PATH, label, entrypoint, CMD, workdir, user and volume. */
    private static final String IMAGE = """
            {"Env":["PATH=/usr/bin:/bin","NGINX_VERSION=1.27"],"Cmd":["nginx","-g","daemon off;"],
             "Entrypoint":["/docker-entrypoint.sh"],"WorkingDir":"/","User":"",
             "Labels":{"maintainer":"nginx","dev.berth.test":"true"},"Volumes":{"/var/cache":{}}}
            """;

    private static RunSpec read(String container) throws Exception {
        return RunSpecReader.fromInspect(JSON.readValue(container, InspectContainerResponse.class),
                JSON.readValue(IMAGE, ContainerConfig.class));
    }

    @Test
    void whatTheImageContributedIsLeftOutAndTheRestIsTheUsersSpec() throws Exception {
        RunSpec spec = read("""
                {"Name":"/web",
                 "Config":{"Image":"nginx:1.27",
                   "Env":["GREETING=hello","EMPTY=","PATH=/usr/bin:/bin","NGINX_VERSION=1.27"],
                   "Cmd":["nginx","-g","daemon off;"],"Entrypoint":["/docker-entrypoint.sh"],
                   "WorkingDir":"/srv","User":"101:101",
                   "Labels":{"maintainer":"nginx","dev.berth.test":"true","app":"shop"},
                   "ExposedPorts":{"80/tcp":{},"443/tcp":{}},"Volumes":{"/var/cache":{},"/scratch":{}},
                   "OpenStdin":true,"Tty":false},
                 "HostConfig":{"NetworkMode":"default","RestartPolicy":{"Name":"","MaximumRetryCount":0},
                   "PortBindings":{"443/tcp":[{"HostIp":"127.0.0.1","HostPort":""}],
                                   "80/tcp":[{"HostIp":"","HostPort":"8080"},{"HostIp":"","HostPort":"8081"}],
                                   "53/udp":[{"HostIp":"","HostPort":"5353"}]},
                   "Binds":["web-data:/data:rw","/srv/conf:/etc/nginx/conf.d:ro"],
                   "Mounts":[{"Type":"volume","Source":"logs","Target":"/var/log/nginx"}],
                   "PublishAllPorts":true,"AutoRemove":false}}
                """);

        assertThat(spec).isEqualTo(RunSpec.builder("nginx:1.27").name("web")
                .addEnv("GREETING", "hello").addEnv("EMPTY", "")
                .addPort(new RunSpec.PortSpec("", 5353, 53, "udp"))
                .addPort(new RunSpec.PortSpec("", 8080, 80, "tcp"))
                .addPort(new RunSpec.PortSpec("", 8081, 80, "tcp"))
                .addPort(new RunSpec.PortSpec("127.0.0.1", 0, 443, "tcp"))
                .publishAll(true)
                .addMount(new RunSpec.MountSpec(RunSpec.MountSpec.Kind.VOLUME, "web-data", "/data", false))
                .addMount(new RunSpec.MountSpec(RunSpec.MountSpec.Kind.BIND, "/srv/conf", "/etc/nginx/conf.d", true))
                .addMount(new RunSpec.MountSpec(RunSpec.MountSpec.Kind.VOLUME, "logs", "/var/log/nginx", false))
                .addMount(new RunSpec.MountSpec(RunSpec.MountSpec.Kind.VOLUME, "", "/scratch", false))
                .labels(Map.of("app", "shop"))
                .workingDir("/srv").user("101:101").interactive(true)
                .build());
    }

    @Test
    void aCommandOfItsOwnIsKeptAndTheImagesEntrypointIsNotAnOverride() throws Exception {
        RunSpec spec = read("""
                {"Name":"/web","Config":{"Image":"nginx","Cmd":["nginx","-T"],"Entrypoint":["/docker-entrypoint.sh"]},
                 "HostConfig":{"NetworkMode":"shop","RestartPolicy":{"Name":"on-failure","MaximumRetryCount":5},
                   "AutoRemove":true}}
                """);

        assertThat(spec.entrypoint()).isEmpty();
        assertThat(spec.command()).containsExactly("nginx", "-T");
        assertThat(spec.network()).isEqualTo("shop");
        assertThat(spec.restart()).isEqualTo(new RunSpec.RestartPolicy("on-failure", 5));
        assertThat(spec.autoRemove()).isTrue();
    }

    @Test
    void anEntrypointOverrideKeepsItsArgumentsEvenWhenTheyEqualTheImagesCmd() throws Exception {
        RunSpec spec = read("""
                {"Name":"/web","Config":{"Image":"nginx","Cmd":["nginx","-g","daemon off;"],"Entrypoint":["sh"],
                 "Tty":true},
                 "HostConfig":{"NetworkMode":"host","RestartPolicy":{"Name":"always","MaximumRetryCount":0}}}
                """);

        assertThat(spec.entrypoint()).isEqualTo("sh");
        assertThat(spec.command()).containsExactly("nginx", "-g", "daemon off;");
        assertThat(spec.network()).isEqualTo("host");
        assertThat(spec.restart()).isEqualTo(new RunSpec.RestartPolicy("always", 0));
        assertThat(spec.tty()).isTrue();
    }

    @Test
    void withoutTheImageNothingIsLeftOutAndMissingPartsAreEmpty() throws Exception {
        RunSpec spec = RunSpecReader.fromInspect(JSON.readValue("""
                {"Name":"/bare","Config":{"Image":"sha256:abc","Env":["PATH=/bin"],"Cmd":["sh"]}}
                """, InspectContainerResponse.class), null);

        assertThat(spec).isEqualTo(RunSpec.builder("sha256:abc").name("bare").addEnv("PATH", "/bin")
                .command(List.of("sh")).build());
    }

    @Test
    void smallPartsAreReadAsTheCliWritesThem() {
        assertThat(RunSpecReader.envVar("A=b=c")).isEqualTo(new RunSpec.EnvVar("A", "b=c"));
        assertThat(RunSpecReader.envVar("BARE")).isEqualTo(new RunSpec.EnvVar("BARE", ""));
        assertThat(RunSpecReader.hostPort("")).isZero();
        assertThat(RunSpecReader.hostPort("8000-8010")).isZero();
        assertThat(RunSpecReader.hostPort("8080")).isEqualTo(8080);
        assertThat(RunSpecReader.isHostPath("/srv")).isTrue();
        assertThat(RunSpecReader.isHostPath("C:\\data")).isTrue();
        assertThat(RunSpecReader.isHostPath("web-data")).isFalse();
        assertThat(RunSpecReader.network("default")).isEmpty();
        assertThat(RunSpecReader.network("bridge")).isEqualTo("bridge");
        assertThat(RunSpecReader.restart(null)).isEqualTo(RunSpec.RestartPolicy.NO);
    }
}
