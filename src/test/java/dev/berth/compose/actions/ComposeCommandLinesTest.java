package dev.berth.compose.actions;

import dev.berth.compose.model.ComposeProject;
import dev.berth.testing.ComposeProjects;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static dev.berth.testing.ComposeProjects.service;
import static org.assertj.core.api.Assertions.assertThat;

class ComposeCommandLinesTest {
    private static final Path DIR = Path.of("/home/dev/my shop");
    private final ComposeProject project = ComposeProjects.project("shop", DIR)
            .configFile(DIR.resolve("compose.prod.yaml")).service(service("web")).build();

    @Test
    void upNamesEveryFileQuotedWhereItHasSpacesAndItsOptions() {
        assertThat(ComposeCommandLines.up(project, UpOptions.DEFAULT)).isEqualTo(
                "docker compose -f '/home/dev/my shop/compose.yaml' -f '/home/dev/my shop/compose.prod.yaml' -p shop"
                        + " up -d");
        assertThat(ComposeCommandLines.up(project, new UpOptions(true, true, true)))
                .endsWith(" up -d --force-recreate --remove-orphans --build");
    }

    @Test
    void aProjectKnownOnlyByItsLabelsIsNamedWithPAlone() {
        assertThat(ComposeCommandLines.down(List.of(), "shop", new DownOptions(true, true)))
                .isEqualTo("docker compose -p shop down -v --remove-orphans");
        assertThat(ComposeCommandLines.down(List.of(), "shop", DownOptions.DEFAULT))
                .isEqualTo("docker compose -p shop down");
        assertThat(ComposeCommandLines.stop(List.of(), "shop", List.of("web", "db")))
                .isEqualTo("docker compose -p shop stop web db");
        assertThat(ComposeCommandLines.start(List.of(), "shop", List.of())).isEqualTo("docker compose -p shop start");
        assertThat(ComposeCommandLines.restart(List.of(Path.of("/p/compose.yaml")), "shop", List.of("web")))
                .isEqualTo("docker compose -f /p/compose.yaml -p shop restart web");
        assertThat(ComposeCommandLines.logs(List.of(), "shop", List.of())).isEqualTo("docker compose -p shop logs -f");
    }

    @Test
    void pullBuildConfigAndScaleNameTheFiles() {
        String files = "docker compose -f '/home/dev/my shop/compose.yaml' -f '/home/dev/my shop/compose.prod.yaml'"
                + " -p shop ";
        assertThat(ComposeCommandLines.pull(project)).isEqualTo(files + "pull");
        assertThat(ComposeCommandLines.build(project)).isEqualTo(files + "build");
        assertThat(ComposeCommandLines.config(project)).isEqualTo(files + "config");
        assertThat(ComposeCommandLines.scale(project, "web", 3))
                .isEqualTo(files + "up -d --scale web=3 --no-recreate web");
    }
}
