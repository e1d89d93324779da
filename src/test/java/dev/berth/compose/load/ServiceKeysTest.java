package dev.berth.compose.load;

import dev.berth.compose.model.ComposeFileException;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.compose.model.ServiceSpec.BuildSpec;
import dev.berth.compose.model.ServiceSpec.DependsOn;
import dev.berth.compose.model.ServiceSpec.Healthcheck;
import dev.berth.compose.model.ServiceSpec.Logging;
import dev.berth.compose.model.ServiceSpec.PortSpec;
import dev.berth.compose.model.ServiceSpec.ServiceNetwork;
import dev.berth.compose.model.ServiceSpec.VolumeMount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every key Berth applies, in its short and long syntax, as the model's long form. */
class ServiceKeysTest {
    @TempDir
    Path folder;
    private ComposeFixture compose;

    @BeforeEach
    void setUp() {
        compose = new ComposeFixture(folder.resolve("shop"));
    }

    private ServiceSpec web(String serviceBody) throws ComposeFileException {
        compose.file("compose.yaml", "services:\n  web:\n    image: berth-test/busybox\n"
                + serviceBody.stripIndent().indent(4) + "  db:\n    image: berth-test/busybox\n"
                + "networks:\n  front:\n  back:\nvolumes:\n  data:\n");
        return compose.service("web");
    }

    @Test
    void imageCommandAndEntrypointInStringAndListForm() throws ComposeFileException {
        ServiceSpec shortForm = web("""
                command: sleep 1000
                entrypoint: /bin/sh -c
                """);
        assertThat(shortForm.image()).isEqualTo("berth-test/busybox");
        assertThat(shortForm.command()).containsExactly("sleep", "1000");
        assertThat(shortForm.entrypoint()).containsExactly("/bin/sh", "-c");
        ServiceSpec longForm = web("""
                command: ["sh", "-c", "echo $$HOME"]
                entrypoint: []
                """);
        assertThat(longForm.command()).containsExactly("sh", "-c", "echo $HOME");
        assertThat(longForm.entrypoint()).isEmpty();
        assertThat(web("user: nobody\n").command()).isNull();
    }

    @Test
    void buildAsAContextOrAMapping() throws ComposeFileException {
        compose.file("compose.yaml", """
                services:
                  short:
                    build: ./app
                  long:
                    build:
                      context: app
                      dockerfile: Dockerfile.dev
                      args:
                        VERSION: 1
                        FROM_ENV:
                        UNSET_ARG:
                      target: runtime
                      labels: [tier=backend]
                  remote:
                    build: https://example.invalid/repo.git#main
                """).env("FROM_ENV", "yes");
        Map<String, ServiceSpec> services = compose.load().services();
        assertThat(services.get("short").build()).isEqualTo(
                new BuildSpec(compose.path("app"), "Dockerfile", Map.of(), null, Map.of()));
        assertThat(services.get("short").image()).isNull();
        assertThat(services.get("long").build()).isEqualTo(new BuildSpec(compose.path("app"), "Dockerfile.dev",
                Map.of("VERSION", "1", "FROM_ENV", "yes"), "runtime", Map.of("tier", "backend")));
        assertThat(services.get("remote").build().context()).isEqualTo("https://example.invalid/repo.git#main");
    }

    @Test
    void environmentAsAListOrAMappingWithValuesFromTheProject() throws ComposeFileException {
        compose.file(".env", "FROM_DOTENV=dotenv\n").env("FROM_PROCESS", "process");
        assertThat(web("""
                environment:
                  - A=1
                  - B=has=equals
                  - FROM_PROCESS
                  - FROM_DOTENV
                  - NOT_SET
                  - EMPTY=
                """).environment()).containsExactly(Map.entry("A", "1"), Map.entry("B", "has=equals"),
                Map.entry("FROM_PROCESS", "process"), Map.entry("FROM_DOTENV", "dotenv"), Map.entry("EMPTY", ""));
        assertThat(web("""
                environment:
                  NUMBER: 5
                  FLAG: true
                  FLOAT: 1.5
                  FROM_PROCESS:
                  NOT_SET: ~
                """).environment()).containsExactly(Map.entry("NUMBER", "5"), Map.entry("FLAG", "true"),
                Map.entry("FLOAT", "1.5"), Map.entry("FROM_PROCESS", "process"));
    }

