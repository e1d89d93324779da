package dev.berth.app;

import dev.berth.testing.TestEngine;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dev.berth.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Bulk and single container actions driven through the toolbar, checked through the engine. */
class ContainerActionsUiIT extends BerthUiIT {

    private List<String> runThree(String group) {
        List<String> names = List.of(group + "-a", group + "-b", group + "-c");
        List<String> ids = names.stream().map(engine::runContainer).toList();
        names.forEach(this::awaitRow);
        return ids;
    }

    private void selectAllMatching(String group) {
        selectRow(group, group + "-a");
        robot.press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT);
        assertThat(onFx(() -> table().getSelectionModel().getSelectedItems().size())).isEqualTo(3);
    }

    @Test
    void threeSelectedContainersAreStoppedThenRemovedAfterOneConfirmationNamingEach() {
        String group = "berth-test-bulk-" + UUID.randomUUID().toString().substring(0, 6);
        List<String> ids = runThree(group);
        selectAllMatching(group);

        robot.clickOn("#container-stop");
        await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().noneMatch(engine::isRunning));

        robot.clickOn("#container-rm");
        for (String suffix : List.of("-a", "-b", "-c")) {
            assertThat(robot.lookup(".dialog-pane").lookup("• " + group + suffix).tryQuery()).isPresent();
        }
        robot.clickOn("#confirm-button");
        await().atMost(Duration.ofSeconds(15)).until(() -> ids.stream().noneMatch(engine::exists));
    }

    @Test
    void killPauseResumeAndRenameReachTheEngine() {
        String name = TestEngine.uniqueName("ui-acts");
        String id = engine.runContainer(name);
        awaitRow(name);
        selectRow(name, name);

        robot.clickOn("#container-pause");
        await().atMost(Duration.ofSeconds(10)).until(() -> Boolean.TRUE.equals(engine.inspect(id).getState().getPaused()));
        robot.clickOn("#container-unpause");
        await().atMost(Duration.ofSeconds(10)).until(() -> !Boolean.TRUE.equals(engine.inspect(id).getState().getPaused()));

        String renamed = name + "-renamed";
        robot.clickOn("#container-rename");
        robot.interact(() -> robot.lookup("#rename-field").queryTextInputControl().setText(renamed));
        robot.clickOn("OK");
        await().atMost(Duration.ofSeconds(10)).until(() -> engine.inspect(id).getName().equals("/" + renamed));
        await().atMost(Duration.ofSeconds(10)).until(() -> rowNamed(renamed) != null);

        selectRow(renamed, renamed);
        robot.clickOn("#container-kill");
        await().atMost(Duration.ofSeconds(10)).until(() -> !engine.isRunning(id));
        assertThat(engine.inspect(id).getState().getExitCodeLong()).isEqualTo(137L);
    }
}
