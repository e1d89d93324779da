package dev.berth.app;

import dev.berth.daemon.containers.ContainerState;
import dev.berth.testing.TestEngine;
import dev.berth.ui.AgeCell;
import dev.berth.ui.ThemeTrim;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
    void theTableAndTheDetailsTellOneAgeWhileItGoesOn() {
        String name = TestEngine.uniqueName("ui-age");
        engine.runContainer(name);
        awaitRow(name);
        selectRow(name, name);
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(this::createdInDetails) != null);

        List<String> first = onFx(() -> List.of(createdInTable(name), createdInDetails()));
        assertThat(first.get(1)).endsWith(" · " + first.get(0));
        await().atMost(Duration.ofSeconds(10)).until(() -> !onFx(() -> createdInTable(name)).equals(first.get(0)));
        List<String> later = onFx(() -> List.of(createdInTable(name), createdInDetails()));
        assertThat(later.get(1)).endsWith(" · " + later.get(0));
    }

    /** The container's age in its row: "5 seconds ago". */
    private String createdInTable(String name) {
        return robot.from(tableRowOf(name)).lookup((Node node) -> node instanceof AgeCell).queryAs(AgeCell.class)
                .getText();
    }

    /** The Created line of the details' Overview ("2026-11-28 10:00:00 · 5 seconds ago"), or null before it shows. */
    private String createdInDetails() {
        return robot.lookup("#details-overview .details-key").match((Label key) -> key.getText().equals("Created")
                        && visibleInTree(key))
                .tryQueryAs(Label.class).map(key -> ((GridPane) key.getParent()).getChildren().stream()
                        .filter(value -> value != key && GridPane.getRowIndex(value).equals(GridPane.getRowIndex(key)))
                        .map(value -> ((Label) value).getText()).findFirst().orElse(null))
                .orElse(null);
    }

    /** Selecting another container changes the Overview's texts; only rows past the shorter list's end come or go. */
    @Test
    void anotherContainerKeepsTheOverviewsNodesAndItsRowsFollowItsLists() {
        String prefix = TestEngine.uniqueName("ui-overview");
        String labelled = prefix + "-labelled";
        engine.removeAtTheEnd(engine.client().createContainerCmd(TestEngine.IMAGE).withName(labelled)
                .withLabels(Map.of(TestEngine.TEST_LABEL, "true", "dev.berth.team", "platform")).withCmd("true")
                .exec().getId());
        String plain = prefix + "-plain";
        engine.createContainer(plain, "true");
        awaitRow(labelled);
        awaitRow(plain);

        selectRow(prefix, labelled);
        awaitOverviewOf(labelled);
        List<Node> first = onFx(this::overviewNodes);
        assertThat(onFx(this::shownOverviewTexts)).contains("dev.berth.team", "platform", TestEngine.TEST_LABEL);

        selectRow(prefix, plain);
        awaitOverviewOf(plain);
        List<Node> second = onFx(this::overviewNodes);
        assertThat(onFx(this::shownOverviewTexts)).contains(TestEngine.TEST_LABEL, "true")
                .doesNotContain("dev.berth.team", "platform");
        assertThat(first).as("the same nodes, less the second label's row").containsAll(second);
        assertThat(second).hasSize(first.size() - 2);

        selectRow(prefix, labelled);
        awaitOverviewOf(labelled);
        assertThat(onFx(this::shownOverviewTexts)).contains("dev.berth.team", "platform", TestEngine.TEST_LABEL);
    }

    private void awaitOverviewOf(String name) {
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() ->
                robot.lookup("#details-name").queryLabeled().getText().equals(name)
                        && robot.lookup("#details-overview .details-sections").query().isVisible()));
    }

    private List<Node> overviewNodes() {
        List<Node> all = new ArrayList<>();
        collect(robot.lookup("#details-overview .details-sections").query(), all);
        return all;
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent && !(node instanceof Control)) { // not a control's own parts
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    /** The texts of the Overview's labels that show: they and every parent up to the page are visible. */
    private List<String> shownOverviewTexts() {
        return overviewNodes().stream().filter(node -> node instanceof Label && visibleInTree(node))
                .map(node -> ((Label) node).getText()).toList();
    }

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
    void theWindowWearsBerthsIconAndAboutNamesTheVersionTheEngineAndTheLogFile() {
        Stage main = onFx(() -> (Stage) robot.lookup(".main-window").query().getScene().getWindow());
        assertThat(onFx(() -> main.getIcons().stream().map(Image::getWidth).toList()))
                .containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);

        robot.clickOn("#show-about");
        await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup("#about-berth").tryQuery().isPresent());
        Stage about = onFx(() -> (Stage) robot.lookup("#about-berth").query().getScene().getWindow());
        assertThat(onFx(() -> about.getIcons())).containsExactlyElementsOf(onFx(main::getIcons));
        assertThat(onFx(() -> robot.lookup("#about-version").queryAs(Label.class).getText()))
                .matches("Version \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        await().atMost(Duration.ofSeconds(15)).until(() -> onFx(() ->
                robot.lookup("#about-engine").queryAs(Label.class).getText()).contains(TestEngine.HOST));
        assertThat(onFx(() -> robot.lookup("#about-log-file").queryTextInputControl().getText()))
                .isEqualTo(Path.of(System.getProperty("berth.logDir"), "berth.log").toString());

        robot.clickOn("#about-close");
        assertThat(onFx(about::isShowing)).isFalse();
    }

    private static Set<String> styleClassesUnder(Node node) {
        Set<String> classes = new HashSet<>(node.getStyleClass());
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> classes.addAll(styleClassesUnder(child)));
        }
        return classes;
    }

    @Test
    void everySectionOpensFromItsShortcut() {
        Map<Section, String> views = Map.of(Section.CONTAINERS, "ContainersView", Section.IMAGES, "ImagesView",
                Section.NETWORKS, "NetworksView", Section.VOLUMES, "VolumesView", Section.COMPOSE, "ComposeView",
                Section.EVENTS, "EventsView", Section.SYSTEM, "DashboardView");
        for (Section section : Section.values()) {
            robot.press(KeyCode.CONTROL, KeyCode.getKeyCode(String.valueOf(section.shortcutDigit())))
                    .release(KeyCode.getKeyCode(String.valueOf(section.shortcutDigit())), KeyCode.CONTROL);
            assertThat(onFx(() -> robot.lookup("#nav-" + section.name().toLowerCase(Locale.ROOT))
                    .queryAs(ToggleButton.class).isSelected())).as(section.title).isTrue();
            assertThat(onFx(() -> robot.lookup(".main-window").queryAs(BorderPane.class).getCenter().getClass()
                    .getSimpleName())).isEqualTo(views.get(section));
            assertThat(onFx(() -> styleClassesUnder(robot.lookup(".main-window").queryAs(BorderPane.class))))
                    .as("style classes whose rules Berth's copy of the theme left out (ThemeTrim)")
                    .doesNotContainAnyElementsOf(ThemeTrim.UNUSED_STYLE_CLASSES);
        }
        robot.clickOn("#nav-containers");
        assertThat(robot.lookup("#containers-table").tryQuery()).isPresent();
    }
}
