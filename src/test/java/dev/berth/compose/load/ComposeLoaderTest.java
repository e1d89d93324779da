package dev.berth.compose.load;

import dev.berth.compose.model.ComposeFileException;
import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.NetworkSpec;
import dev.berth.compose.model.VolumeSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Project-wide loading: files, names, variables, profiles, networks and volumes, warnings. */
class ComposeLoaderTest {
    private static final String ONE_SERVICE = "services:\n  web: {image: berth-test/busybox}\n";

    @TempDir
    Path folder;
    private ComposeFixture compose;

    @BeforeEach
    void setUp() {
        compose = new ComposeFixture(folder.resolve("My Shop.App"));
    }

    @Test
    void findsTheFirstDefaultFileAndItsOverride() throws ComposeFileException {
        compose.file("docker-compose.yml", ONE_SERVICE + "  old: {image: berth-test/busybox}\n")
                .file("compose.yaml", ONE_SERVICE)
                .file("compose.override.yaml", "services:\n  web: {user: nobody}\n");
        ComposeProject project = compose.load();
        assertThat(project.configFiles()).containsExactly(compose.directory().resolve("compose.yaml"),
                compose.directory().resolve("compose.override.yaml"));
        assertThat(project.services().get("web").user()).isEqualTo("nobody");
        assertThat(project.services()).doesNotContainKey("old");
        assertThat(project.warnings()).anyMatch(warning -> warning.contains("several compose files"));
        assertThat(project.workingDir()).isEqualTo(compose.directory());
    }

    @Test
    void withoutAnyFileTheProblemNamesTheFolderAndTheNames() {
        assertThat(compose.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains(compose.directory().toString(), "compose.yaml",
                        "docker-compose.yaml"));
    }

