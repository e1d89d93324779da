package dev.berth.compose.load;

import dev.berth.compose.model.ComposeFileException;
import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.compose.model.ServiceSpec.DependsOn;
import dev.berth.compose.model.ServiceSpec.PortSpec;
import dev.berth.compose.model.ServiceSpec.ServiceNetwork;
import dev.berth.compose.model.ServiceSpec.VolumeMount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Several -f files merged by the compose specification's rules. */
class MergeTest {
    @TempDir
    Path folder;
    private ComposeFixture compose;

    @BeforeEach
    void setUp() {
        compose = new ComposeFixture(folder);
    }

    private ServiceSpec merged(String base, String override) throws ComposeFileException {
        compose.file("compose.yaml", "services:\n  web:\n    image: berth-test/busybox\n" + base.indent(4)
                        + "  db:\n    image: berth-test/busybox\nnetworks: {front: {}, back: {}}\nvolumes: {data: {}}\n")
                .file("override.yaml", "services:\n  web:\n" + override.indent(4));
        return compose.service("web", "compose.yaml", "override.yaml");
    }

    @Test
    void scalarsAreReplacedAndMappingsMergeKeyByKey() throws ComposeFileException {
        ServiceSpec web = merged("""
                user: nobody
                healthcheck: {test: [CMD, "true"], interval: 10s, retries: 3}
                """, """
                image: 127.0.0.1:5000/berth-test/busybox:2
                healthcheck: {interval: 20s}
                """);
        assertThat(web.image()).isEqualTo("127.0.0.1:5000/berth-test/busybox:2");
        assertThat(web.user()).isEqualTo("nobody");
        assertThat(web.healthcheck().test()).containsExactly("CMD", "true");
        assertThat(web.healthcheck().interval()).hasSeconds(20);
        assertThat(web.healthcheck().retries()).isEqualTo(3);
    }

    @Test
    void commandEntrypointAndHealthcheckTestAreReplacedNotAppended() throws ComposeFileException {
        ServiceSpec web = merged("""
                command: [sleep, "1000"]
                entrypoint: [/bin/sh, -c]
                healthcheck: {test: [CMD, "true"]}
                """, """
                command: [sleep, "2000"]
                entrypoint: /bin/ash
                healthcheck: {test: [CMD, "false"]}
                """);
        assertThat(web.command()).containsExactly("sleep", "2000");
        assertThat(web.entrypoint()).containsExactly("/bin/ash");
        assertThat(web.healthcheck().test()).containsExactly("CMD", "false");
    }

    @Test
    void sequencesAppendWithPortsUniqueByBindingAndVolumesByTarget() throws ComposeFileException {
        ServiceSpec web = merged("""
                ports: ["18080:80", "18443:443"]
                volumes: [data:/data, ./logs:/logs]
                cap_add: [NET_ADMIN]
                """, """
                ports: ["18080:80", target: 81]
                volumes: [./override-data:/data, /cache]
                cap_add: [NET_ADMIN, SYS_TIME]
                """);
        assertThat(web.ports()).containsExactly(new PortSpec(80, "18080", "", "tcp"),
                new PortSpec(443, "18443", "", "tcp"), new PortSpec(81, "", "", "tcp"));
        assertThat(web.volumes()).extracting(VolumeMount::target).containsExactly("/data", "/logs", "/cache");
        assertThat(web.volumes().get(0).source()).isEqualTo(compose.path("override-data"));
        assertThat(web.capAdd()).containsExactly("NET_ADMIN", "SYS_TIME");
    }

    @Test
    void environmentAndLabelsMergeByNameAcrossListAndMappingSyntax() throws ComposeFileException {
        ServiceSpec web = merged("""
                environment: [A=1, B=2]
                labels: {tier: web, team: shop}
                """, """
                environment: {B: 3, C: 4}
                labels: [team=checkout]
                """);
        assertThat(web.environment()).containsExactly(Map.entry("A", "1"), Map.entry("B", "3"), Map.entry("C", "4"));
        assertThat(web.labels()).containsExactly(Map.entry("tier", "web"), Map.entry("team", "checkout"));
    }

