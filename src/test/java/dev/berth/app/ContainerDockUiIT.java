package dev.berth.app;

import dev.berth.containers.ContainerDock;
import dev.berth.logs.LogView;
import dev.berth.testing.TestEngine;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static dev.berth.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The pane under the containers table: maximised and restored, and a log or console in a window of its own. */
class ContainerDockUiIT extends BerthUiIT {

    private boolean tableShown() {
        return onFx(() -> robot.lookup("#containers-table").tryQuery().map(table -> table.getScene() != null)
                .orElse(false));
    }

    private SplitPane split() {
        return onFx(() -> (SplitPane) robot.lookup("#container-dock").query().getParent().getParent());
    }

    private Optional<Stage> windowTitled(String title) {
        return onFx(() -> Window.getWindows().stream().filter(window -> window instanceof Stage stage
                && title.equals(stage.getTitle()) && stage.isShowing()).map(Stage.class::cast).findFirst());
    }

    /** A point on the dock's tab bar right of its tabs. */
    private Point2D emptyTabBar() {
        Node tabBar = onFx(() -> robot.lookup(".tab-header-area").match((Node area) ->
                area.getParent() == robot.lookup("#dock-tabs").query()).query());
        Bounds bar = onFx(() -> tabBar.localToScreen(tabBar.getLayoutBounds()));
        return new Point2D(bar.getMinX() + bar.getWidth() * 0.6, bar.getCenterY());
    }

    @AfterEach
    void restoreTheDock() {
        robot.interact(() -> robot.lookup("#container-dock").queryAs(ContainerDock.class).maximizedProperty()
                .set(false));
    }

    @Test
    void theDockTakesTheWholeTabByButtonOrDoubleClickAndEscGivesTheTableBack() {
        double divider = onFx(() -> split().getDividerPositions()[0]);

        robot.clickOn("#dock-maximize");
        assertThat(tableShown()).as("the table steps aside").isFalse();
        robot.type(KeyCode.ESCAPE);
        assertThat(tableShown()).as("Esc restores").isTrue();
        assertThat(onFx(() -> split().getDividerPositions()[0])).as("where the divider was")
                .isCloseTo(divider, Offset.offset(0.01));

        robot.doubleClickOn(emptyTabBar());
        assertThat(tableShown()).as("a double-click on the tab bar maximises").isFalse();
        robot.doubleClickOn(emptyTabBar());
        assertThat(tableShown()).as("and another one restores").isTrue();
    }

    @Test
    void aLogMovesToItsOwnWindowAndBackWhenThatWindowCloses() {
        String name = TestEngine.uniqueName("ui-popout");
        engine.runContainer(name);
        awaitRow(name);
        selectRow(name, name);
        robot.clickOn("#container-logs");
        Tab tab = onFx(() -> robot.lookup("#log-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem());
        Node log = onFx(tab::getContent);
        assertThat(log).isInstanceOf(LogView.class);

        robot.clickOn("#dock-pop-out");

        await().atMost(Duration.ofSeconds(5)).until(() -> windowTitled(name + " — Log").isPresent());
        Stage popped = windowTitled(name + " — Log").orElseThrow();
        assertThat(onFx(() -> log.getScene() == popped.getScene())).as("the log itself moved").isTrue();
        assertThat(onFx(() -> popped.getIcons().isEmpty())).as("with Berth's icon").isFalse();
        assertThat(onFx(() -> tab.getContent() != log)).as("the tab says where it went").isTrue();

        robot.interact(popped::close);

        assertThat(windowTitled(name + " — Log")).isEmpty();
        assertThat(onFx(tab::getContent)).as("back in its tab").isSameAs(log);
        assertThat(onFx(() -> log.getScene() != null)).isTrue();
    }

    @Test
    void aConsoleInItsOwnWindowComesBackAndClosesWithItsContainer() {
        String name = TestEngine.uniqueName("ui-popout-sh");
        String id = engine.runContainer(name);
        awaitRow(name);
        selectRow(name, name);
        robot.clickOn("#container-console");
        TabPane consoles = robot.lookup("#console-tabs").queryAs(TabPane.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> onFx(() -> consoles.getTabs().size() == 1));

        robot.clickOn("#dock-pop-out");
        await().atMost(Duration.ofSeconds(5)).until(() -> windowTitled(name + " — Console").isPresent());

        engine.removeQuietly(id);

        await("the console ends with its container, window and all").atMost(Duration.ofSeconds(10))
                .until(() -> windowTitled(name + " — Console").isEmpty() && onFx(() -> consoles.getTabs().isEmpty()));
    }
}
