package dev.berth.compose.load;

import dev.berth.compose.model.ComposeFileException;
import dev.berth.compose.model.ServiceSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExtendsTest {
    @TempDir
    Path folder;
    private ComposeFixture compose;

    @BeforeEach
    void setUp() {
        compose = new ComposeFixture(folder.resolve("app"));
    }

    @Test
    void aServiceExtendsAnotherOfTheSameFileWithTheMergeRules() throws ComposeFileException {
        compose.file("compose.yaml", """
                services:
                  base:
                    image: berth-test/busybox
                    command: [sleep, "1000"]
                    environment: {A: 1, B: 2}
                    ports: ["18080:80"]
                  web:
                    extends: base
                    command: [sleep, "2000"]
                    environment: {B: 3}
                    ports: ["18081:81"]
                  worker:
                    extends: {service: web}
                    user: nobody
                """);
        Map<String, ServiceSpec> services = compose.load().services();
        ServiceSpec web = services.get("web");
        assertThat(web.image()).isEqualTo("berth-test/busybox");
        assertThat(web.command()).containsExactly("sleep", "2000");
        assertThat(web.environment()).containsExactly(Map.entry("A", "1"), Map.entry("B", "3"));
        assertThat(web.ports()).hasSize(2);
        ServiceSpec worker = services.get("worker");
        assertThat(worker.command()).containsExactly("sleep", "2000");
        assertThat(worker.user()).isEqualTo("nobody");
        assertThat(services.get("base").command()).containsExactly("sleep", "1000");
    }

    @Test
    void aServiceOfAnotherFileKeepsItsRelativePathsRelativeToThatFile() throws ComposeFileException {
        compose.file("common/services.yaml", """
                services:
                  common:
                    image: berth-test/busybox
                    build: ./context
                    volumes: [./config:/config]
                    env_file: common.env
                """).file("common/common.env", "FROM_COMMON=1\n").file("compose.yaml", """
                services:
                  web:
                    extends:
                      file: common/services.yaml
                      service: common
                    volumes: [./data:/data]
                """);
        ServiceSpec web = compose.service("web");
        assertThat(web.build().context()).isEqualTo(compose.path("common/context"));
        assertThat(web.volumes()).extracting(ServiceSpec.VolumeMount::source)
                .containsExactly(compose.path("common/config"), compose.path("data"));
        assertThat(web.environment()).containsEntry("FROM_COMMON", "1");
    }

    @Test
    void resetInAnExtendingServiceRemovesTheBasesValue() throws ComposeFileException {
        compose.file("compose.yaml", """
                services:
                  base: {image: berth-test/busybox, ports: ["18080:80"]}
                  web:
                    extends: base
                    ports: !reset []
                """);
        assertThat(compose.service("web").ports()).isEmpty();
    }

    @Test
    void aCycleIsNamed() {
        compose.file("compose.yaml", """
                services:
                  a: {image: berth-test/busybox, extends: b}
                  b: {image: berth-test/busybox, extends: a}
                """);
        assertThat(compose.problems()).isNotEmpty().allSatisfy(problem ->
                assertThat(problem.message()).contains("extends forms a cycle"));
    }
}
