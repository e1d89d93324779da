package dev.berth.app;

import dev.berth.daemon.ContainerState;
import dev.berth.testing.TestEngine;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The real Berth window (headless Monocle) against the real engine; results are checked through the engine. */
class BerthAppUiIT extends BerthUiTest {

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
        selectRow(name, name);
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
        selectRow(name, name);
        robot.clickOn("#container-rm");

        assertThat(robot.lookup(".dialog-pane").lookup("• " + name).tryQuery()).isPresent();
        robot.clickOn("#confirm-button");
        await().atMost(Duration.ofSeconds(10)).until(() -> !engine.exists(id));
        await().atMost(Duration.ofSeconds(10)).until(() -> rowNamed(name) == null);
    }

    @Test
    void sectionsWithoutAViewSayWhatToUseMeanwhile() {
        robot.clickOn("#nav-volumes");
        assertThat(robot.lookup("Volumes are coming soon").tryQuery()).isPresent();
        robot.clickOn("#nav-containers");
        assertThat(robot.lookup("#containers-table").tryQuery()).isPresent();
    }
}