    @Test
    void envFilesInOrderThenEnvironmentWhichWins() throws ComposeFileException {
        compose.file("web.env", "A=from-file\nB=from-file\nC=${FROM_PROCESS}\n")
                .file("more.env", "B=from-more\n").env("FROM_PROCESS", "process");
        assertThat(web("""
                env_file: [web.env, {path: more.env, required: true}, {path: missing.env, required: false}]
                environment: [A=from-environment, C]
                """).environment()).containsExactly(Map.entry("A", "from-environment"), Map.entry("B", "from-more"),
                Map.entry("C", "process"));
        assertThat(web("env_file: web.env\n").environment()).containsEntry("A", "from-file");
    }

    @Test
    void portsInShortAndLongSyntaxEachOnceInTheirFirstPlace() throws ComposeFileException {
        assertThat(web("""
                ports:
                  - 80
                  - "18080:80"
                  - 127.0.0.1:18081:81/udp
                  - "18082-18083:82-83"
                  - target: 84
                    published: 18084
                    host_ip: 127.0.0.1
                    protocol: udp
                    mode: host
                  - target: "85"
                    published: "18085-18086"
                  - "18080:80"
                """).ports()).containsExactly(new PortSpec(80, "", "", "tcp"), new PortSpec(80, "18080", "", "tcp"),
                new PortSpec(81, "18081", "127.0.0.1", "udp"), new PortSpec(82, "18082", "", "tcp"),
                new PortSpec(83, "18083", "", "tcp"), new PortSpec(84, "18084", "127.0.0.1", "udp"),
                new PortSpec(85, "18085-18086", "", "tcp"));
    }

    @Test
    void volumesNamedBindAnonymousAndReadOnlyInBothSyntaxes() throws ComposeFileException {
        assertThat(web("""
                volumes:
                  - data:/data
                  - ./site:/usr/share/site:ro
                  - ~/cache:/cache
                  - /anonymous/
                  - data:/nocopy:nocopy
                  - type: bind
                    source: ../shared
                    target: /shared
                    read_only: true
                    bind: {create_host_path: false}
                  - type: volume
                    source: data
                    target: /long
                    volume: {nocopy: true}
                  - type: tmpfs
                    target: /scratch
                  - type: bind
                    source: ./conf
                    target: /conf
                """).volumes()).containsExactly(
                new VolumeMount("volume", "data", "/data", false, false, false),
                new VolumeMount("bind", compose.path("site"), "/usr/share/site", true, true, false),
                new VolumeMount("bind", ComposeFixture.HOME + "/cache", "/cache", false, true, false),
                new VolumeMount("volume", "", "/anonymous", false, false, false),
                new VolumeMount("volume", "data", "/nocopy", false, false, true),
                new VolumeMount("bind", compose.path("../shared"), "/shared", true, false, false),
                new VolumeMount("volume", "data", "/long", false, false, true),
                new VolumeMount("tmpfs", "", "/scratch", false, false, false),
                new VolumeMount("bind", compose.path("conf"), "/conf", false, false, false));
    }

    @Test
    void aLaterVolumeWithTheSameTargetReplacesTheEarlierOne() throws ComposeFileException {
        assertThat(web("""
                volumes:
                  - data:/data
                  - ./data:/data/
                """).volumes()).containsExactly(
                new VolumeMount("bind", compose.path("data"), "/data", false, true, false));
    }

    @Test
    void networksAsAListOrAMappingWithAliasesAndAddresses() throws ComposeFileException {
        assertThat(web("networks: [front, back]\n").networks())
                .containsExactly(Map.entry("front", ServiceNetwork.PLAIN), Map.entry("back", ServiceNetwork.PLAIN));
        assertThat(web("""
                networks:
                  front:
                    aliases: [shop, www]
                    ipv4_address: 172.30.0.10
                  back:
                """).networks()).containsExactly(
                Map.entry("front", new ServiceNetwork(List.of("shop", "www"), "172.30.0.10", null)),
                Map.entry("back", ServiceNetwork.PLAIN));
        assertThat(web("user: root\n").networks()).containsExactly(Map.entry("default", ServiceNetwork.PLAIN));
        assertThat(web("networks: {}\n").networks()).containsExactly(Map.entry("default", ServiceNetwork.PLAIN));
        ServiceSpec host = web("network_mode: host\n");
        assertThat(host.networks()).isEmpty();
        assertThat(host.networkMode()).isEqualTo("host");
    }

