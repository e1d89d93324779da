package dev.berth.app;

import dev.berth.daemon.containers.ContainerState;
import dev.berth.testing.TestEngine;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static dev.berth.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The real Berth window (headless Monocle) against the real engine; results are checked through the engine. */
class BerthAppUiIT extends BerthUiIT {

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

    /** Its "die" comes a moment before the engine's list stops saying running, and nothing comes after it. */
    @Test
    void aContainerThatExitsOnItsOwnShowsExited() {
        String name = TestEngine.uniqueName("ui-exits");
        String id = engine.createContainer(name, "sh", "-c", "sleep 1; exit 2");
        engine.client().startContainerCmd(id).exec();

        await().atMost(Duration.ofSeconds(10)).until(() -> rowNamed(name) != null
                && rowNamed(name).state() == ContainerState.RUNNING);
        await().atMost(Duration.ofSeconds(10)).until(() -> !engine.isRunning(id));
        await().atMost(Duration.ofSeconds(5)).until(() -> rowNamed(name).state() == ContainerState.EXITED);
        await().atMost(Duration.ofSeconds(5)).until(() -> onFx(() -> badgeTextOf(name)).equals("Exited"));
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
    void everySectionOpensFromItsShortcut() {
        Map<Section, String> views = Map.of(Section.CONTAINERS, "ContainersView", Section.IMAGES, "ImagesView",
                Section.NETWORKS, "NetworksView", Section.VOLUMES, "VolumesView", Section.EVENTS, "EventsView",
                Section.SYSTEM, "DashboardView");
        for (Section section : Section.values()) {
            robot.press(KeyCode.CONTROL, KeyCode.getKeyCode(String.valueOf(section.shortcutDigit())))
                    .release(KeyCode.getKeyCode(String.valueOf(section.shortcutDigit())), KeyCode.CONTROL);
            assertThat(onFx(() -> robot.lookup("#nav-" + section.name().toLowerCase(Locale.ROOT))
                    .queryAs(ToggleButton.class).isSelected())).as(section.title).isTrue();
            assertThat(onFx(() -> robot.lookup(".main-window").queryAs(BorderPane.class).getCenter().getClass()
                    .getSimpleName())).isEqualTo(views.get(section));
        }
        robot.clickOn("#nav-containers");
        assertThat(robot.lookup("#containers-table").tryQuery()).isPresent();
    }
}
