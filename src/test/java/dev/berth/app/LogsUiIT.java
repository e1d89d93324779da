package dev.berth.app;

import dev.berth.daemon.logs.LogLine;
import dev.berth.logs.LogView;
import dev.berth.testing.TestEngine;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.berth.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The log view, driven through the window against the real engine (the console: ConsoleUiIT). */
class LogsUiIT extends BerthUiIT {
    /** 60 numbered lines, every tenth followed by a "match" line, then the container idles. */
    private static final String[] PRINT_THEN_IDLE = {"sh", "-c", "trap 'exit 0' TERM; i=0; while [ $i -lt 60 ]; do "
            + "i=$((i+1)); echo \"line $i\"; [ $((i % 10)) = 0 ] && echo \"match $i\"; done; "
            + "while :; do sleep 1; done"};

    /** 5,000 numbered lines at once, then one more every 200 ms. */
    private static final String[] MANY_THEN_SLOWLY = {"sh", "-c", "trap 'exit 0' TERM; seq 1 5000 | sed 's/^/row /'; "
            + "i=5000; while :; do i=$((i+1)); echo \"row $i\"; sleep 0.2; done"};

    @TempDir
    Path folder;

    /** The log in the selected tab (the tabs of earlier tests stay open, showing that their container is gone). */
    private LogView logView() {
        return robot.lookup((Node node) -> node instanceof LogView && shown(node)).queryAs(LogView.class);
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> dockerLogs(String id) throws IOException, InterruptedException {
        Process cli = new ProcessBuilder("docker", "logs", id).redirectErrorStream(true).start();
        byte[] out = cli.getInputStream().readAllBytes();
        cli.waitFor(30, TimeUnit.SECONDS);
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theLogViewSearchesFiltersAndSavesWhatDockerLogsPrints() throws Exception {
        String name = TestEngine.uniqueName("ui-logs");
        String id = engine.createContainer(name, PRINT_THEN_IDLE);
        engine.client().startContainerCmd(id).exec();
        await().atMost(Duration.ofSeconds(10)).until(() -> dockerLogs(id).size() == 66);
        awaitRow(name);
        selectRow(name, name);

        robot.clickOn("#container-logs");
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> logView().list().getItems().size()) == 66);

        robot.clickOn("#log-search").write("match");
        await().atMost(Duration.ofSeconds(5)).until(() -> onFx(() ->
                robot.lookup("#log-search-status").queryLabeled().getText()).contains("of 6"));
        robot.clickOn("#log-filter");
        ListView<LogLine> list = onFx(() -> logView().list());
        await().atMost(Duration.ofSeconds(5)).until(() -> onFx(() -> list.getItems().size()) == 6);
        assertThat(onFx(() -> list.getItems().stream().map(LogLine::text).toList()))
                .allMatch(text -> text.startsWith("match "));

        File matches = folder.resolve("matches.log").toFile();
        File all = folder.resolve("all.log").toFile();
        robot.interact(() -> logView().setFileChooser((owner, suggested) -> matches));
        robot.clickOn("#log-save").clickOn("Save the matching lines…");
        await().atMost(Duration.ofSeconds(10)).until(() -> matches.exists() && lines(matches).size() == 6);
        robot.interact(() -> logView().setFileChooser((owner, suggested) -> all));
        robot.clickOn("#log-save").clickOn("Save all lines…");
        await().atMost(Duration.ofSeconds(10)).until(() -> all.exists() && lines(all).size() == 66);

        List<String> cli = dockerLogs(id);
        assertThat(lines(all)).isEqualTo(cli);
        assertThat(lines(matches)).isEqualTo(cli.stream().filter(line -> line.contains("match")).toList());
    }