    @Test
    void dependsOnShortAndLong() throws ComposeFileException {
        assertThat(web("depends_on: [db]\n").dependsOn())
                .containsExactly(Map.entry("db", new DependsOn("service_started", true, false)));
        assertThat(web("""
                depends_on:
                  db:
                    condition: service_healthy
                    required: false
                    restart: true
                """).dependsOn()).containsExactly(Map.entry("db", new DependsOn("service_healthy", false, true)));
        assertThat(web("network_mode: service:db\n").dependsOn())
                .containsExactly(Map.entry("db", new DependsOn("service_started", true, true)));
    }

    @Test
    void healthcheckWithDurations() throws ComposeFileException {
        assertThat(web("""
                healthcheck:
                  test: ["CMD", "true"]
                  interval: 1m30s
                  timeout: 10s
                  retries: 3
                  start_period: 500ms
                """).healthcheck()).isEqualTo(new Healthcheck(List.of("CMD", "true"), Duration.ofSeconds(90),
                Duration.ofSeconds(10), 3, Duration.ofMillis(500), false));
        assertThat(web("healthcheck:\n  test: wget -q localhost\n").healthcheck().test())
                .containsExactly("CMD-SHELL", "wget -q localhost");
        assertThat(web("healthcheck:\n  disable: true\n").healthcheck().disable()).isTrue();
        assertThat(web("healthcheck:\n  test: [NONE]\n").healthcheck().disable()).isTrue();
    }

    @Test
    void theSimpleKeys() throws ComposeFileException {
        ServiceSpec service = web("""
                restart: on-failure:3
                labels: {tier: web, empty: }
                container_name: shop-web
                working_dir: /srv
                user: "1000:1000"
                hostname: web
                extra_hosts: ["db.local:10.0.0.2", "cache=10.0.0.3"]
                tmpfs: /run
                cap_add: [NET_ADMIN]
                cap_drop: [ALL]
                privileged: true
                init: false
                tty: yes
                stdin_open: "true"
                stop_signal: SIGINT
                stop_grace_period: 1m
                logging:
                  driver: json-file
                  options: {max-size: 1m, max-file: 3}
                """);
        assertThat(service.restart()).isEqualTo("on-failure:3");
        assertThat(service.labels()).containsExactly(Map.entry("tier", "web"), Map.entry("empty", ""));
        assertThat(service.containerName()).isEqualTo("shop-web");
        assertThat(service.workingDir()).isEqualTo("/srv");
        assertThat(service.user()).isEqualTo("1000:1000");
        assertThat(service.hostname()).isEqualTo("web");
        assertThat(service.extraHosts()).containsExactly("db.local:10.0.0.2", "cache:10.0.0.3");
        assertThat(service.tmpfs()).containsExactly("/run");
        assertThat(service.capAdd()).containsExactly("NET_ADMIN");
        assertThat(service.capDrop()).containsExactly("ALL");
        assertThat(service.privileged()).isTrue();
        assertThat(service.init()).isFalse();
        assertThat(service.tty()).isTrue();
        assertThat(service.stdinOpen()).isTrue();
        assertThat(service.stopSignal()).isEqualTo("SIGINT");
        assertThat(service.stopGracePeriod()).isEqualTo(Duration.ofMinutes(1));
        assertThat(service.logging()).isEqualTo(new Logging("json-file", Map.of("max-size", "1m", "max-file", "3")));
        assertThat(web("extra_hosts: {db.local: 10.0.0.2}\n").extraHosts()).containsExactly("db.local:10.0.0.2");
    }

    @Test
    void unsetKeysStayUnset() throws ComposeFileException {
        ServiceSpec service = web("");
        assertThat(service.init()).isNull();
        assertThat(service.restart()).isNull();
        assertThat(service.healthcheck()).isNull();
        assertThat(service.stopGracePeriod()).isNull();
        assertThat(service.scale()).isEqualTo(1);
        assertThat(service.privileged()).isFalse();
        assertThat(service.ports()).isEmpty();
    }

    @Test
    void scaleOrDeployReplicas() throws ComposeFileException {
        assertThat(web("scale: 3\n").scale()).isEqualTo(3);
        assertThat(web("deploy: {replicas: 2}\n").scale()).isEqualTo(2);
        assertThat(web("scale: 2\ndeploy: {replicas: 2}\n").scale()).isEqualTo(2);
    }
}
