package dev.berth.compose.actions;

import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.testing.ComposeProjects;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static dev.berth.testing.ComposeProjects.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ComposeLabelsTest {
    private static final Path DIR = Path.of("/home/dev/shop");

    @Test
    void aContainerCarriesEveryLabelComposeV2WritesWithItsValueFormat() {
        ComposeProject project = ComposeProjects.project("shop", DIR).configFile(DIR.resolve("compose.override.yaml"))
                .service(service("web").label("tier", "front").dependsOn("db", Dependencies.HEALTHY))
                .service(service("db")).build();

        Map<String, String> labels = ComposeLabels.container(project, project.services().get("web"), 2, "abc123",
                "sha256:feed");

        assertThat(labels).contains(
                entry("com.docker.compose.project", "shop"),
                entry("com.docker.compose.service", "web"),
                entry("com.docker.compose.container-number", "2"),
                entry("com.docker.compose.oneoff", "False"),
                entry("com.docker.compose.config-hash", "abc123"),
                entry("com.docker.compose.project.working_dir", "/home/dev/shop"),
                entry("com.docker.compose.project.config_files",
                        "/home/dev/shop/compose.yaml,/home/dev/shop/compose.override.yaml"),
                entry("com.docker.compose.depends_on", "db:service_healthy:false"),
                entry("com.docker.compose.image", "sha256:feed"),
                entry("com.docker.compose.version", ComposeLabels.COMPOSE_COMPATIBILITY),
                entry("tier", "front"));
    }

    @Test
    void dependsOnIsNameConditionRestartCommaJoinedInFileOrderAndEmptyWithoutDependencies() {
        ServiceSpec web = service("web").dependsOn("db", Dependencies.HEALTHY)
                .dependsOn("cache", new ServiceSpec.DependsOn(Dependencies.STARTED, true, true))
                .dependsOn("init", Dependencies.COMPLETED).build();

        assertThat(ComposeLabels.dependsOn(web)).isEqualTo(
                "db:service_healthy:false,cache:service_started:true,init:service_completed_successfully:false");
        assertThat(ComposeLabels.dependsOn(service("db").build())).isEmpty();
    }

    @Test
    void theDependsOnLabelReadsBackAndOlderNameOnlyEntriesMeanStarted() {
        Map<String, ServiceSpec.DependsOn> read = ComposeLabels.dependsOn("db:service_healthy:false,cache::true,old");

        assertThat(read).containsOnlyKeys("db", "cache", "old");
        assertThat(read.get("db").condition()).isEqualTo(Dependencies.HEALTHY);
        assertThat(read.get("cache").restart()).isTrue();
        assertThat(read.get("old").condition()).isEqualTo(Dependencies.STARTED);
        assertThat(ComposeLabels.dependsOn((String) null)).isEmpty();
    }

    @Test
    void networksAndVolumesCarryTheProjectTheirKeyAndTheVersionBesideTheirOwnLabels() {
        assertThat(ComposeLabels.network("shop", "back", Map.of("team", "a"))).containsExactlyInAnyOrderEntriesOf(
                Map.of("team", "a", "com.docker.compose.network", "back", "com.docker.compose.project", "shop",
                "com.docker.compose.version", ComposeLabels.COMPOSE_COMPATIBILITY));
        assertThat(ComposeLabels.volume("shop", "data", Map.of())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "com.docker.compose.volume", "data", "com.docker.compose.project", "shop",
                "com.docker.compose.version", ComposeLabels.COMPOSE_COMPATIBILITY));
    }
}