    @Test
    void dependsOnNetworksAndBuildMergeByNameAcrossSyntaxes() throws ComposeFileException {
        ServiceSpec web = merged("""
                depends_on: [db]
                networks: [front]
                build: ./app
                """, """
                depends_on: {db: {condition: service_healthy}}
                networks: {front: {aliases: [shop]}, back: {}}
                build: {target: dev}
                """);
        assertThat(web.dependsOn()).containsExactly(Map.entry("db", new DependsOn("service_healthy", true, false)));
        assertThat(web.networks()).containsExactly(
                Map.entry("front", new ServiceNetwork(List.of("shop"), null, null)),
                Map.entry("back", ServiceNetwork.PLAIN));
        assertThat(web.build().context()).isEqualTo(compose.path("app"));
        assertThat(web.build().target()).isEqualTo("dev");
    }

    @Test
    void resetRemovesAndOverrideReplaces() throws ComposeFileException {
        ServiceSpec web = merged("""
                ports: ["18080:80"]
                environment: {A: 1, B: 2}
                command: [sleep, "1"]
                labels: {keep: "yes"}
                """, """
                ports: !reset []
                environment: !override {C: 3}
                command: !reset null
                labels: {added: "yes"}
                """);
        assertThat(web.ports()).isEmpty();
        assertThat(web.environment()).containsExactly(Map.entry("C", "3"));
        assertThat(web.command()).isNull();
        assertThat(web.labels()).containsOnlyKeys("keep", "added");
    }

    @Test
    void loggingOptionsMergeOnlyForTheSameDriver() throws ComposeFileException {
        assertThat(merged("logging: {driver: json-file, options: {max-size: 1m}}\n",
                "logging: {options: {max-file: \"2\"}}\n").logging().options()).containsOnlyKeys("max-size", "max-file");
        assertThat(merged("logging: {driver: json-file, options: {max-size: 1m}}\n",
                "logging: {driver: local, options: {max-file: \"2\"}}\n").logging().options()).containsOnlyKeys(
                "max-file");
    }

    @Test
    void laterFilesAddServicesNetworksAndVolumesInOrder() throws ComposeFileException {
        compose.file("compose.yaml", "services:\n  web: {image: berth-test/busybox}\nvolumes: {data: {}}\n")
                .file("more.yaml", """
                        services:
                          worker: {image: berth-test/busybox, networks: [jobs]}
                        networks: {jobs: {}}
                        volumes: {data: {name: shared-data}}
                        """);
        ComposeProject project = compose.load("compose.yaml", "more.yaml");
        assertThat(project.services()).containsOnlyKeys("web", "worker");
        assertThat(project.services().keySet()).containsExactly("web", "worker");
        assertThat(project.volumes().get("data").name()).isEqualTo("shared-data");
        assertThat(project.networks()).containsOnlyKeys("jobs", "default");
        assertThat(project.configFiles()).containsExactly(folder.resolve("compose.yaml"), folder.resolve("more.yaml"));
    }

    @Test
    void relativePathsOfEveryFileStartAtTheFirstFilesFolder() throws ComposeFileException {
        compose.file("compose.yaml", "services:\n  web: {image: berth-test/busybox}\n")
                .file("overrides/dev.yaml", "services:\n  web: {volumes: [./src:/src], env_file: overrides/dev.env}\n")
                .file("overrides/dev.env", "MODE=dev\n");
        ServiceSpec web = compose.service("web", "compose.yaml", "overrides/dev.yaml");
        assertThat(web.volumes().get(0).source()).isEqualTo(compose.path("src"));
        assertThat(web.environment()).containsEntry("MODE", "dev");
    }

    @Test
    void aKeyWrittenAsAListInOneFileAndAMappingInAnotherIsAProblem() {
        compose.file("compose.yaml", "services:\n  web:\n    image: berth-test/busybox\n    ports: [\"80\"]\n")
                .file("override.yaml", "services:\n  web:\n    ports: {target: 80}\n");
        assertThat(compose.problems("compose.yaml", "override.yaml")).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(folder.resolve("override.yaml"));
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(12);
            assertThat(problem.keyPath()).isEqualTo("services.web.ports");
            assertThat(problem.message()).contains("a list", "compose.yaml, line 4", "!override");
        });
    }
}