    @Test
    void aFileGivenThatDoesNotExistIsNamed() {
        compose.file("compose.yaml", ONE_SERVICE);
        assertThat(compose.problems("compose.yaml", "prod.yaml")).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(compose.directory().resolve("prod.yaml"));
            assertThat(problem.line()).isZero();
            assertThat(problem.message()).isEqualTo("The file " + compose.directory().resolve("prod.yaml")
                    + " does not exist.");
        });
    }

    @Test
    void projectNamePrecedenceExplicitThenEnvironmentThenFileThenFolder() throws ComposeFileException {
        compose.file("compose.yaml", "name: From-File\n" + ONE_SERVICE);
        assertThat(compose.load(compose.request().withProjectName("explicit")).name()).isEqualTo("explicit");
        assertThat(compose.load().name()).isEqualTo("from-file");
        compose.file(".env", "COMPOSE_PROJECT_NAME=from-dotenv\n");
        assertThat(compose.load().name()).isEqualTo("from-dotenv");
        compose.env("COMPOSE_PROJECT_NAME", "from-process");
        assertThat(compose.load().name()).isEqualTo("from-process");
        compose.file("compose.yaml", ONE_SERVICE).file(".env", "");
        compose.env("COMPOSE_PROJECT_NAME", "");
        assertThat(compose.load().name()).isEqualTo("myshopapp");
    }

    @Test
    void anExplicitNameMustAlreadyBeNormalised() {
        compose.file("compose.yaml", ONE_SERVICE);
        assertThat(compose.problems(compose.request().withProjectName("My App"))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("\"My App\" is not valid", "\"myapp\""));
    }

    @Test
    void theFileNameIsInterpolatedAndNormalised() throws ComposeFileException {
        compose.file("compose.yaml", "name: ${STAGE}_Shop\n" + ONE_SERVICE).env("STAGE", "Dev");
        assertThat(compose.load().name()).isEqualTo("dev_shop");
    }

    @Test
    void variablesComeFromDotEnvWithTheProcessWinning() throws ComposeFileException {
        compose.file(".env", "TAG=from-dotenv\nPORT=18080\n").file("compose.yaml", """
                services:
                  web:
                    image: berth-test/busybox:${TAG}
                    ports: ["${PORT}:80"]
                """);
        assertThat(compose.service("web").image()).isEqualTo("berth-test/busybox:from-dotenv");
        compose.env("TAG", "from-process");
        assertThat(compose.service("web").image()).isEqualTo("berth-test/busybox:from-process");
        assertThat(compose.service("web").ports().get(0).published()).isEqualTo("18080");
    }

    @Test
    void envFilesGivenReplaceDotEnvAndApplyInOrder() throws ComposeFileException {
        compose.file(".env", "TAG=dotenv\n").file("one.env", "TAG=one\nA=1\n").file("two.env", "TAG=two\n")
                .file("compose.yaml", "services:\n  web: {image: \"busybox:${TAG}-${A}\"}\n");
        ComposeProject project = compose.load(compose.request().withEnvFiles(List.of(
                Path.of("one.env"), Path.of("two.env"))));
        assertThat(project.services().get("web").image()).isEqualTo("busybox:two-1");
        assertThat(compose.problems(compose.request().withEnvFiles(List.of(Path.of("missing.env")))))
                .singleElement().satisfies(problem -> assertThat(problem.message()).contains("does not exist"));
    }

    @Test
    void anUnsetVariableIsAWarningNamingItsPlace() throws ComposeFileException {
        compose.file("compose.yaml", "services:\n  web:\n    image: busybox:${NOT_SET}\n");
        assertThat(compose.load().warnings()).containsExactly(
                "compose.yaml:3:12: services.web.image: The variable NOT_SET is not set, so it is replaced by an "
                        + "empty string.");
    }

    @Test
    void profilesEnableServicesFromTheRequestOrComposeProfiles() throws ComposeFileException {
        compose.file("compose.yaml", """
                services:
                  web: {image: berth-test/busybox}
                  debug: {image: berth-test/busybox, profiles: [debug]}
                  tools: {image: berth-test/busybox, profiles: [tools, debug]}
                """);
        assertThat(compose.load().services()).containsOnlyKeys("web");
        assertThat(compose.load(compose.request().withProfiles(List.of("tools"))).services())
                .containsOnlyKeys("web", "tools");
        assertThat(compose.load(compose.request().withProfiles(List.of("*"))).services())
                .containsOnlyKeys("web", "debug", "tools");
        compose.env("COMPOSE_PROFILES", "debug, other");
        assertThat(compose.load().services()).containsOnlyKeys("web", "debug", "tools");
        assertThat(compose.load(compose.request().withProfiles(List.of("tools"))).services())
                .containsOnlyKeys("web", "tools");
    }

    @Test
    void dependingOnADisabledServiceNamesTheProfileToActivate() {
        compose.file("compose.yaml", """
                services:
                  web: {image: berth-test/busybox, depends_on: [db]}
                  db: {image: berth-test/busybox, profiles: [data]}
                """);
        assertThat(compose.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("services.web.depends_on");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo(49);
            assertThat(problem.message()).contains("only the profile data enables", "--profile");
        });
    }

    @Test
    void theDefaultNetworkExistsOnlyWhenAnEnabledServiceUsesIt() throws ComposeFileException {
        compose.file("compose.yaml", """
                services:
                  web: {image: berth-test/busybox, networks: [front]}
                  host: {image: berth-test/busybox, network_mode: host}
                  other: {image: berth-test/busybox, profiles: [other]}
                networks: {front: {}}
                """);
        assertThat(compose.load().networks()).containsOnlyKeys("front");
        assertThat(compose.load(compose.request().withProfiles(List.of("other"))).networks())
                .containsOnlyKeys("front", "default");
        assertThat(compose.load(compose.request().withProfiles(List.of("other"))).networks().get("default"))
                .isEqualTo(new NetworkSpec("default", "myshopapp_default", false, null, Map.of(), null, Map.of(),
                        false, false, false));
    }

    @Test
    void networksAndVolumesAreNamedByProjectAndKeyUnlessNamedOrExternal() throws ComposeFileException {
        compose.file("compose.yaml", """
                services:
                  web: {image: berth-test/busybox, networks: [front, shared, default]}
                networks:
                  default: {name: custom-default}
                  front:
                    driver: bridge
                    driver_opts: {com.docker.network.bridge.name: br-shop, mtu: 1400}
                    ipam:
                      driver: default
                      config: [{subnet: 172.30.0.0/24, gateway: 172.30.0.1, ip_range: 172.30.0.128/25}]
                    labels: [tier=front]
                    internal: true
                    attachable: true
                    enable_ipv6: false
                  shared: {external: true}
                  legacy: {external: {name: old-net}}
                volumes:
                  data: {driver: local, driver_opts: {type: tmpfs, device: tmpfs}, labels: {keep: "yes"}}
                  named: {name: shop-named}
                  outside: {external: true, name: outside-vol}
                """);
        ComposeProject project = compose.load();
        assertThat(project.networks().get("default").name()).isEqualTo("custom-default");
        assertThat(project.networks().get("front")).isEqualTo(new NetworkSpec("front", "myshopapp_front", false,
                "bridge", Map.of("com.docker.network.bridge.name", "br-shop", "mtu", "1400"),
                new NetworkSpec.Ipam("default", List.of(new NetworkSpec.Pool("172.30.0.0/24", "172.30.0.1",
                        "172.30.0.128/25"))), Map.of("tier", "front"), true, true, false));
        assertThat(project.networks().get("shared").name()).isEqualTo("shared");
        assertThat(project.networks().get("shared").external()).isTrue();
        assertThat(project.networks().get("legacy").name()).isEqualTo("old-net");
        assertThat(project.volumes().get("data")).isEqualTo(new VolumeSpec("data", "myshopapp_data", false, "local",
                Map.of("type", "tmpfs", "device", "tmpfs"), Map.of("keep", "yes")));
        assertThat(project.volumes().get("named").name()).isEqualTo("shop-named");
        assertThat(project.volumes().get("outside").name()).isEqualTo("outside-vol");
    }

    @Test
    void anchorsAliasesAndMergeKeysAreApplied() throws ComposeFileException {
        compose.file("compose.yaml", """
                x-base: &base
                  image: berth-test/busybox
                  environment: &env {A: 1, B: 2}
                  restart: always
                services:
                  web:
                    <<: *base
                    restart: "no"
                  worker:
                    <<: *base
                    environment:
                      <<: *env
                      B: 3
                """);
        ComposeProject project = compose.load();
        assertThat(project.services().get("web").restart()).isEqualTo("no");
        assertThat(project.services().get("web").environment()).containsOnlyKeys("A", "B");
        assertThat(project.services().get("worker").restart()).isEqualTo("always");
        assertThat(project.services().get("worker").environment()).containsEntry("B", "3").containsEntry("A", "1");
    }

    @Test
    void keysBerthDoesNotApplyAreNamedInWarningsWithTheirPlace() throws ComposeFileException {
        compose.file("compose.yaml", """
                version: "3.9"
                services:
                  web:
                    image: berth-test/busybox
                    mem_limit: 64m
                    deploy:
                      replicas: 2
                      resources: {limits: {cpus: "0.5"}}
                secrets:
                  token: {file: ./token}
                """);
        ComposeProject project = compose.load();
        assertThat(project.services().get("web").scale()).isEqualTo(2);
        assertThat(project.warnings()).containsExactlyInAnyOrder(
                "compose.yaml:1:1: version: version is obsolete and ignored, as docker compose v2 ignores it.",
                "compose.yaml:5:5: services.web.mem_limit: Berth does not apply mem_limit yet; it is ignored.",
                "compose.yaml:8:7: services.web.deploy.resources: Berth does not apply resources yet; it is ignored.",
                "compose.yaml:9:1: secrets: Berth does not apply secrets yet; it is ignored.");
    }

    @Test
    void extensionKeysAreAllowedAnywhere() throws ComposeFileException {
        compose.file("compose.yaml", """
                x-common: {a: 1}
                services:
                  web: {image: berth-test/busybox, x-note: hello}
                networks:
                  front: {x-owner: me}
                """);
        assertThat(compose.load().warnings()).isEmpty();
    }

    @Test
    void fiftyServicesLoad() throws ComposeFileException {
        StringBuilder file = new StringBuilder("services:\n");
        for (int i = 0; i < 50; i++) {
            file.append("  s").append(i).append(":\n    image: berth-test/busybox\n    command: sleep 1000\n")
                    .append("    ports: [\"").append(18000 + i).append(":80\"]\n")
                    .append("    environment: {A: \"1\", B: \"${B:-2}\"}\n")
                    .append("    volumes: [data:/data, ./s").append(i).append(":/src:ro]\n")
                    .append(i > 0 ? "    depends_on: [s" + (i - 1) + "]\n" : "")
                    .append("    healthcheck: {test: [CMD, \"true\"], interval: 10s}\n");
        }
        compose.file("compose.yaml", file + "volumes: {data: {}}\n");
        assertThat(compose.load().services()).hasSize(50);
    }
}
