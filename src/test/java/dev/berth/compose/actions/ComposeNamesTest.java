package dev.berth.compose.actions;

import dev.berth.compose.model.ComposeProject;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.testing.ComposeProjects;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.berth.testing.ComposeProjects.service;
import static org.assertj.core.api.Assertions.assertThat;

class ComposeNamesTest {

    @Test
    void containersAreProjectDashServiceDashNumberUnlessTheyHaveAContainerName() {
        assertThat(ComposeNames.container("shop", service("web").build(), 3)).isEqualTo("shop-web-3");
        assertThat(ComposeNames.container("shop", service("web").containerName("front").build(), 1))
                .isEqualTo("front");
    }

    @Test
    void aServiceThatOnlyBuildsRunsAnImageNamedProjectDashService() {
        assertThat(ComposeNames.image("shop", service("web").image(null).build())).isEqualTo("shop-web");
        assertThat(ComposeNames.image("shop", service("web").image("nginx:1").build())).isEqualTo("nginx:1");
    }

    @Test
    void networksAndVolumesAreTheNamesTheLoaderResolvedElseProjectUnderscoreKey() {
        ComposeProject project = ComposeProjects.project("shop", Path.of("/p")).network("back").volume("data")
                .build();

        assertThat(ComposeNames.network(project, "back")).isEqualTo("shop_back");
        assertThat(ComposeNames.volume(project, "data")).isEqualTo("shop_data");
        assertThat(ComposeNames.network(project, "other")).isEqualTo("shop_other");
    }

    @Test
    void theNumberComesFromItsLabelElseFromTheEndOfAV1OrV2Name() {
        assertThat(ComposeNames.number(container("shop-web-7", Map.of(ComposeLabels.CONTAINER_NUMBER, "2"))))
                .isEqualTo(2);
        assertThat(ComposeNames.number(container("shop_web_4", Map.of()))).isEqualTo(4);
        assertThat(ComposeNames.number(container("shop-web-5", Map.of()))).isEqualTo(5);
        assertThat(ComposeNames.number(container("front", Map.of()))).isZero();
    }

    static ContainerSummary container(String name, Map<String, String> labels) {
        return new ContainerSummary("id-" + name, name, "img", "sha256:img", "", ContainerState.RUNNING, "Up",
                List.of(), Instant.EPOCH, labels);
    }
}
