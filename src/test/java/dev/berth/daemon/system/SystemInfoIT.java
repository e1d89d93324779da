package dev.berth.daemon.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.daemon.DockerCli;
import dev.berth.daemon.GatewayFixture;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.berth.testing.Futures.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The dashboard's numbers against `docker info` and `docker system df` of the same engine. */
@ExtendWith(EngineRequired.class)
class SystemInfoIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ATTEMPTS = 15;
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

    @Test
    void engineInformationAgreesWithDockerInfoAndVersion() throws Exception {
        JsonNode version = JSON.readTree(DockerCli.run("version", "--format", "{{json .Server}}"));
        SystemInfo info = null;
        JsonNode cli = null;
        // Other test runs create containers meanwhile: take a gateway read between two equal CLI reads.
        for (int attempt = 0; attempt < ATTEMPTS && info == null; attempt++) {
            JsonNode before = JSON.readTree(DockerCli.run("info", "--format", "{{json .}}"));
            SystemInfo read = done(fixture.gateway.system().info());
            JsonNode after = JSON.readTree(DockerCli.run("info", "--format", "{{json .}}"));
            if (counts(before).equals(counts(after)) && counts(before).equals(counts(read))) {
                info = read;
                cli = after;
            }
        }
        assertThat(info).as("a gateway read whose counts match two equal docker info reads").isNotNull();

        assertThat(info.host()).isEqualTo(cli.path("Name").asText());
        assertThat(info.engineVersion()).isEqualTo(cli.path("ServerVersion").asText())
                .isEqualTo(version.path("Version").asText());
        assertThat(info.apiVersion()).isEqualTo(version.path("ApiVersion").asText());
        assertThat(info.minApiVersion()).isEqualTo(version.path("MinAPIVersion").asText());
        assertThat(info.operatingSystem()).isEqualTo(cli.path("OperatingSystem").asText());
        assertThat(info.kernelVersion()).isEqualTo(cli.path("KernelVersion").asText());
        assertThat(info.architecture()).isEqualTo(cli.path("Architecture").asText());
        assertThat(info.cpus()).isEqualTo(cli.path("NCPU").asInt()).isPositive();
        assertThat(info.memoryBytes()).isEqualTo(cli.path("MemTotal").asLong()).isPositive();
        assertThat(info.storageDriver()).isEqualTo(cli.path("Driver").asText()).isNotEmpty();
        assertThat(info.dockerRootDir()).isEqualTo(cli.path("DockerRootDir").asText()).isNotEmpty();
        assertThat(info.loggingDriver()).isEqualTo(cli.path("LoggingDriver").asText()).isNotEmpty();
        assertThat(info.cgroupVersion()).isEqualTo(cli.path("CgroupVersion").asText()).isNotEmpty();
        assertThat(info.cgroupDriver()).isEqualTo(cli.path("CgroupDriver").asText());
        assertThat(info.swarmState()).isEqualTo(cli.path("Swarm").path("LocalNodeState").asText()).isNotEmpty();
        List<String> insecure = new ArrayList<>();
        cli.path("RegistryConfig").path("IndexConfigs").forEach(index -> {
            if (!index.path("Secure").asBoolean()) {
                insecure.add(index.path("Name").asText());
            }
        });
        cli.path("RegistryConfig").path("InsecureRegistryCIDRs").forEach(cidr -> insecure.add(cidr.asText()));
        assertThat(info.insecureRegistries()).isEqualTo(insecure).isNotEmpty();
        List<String> warnings = new ArrayList<>();
        cli.path("Warnings").forEach(warning -> warnings.add(warning.asText()));
        assertThat(info.warnings()).isEqualTo(warnings);
    }

    private static List<Integer> counts(JsonNode info) {
        return List.of(info.path("Containers").asInt(), info.path("ContainersRunning").asInt(),
                info.path("ContainersPaused").asInt(), info.path("ContainersStopped").asInt(),
                info.path("Images").asInt());
    }

    private static List<Integer> counts(SystemInfo info) {
        return List.of(info.containers(), info.containersRunning(), info.containersPaused(),
                info.containersStopped(), info.images());
    }

    @Test
    void diskUsageAgreesWithDockerSystemDf() throws Exception {
        String container = fixture.engine.createContainer(
                TestEngine.uniqueName("df"), "sh", "-c", "true");
        assertThat(container).isNotEmpty();
        DiskUsage usage = null;
        Map<String, JsonNode> cli = null;
        for (int attempt = 0; attempt < ATTEMPTS && usage == null; attempt++) {
            Map<String, JsonNode> before = systemDf();
            DiskUsage read = done(fixture.gateway.system().diskUsage());
            Map<String, JsonNode> after = systemDf();
            if (before.equals(after) && agrees(read, after)) {
                usage = read;
                cli = after;
            }
        }
        assertThat(usage).as("a gateway read between two equal docker system df reads that agrees with them")
                .isNotNull();

        assertThat(usage.categories()).extracting(DiskUsage.Category::type)
                .containsExactly("Images", "Containers", "Local Volumes", "Build Cache");
        for (DiskUsage.Category category : usage.categories()) {
            JsonNode row = cli.get(category.type());
            assertThat(category.totalCount()).isEqualTo(row.path("TotalCount").asInt());
            assertThat(category.active()).isEqualTo(row.path("Active").asInt());
            assertThat((double) category.size()).isCloseTo(DockerCli.bytes(row.path("Size").asText()),
                    within(rounding(row.path("Size").asText())));
            assertThat((double) category.reclaimable()).isCloseTo(
                    DockerCli.bytes(row.path("Reclaimable").asText()),
                    within(rounding(row.path("Reclaimable").asText())));
            long percent = DockerCli.percent(row.path("Reclaimable").asText());
            if (percent >= 0) {
                assertThat(category.reclaimablePercent()).isEqualTo(percent);
            }
        }
        assertThat(usage.categories().get(0).totalCount()).isPositive(); // the test image at least
        assertThat(usage.categories().get(1).totalCount()).isPositive(); // this test's container at least
    }

    /** What the CLI's four significant digits may hide. */
    private static double rounding(String human) {
        return DockerCli.bytes(human) * 0.0006 + 1;
    }

    private static boolean agrees(DiskUsage usage, Map<String, JsonNode> cli) {
        for (DiskUsage.Category category : usage.categories()) {
            JsonNode row = cli.get(category.type());
            if (row == null || category.totalCount() != row.path("TotalCount").asInt()
                    || category.active() != row.path("Active").asInt()
                    || Math.abs(category.size() - DockerCli.bytes(row.path("Size").asText()))
                    > rounding(row.path("Size").asText())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> systemDf() throws Exception {
        Map<String, JsonNode> rows = new HashMap<>();
        for (String line : DockerCli.run("system", "df", "--format", "{{json .}}").split("\n")) {
            if (!line.isBlank()) {
                JsonNode row = JSON.readTree(line);
                rows.put(row.path("Type").asText(), row);
            }
        }
        return rows;
    }
}