    @Test
    void scrollingUpAFollowedLogStaysWhereItWasWithEveryLineAndTheEndFollowsAgain() throws Exception {
        String name = TestEngine.uniqueName("ui-follow");
        String id = engine.createContainer(name, MANY_THEN_SLOWLY);
        engine.client().startContainerCmd(id).exec();
        awaitRow(name);
        selectRow(name, name);
        robot.clickOn("#container-logs");
        robot.interact(() -> logView().model().chooseRange("all"));
        ListView<LogLine> list = onFx(() -> logView().list());
        await().atMost(Duration.ofSeconds(15)).until(() -> onFx(() -> logView().model().lines().size()) > 5000);

        assertThat(onFx(() -> list.getItems().size())).as("rows held while following").isEqualTo(2000);
        await().atMost(Duration.ofSeconds(5)).until(() -> onFx(() -> lastVisibleRow(list) == 1999));

        robot.clickOn(list); // selects the row under the pointer; the list goes on following
        String selected = onFx(() -> list.getSelectionModel().getSelectedItem().text());
        ScrollBar bar = onFx(() -> list.lookupAll(".scroll-bar").stream().map(node -> (ScrollBar) node)
                .filter(node -> node.getOrientation() == Orientation.VERTICAL).findFirst().orElseThrow());
        int screenful = onFx(() -> visibleRows(list).size());
        Bounds track = onFx(() -> bar.localToScreen(bar.getLayoutBounds()));
        robot.clickOn(new Point2D(track.getCenterX(), track.getMinY() + track.getHeight() / 4)); // a page up
        await().atMost(Duration.ofSeconds(5)).until(() -> onFx(() -> !logView().model().autoScrollProperty().get()));
        int all = onFx(() -> list.getItems().size());
        assertThat(all).as("every kept line, once the user scrolled up").isGreaterThan(5000)
                .isEqualTo(onFx(() -> logView().model().lines().size()));
        assertThat(onFx(() -> list.getSelectionModel().getSelectedItems().stream().map(LogLine::text).toList()))
                .as("the selection moved with its line").containsExactly(selected);
        String topLine = onFx(() -> list.getItems().get(firstVisibleRow(list)).text());
        assertThat(Integer.parseInt(topLine.substring("row ".length()))).as("a little above the end, not at the start")
                .isBetween(all - 2000, all - screenful);
        await().atMost(Duration.ofSeconds(5)).until(() -> onFx(() -> list.getItems().size()) >= all + 3);
        assertThat(onFx(() -> list.getItems().get(firstVisibleRow(list)).text())).isEqualTo(topLine);

        robot.clickOn("#log-end");
        await().atMost(Duration.ofSeconds(5)).until(() -> onFx(() -> list.getItems().size() == 2000
                && lastVisibleRow(list) == 1999 && logView().model().autoScrollProperty().get()));
        assertThat(onFx(() -> list.getSelectionModel().getSelectedItem().text())).isEqualTo(selected);
    }

    /** The rows of the list's cells that show a line inside its viewport, lowest first. */
    private static List<Integer> visibleRows(ListView<?> list) {
        Node viewport = list.lookup(".clipped-container");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        return list.lookupAll(".list-cell").stream().map(node -> (ListCell<?>) node)
                .filter(cell -> cell.isVisible() && !cell.isEmpty() && cell.getIndex() >= 0)
                .filter(cell -> {
                    Bounds bounds = cell.localToScene(cell.getLayoutBounds());
                    return bounds.getMaxY() > view.getMinY() + 1 && bounds.getMinY() < view.getMaxY() - 1;
                })
                .map(ListCell::getIndex).sorted().toList();
    }

    private static int firstVisibleRow(ListView<LogLine> list) {
        return visibleRows(list).get(0);
    }

    private static int lastVisibleRow(ListView<?> list) {
        List<Integer> rows = visibleRows(list);
        return rows.isEmpty() ? -1 : rows.get(rows.size() - 1);
    }

    private static List<String> lines(File file) throws IOException {
        return Files.readAllLines(file.toPath(), StandardCharsets.UTF_8);
    }
}
