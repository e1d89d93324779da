package dev.berth.compose.actions;

import dev.berth.compose.model.ComposeProject;
import dev.berth.testing.ComposeProjects;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static dev.berth.testing.ComposeProjects.service;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project Berth did not start, known only through its labels: made by docker-compose v1 (names with "_"), then
 * found, stopped, started and taken down by Berth without its file.
 */
@ExtendWith(EngineRequired.class)
class ComposeAdoptIT {
    private final ComposeFixture fixture = new ComposeFixture();
    private final String name = fixture.project(ComposeProjects.uniqueName("adopt").replace("-", ""));
    @TempDir
    Path dir;

    @AfterEach
    void removeTheProject() throws Exception {
        fixture.close();
    }

    private Path v1File() throws Exception {
        String idle = "[\"sh\", \"-c\", \"trap 'exit 0' TERM; while :; do sleep 1; done\"]";
        return Files.writeString(dir.resolve("docker-compose.yml"), """
                version: "2.4"
                services:
                  db:
                    image: %1$s
                    command: %2$s
                    labels: {%3$s: "true"}
                    volumes: ["data:/data"]
                  web:
                    image: %1$s
                    command: %2$s
                    labels: {%3$s: "true"}
                    depends_on: [db]
                volumes:
                  data:
                    labels: {%3$s: "true"}
                networks:
                  default:
                    labels: {%3$s: "true"}
                """.formatted(TestEngine.IMAGE, idle, TestEngine.TEST_LABEL));
    }

    @Test
    void aV1ProjectIsFoundStoppedStartedAndTakenDownFromItsLabelsAlone() throws Exception {
        Path file = v1File();
        DockerComposeV1.run(file, name, "up", "-d");

        ProjectState project = ComposeFixture.done(fixture.actions.projects()).stream()
                .filter(state -> state.name().equals(name)).findFirst().orElseThrow();
        assertThat(project.containers()).extracting(ServiceContainer::service, ServiceContainer::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("db", 1),
                        org.assertj.core.groups.Tuple.tuple("web", 1));
        assertThat(project.containers()).extracting(container -> container.container().name())
                .containsExactly(name + "_db_1", name + "_web_1");
        assertThat(project.configFiles()).containsExactly(file.toString());
        assertThat(project.workingDir()).isEqualTo(dir.toString());
        assertThat(project.networks()).containsExactly(name + "_default");
        assertThat(project.volumes()).containsExactly(name + "_data");

        ComposeFixture.done(fixture.actions.stop(name, List.of(), fixture.progress::add));
        assertThat(fixture.containerNames(name)).noneMatch(container -> fixture.inspect(container).getState()
                .getRunning());

        ComposeFixture.done(fixture.actions.start(name, List.of(), fixture.progress::add));
        assertThat(fixture.containerNames(name)).allMatch(container -> fixture.inspect(container).getState()
                .getRunning());

        ComposeFixture.done(fixture.actions.down(name, new DownOptions(true, false), fixture.progress::add));
        assertThat(fixture.containerNames(name)).isEmpty();
        assertThat(fixture.networkExists(name + "_default")).isFalse();
        assertThat(fixture.volumeExists(name + "_data")).isFalse();
    }

    /**
     * Berth writes every label v1 writes (v2 adds depends_on and image), and the same labels on networks and
     * volumes; the names differ only in the separator, as v2's do.
     */
    @Test
    void berthWritesEveryLabelV1WritesAndNamesWithV2sSeparator() throws Exception {
        Path file = v1File();
        String v1Project = fixture.project(name + "v1");
        DockerComposeV1.run(file, v1Project, "up", "-d");
        ComposeProject berth = ComposeProjects.project(name, dir).volume("data")
                .service(service("db").volume("data", "/data"))
                .service(service("web").dependsOn("db", Dependencies.STARTED)).build();
        fixture.up(berth);

        Set<String> v1Labels = fixture.inspect(v1Project + "_web_1").getConfig().getLabels().keySet();
        Set<String> berthLabels = fixture.inspect(name + "-web-1").getConfig().getLabels().keySet();
        assertThat(berthLabels).containsAll(v1Labels)
                .contains("com.docker.compose.depends_on", "com.docker.compose.image");
        assertThat(fixture.client().inspectNetworkCmd().withNetworkId(name + "_default").exec().getLabels().keySet())
                .containsAll(fixture.client().inspectNetworkCmd().withNetworkId(v1Project + "_default").exec()
                        .getLabels().keySet());
        assertThat(fixture.client().inspectVolumeCmd(name + "_data").exec().getLabels().keySet())
                .containsAll(fixture.client().inspectVolumeCmd(v1Project + "_data").exec().getLabels().keySet());
        assertThat(fixture.inspect(name + "-web-1").getNetworkSettings().getNetworks().get(name + "_default")
                .getAliases()).contains("web", name + "-web-1");
        assertThat(fixture.inspect(v1Project + "_web_1").getNetworkSettings().getNetworks()
                .get(v1Project + "_default").getAliases()).contains("web");
    }
}
