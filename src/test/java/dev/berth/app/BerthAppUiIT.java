package dev.berth.app;

import dev.berth.containers.ContainerRow;
import dev.berth.daemon.ContainerState;
import dev.berth.testing.TestEngine;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The real Berth window (headless Monocle) against the real engine; results are checked through the engine. */
class BerthAppUiIT {
    private static TestEngine engine;
    private static Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void launch() throws Exception {
        engine = TestEngine.connect();
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(BerthApp.class);
    }

    @AfterAll
    static void shutDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        if (engine != null) {
            engine.close();
        }
    }

    @AfterEach
    void removeContainers() {
        engine.removeCreated();
        robot.interact(() -> robot.lookup("#container-search").queryTextInputControl().clear());
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception failed) {
            throw new AssertionError("Reading from the FX thread failed", failed);
        }
    }

    private TableView<ContainerRow> table() {
        return robot.lookup("#containers-table").queryTableView();
    }

    private ContainerRow rowNamed(String name) {
        return onFx(() -> table().getItems().stream().filter(row -> row.name().equals(name)).findFirst()
                .orElse(null));
    }

    /** Narrows the table to one container by typing its name, then clicks its row. */
    private void selectRow(String name) {
        robot.clickOn("#container-search").write(name);
        ContainerRow row = rowNamed(name);
        robot.clickOn(robot.lookup(".table-row-cell").match((TableRow<?> cell) -> cell.getItem() == row)
                .queryAs(TableRow.class));
        assertThat(onFx(() -> table().getSelectionModel().getSelectedItem())).isSameAs(row);
    }

    /** What the state pill of the container's row reads on screen. */
    private String badgeTextOf(String name) {
        ContainerRow row = rowNamed(name);
        TableRow<?> cell = robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() == row)
                .queryAs(TableRow.class);
        return robot.from(cell).lookup(".state-badge").queryLabeled().getText();
    }

    @Test
    void theStatusBarNamesTheEngineAndItsApiVersion() {
        String version = engine.client().versionCmd().exec().getVersion();
        await().atMost(Duration.ofSeconds(15)).until(() -> onFx(() ->
                robot.lookup("#engine-summary").queryAs(Label.class).getText()).contains("Docker " + version));
        assertThat(onFx(() -> robot.lookup("#engine-summary").queryAs(Label.class).getText()))
                .contains("API 1.4").contains(TestEngine.HOST);
    }

    @Test
    void aContainerStartedOutsideBerthAppearsAndStopsFromTheToolbar() {
        String name = TestEngine.uniqueName("ui-stop");
        String id = engine.runContainer(name);

        await().atMost(Duration.ofSeconds(10)).until(() -> rowNamed(name) != null
                && rowNamed(name).state() == ContainerState.RUNNING);
        selectRow(name);
        robot.clickOn("#container-stop");

        await().atMost(Duration.ofSeconds(20)).until(() -> !engine.isRunning(id));
        await().atMost(Duration.ofSeconds(10)).until(() -> rowNamed(name).state() == ContainerState.EXITED);
        await().atMost(Duration.ofSeconds(5)).until(() -> onFx(() -> badgeTextOf(name)).equals("Exited"));
        assertThat(robot.lookup("#last-command").queryAs(Node.class).isVisible()).isTrue();
    }

    @Test
    void removeAsksFirstNamingTheContainerThenRemovesIt() {
        String name = TestEngine.uniqueName("ui-rm");
        String id = engine.createContainer(name, "true");

        await().atMost(Duration.ofSeconds(10)).until(() -> rowNamed(name) != null);
        selectRow(name);
        robot.clickOn("#container-rm");

        assertThat(robot.lookup(".dialog-pane").lookup("• " + name).tryQuery()).isPresent();
        robot.clickOn("#confirm-button");
        await().atMost(Duration.ofSeconds(10)).until(() -> !engine.exists(id));
        await().atMost(Duration.ofSeconds(10)).until(() -> rowNamed(name) == null);
    }

    @Test
    void sectionsWithoutAViewSayWhatToUseMeanwhile() {
        robot.clickOn("#nav-images");
        assertThat(robot.lookup("Images are coming soon").tryQuery()).isPresent();
        robot.clickOn("#nav-containers");
        assertThat(robot.lookup("#containers-table").tryQuery()).isPresent();
    }
}
