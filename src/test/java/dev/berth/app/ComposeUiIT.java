package dev.berth.app;

import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import dev.berth.compose.ComposeView;
import dev.berth.compose.ProjectRow;
import dev.berth.daemon.logs.LogLine;
import dev.berth.logs.LogView;
import dev.berth.testing.TestEngine;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.berth.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Compose section end to end against the real engine: a compose file of two busybox services and a named volume
 * is opened, brought up, its combined log read, its containers grouped under it in Containers, stopped and taken
 * down with its volume, each step checked through the engine.
 */
class ComposeUiIT extends BerthUiIT {
    private static final String PROJECT_LABEL = "com.docker.compose.project";

    @TempDir
    Path folder;
    private String project;

    @AfterEach
    void takeTheProjectDown() {
        robot.clickOn("#nav-containers"); // the next test class starts where this one left the window
        if (project == null) {
            return;
        }
        Map<String, String> mine = Map.of(PROJECT_LABEL, project);
        engine.client().listContainersCmd().withShowAll(true).withLabelFilter(mine).exec()
                .forEach(container -> engine.removeQuietly(container.getId()));
        engine.client().listNetworksCmd().withFilter("label", List.of(PROJECT_LABEL + "=" + project)).exec()
                .forEach(network -> engine.client().removeNetworkCmd(network.getId()).exec());
        engine.removeVolumeQuietly(project + "_data");
    }

    private Path composeFile() throws IOException {
        try (InputStream resource = getClass().getResourceAsStream("/compose/two-services/compose.yaml")) {
            String text = new String(resource.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("name: berth-test-compose", "name: " + project);
            return Files.writeString(folder.resolve("compose.yaml"), text);
        }
    }

    private List<Container> containers() {
        return engine.client().listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(PROJECT_LABEL, project)).exec();
    }

    private List<Network> networks() {
        return engine.client().listNetworksCmd().withFilter("label", List.of(PROJECT_LABEL + "=" + project)).exec();
    }

    private boolean volumeExists() {
        return engine.client().listVolumesCmd().exec().getVolumes().stream()
                .anyMatch(volume -> volume.getName().equals(project + "_data"));
    }

    @SuppressWarnings("unchecked")
    private TableView<ProjectRow> projects() {
        return robot.lookup("#compose-projects").queryAs(TableView.class);
    }

    private ProjectRow row() {
        return onFx(() -> projects().getItems().stream().filter(row -> row.name().equals(project)).findFirst()
                .orElse(null));
    }

    private String stateText() {
        return onFx(() -> row().statusProperty().get().label());
    }

    private List<String> logLines() {
        return onFx(() -> robot.lookup("#compose-details .log-view").tryQueryAs(LogView.class)
                .map(view -> view.model().lines().stream().map(LogLine::text).toList()).orElse(List.of()));
    }

    /** The Containers table's rows in order, a project's row marked "▸ ". */
    private List<String> groupedNames() {
        return onFx(() -> table().getItems().stream().map(row -> (row.isGroupHeader() ? "▸ " : "") + row.name())
                .toList());
    }

    @Test
    void aComposeFileGoesUpShowsBothServicesLogsStopsAndGoesDownWithItsVolume() throws IOException {
        project = TestEngine.uniqueName("compose");
        Path file = composeFile();
        robot.clickOn("#nav-compose");
        ComposeView view = robot.lookup(".compose-view").queryAs(ComposeView.class);
        // what Ctrl+O does once the file chooser answers (the platform's chooser has no headless stand-in)
        robot.interact(() -> view.model().open(List.of(file)));
        await().atMost(Duration.ofSeconds(10)).until(() -> row() != null && "Not created".equals(stateText()));
        await().atMost(Duration.ofSeconds(5)).until(() -> onFx(() ->
                projects().getSelectionModel().getSelectedItem() == row()));

        robot.clickOn("#compose-up");

        await().atMost(Duration.ofSeconds(60)).until(() -> containers().size() == 2
                && containers().stream().allMatch(container -> "running".equals(container.getState())));
        assertThat(containers()).extracting(container -> container.getNames()[0])
                .containsExactlyInAnyOrder("/" + project + "-web-1", "/" + project + "-db-1");
        assertThat(containers()).allSatisfy(container -> assertThat(container.getLabels())
                .containsEntry(PROJECT_LABEL, project)
                .containsEntry("com.docker.compose.project.config_files", file.toString())
                .containsEntry("com.docker.compose.oneoff", "False")
                .containsEntry(TestEngine.TEST_LABEL, "true"));
        assertThat(networks()).extracting(Network::getName).containsExactly(project + "_default");
        assertThat(volumeExists()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> "Running 2/2".equals(stateText()));
        assertThat(onFx(() -> robot.lookup("#compose-activity-status").queryLabeled().getText()))
                .isEqualTo(project + " is up");

        robot.clickOn("#compose-tab-logs");
        await().atMost(Duration.ofSeconds(15)).until(() -> logLines().stream().anyMatch(line ->
                line.contains("web-1  | ") && line.endsWith("web says hello"))
                && logLines().stream().anyMatch(line -> line.contains("db-1   | ") && line.endsWith("db is ready")));

        robot.clickOn("#nav-containers");
        robot.clickOn("#group-by-project");
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> groupedNames().indexOf("▸ " + project) >= 0));
        List<String> grouped = groupedNames();
        int at = grouped.indexOf("▸ " + project);
        assertThat(grouped.subList(at + 1, at + 3)).containsExactlyInAnyOrder(project + "-web-1", project + "-db-1");
        assertThat(onFx(() -> table().getItems().get(at).summaryProperty().get().status())).isEqualTo("Running (2/2)");
        robot.clickOn("#group-by-project");
        assertThat(groupedNames()).noneMatch(name -> name.startsWith("▸ "));
        robot.clickOn("#nav-compose");

        robot.clickOn("#compose-stop");
        await().atMost(Duration.ofSeconds(30)).until(() -> containers().size() == 2
                && containers().stream().allMatch(container -> "exited".equals(container.getState())));
        await().atMost(Duration.ofSeconds(10)).until(() -> "Exited".equals(stateText()));

        robot.clickOn("#compose-down");
        robot.clickOn("#down-volumes");
        assertThat(onFx(() -> robot.lookup(".command-text").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList()))
                .contains("$ docker compose -f " + file + " -p " + project + " down -v");
        robot.clickOn("#confirm-button");

        await().atMost(Duration.ofSeconds(30)).until(() -> containers().isEmpty() && networks().isEmpty()
                && !volumeExists());
        await().atMost(Duration.ofSeconds(10)).until(() -> "Not created".equals(stateText()));
        robot.interact(() -> view.model().removeFromList());
        await().atMost(Duration.ofSeconds(10)).until(() -> row() == null);
    }
}
