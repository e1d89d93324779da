package dev.berth.app;

import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Image;
import dev.berth.testing.TestEngine;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static dev.berth.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Build dialog end to end: Ctrl/⌘+B, fill the form, build, and check the image through the engine. */
class BuildDialogUiIT extends BerthUiIT {
    private final String marker = UUID.randomUUID().toString();
    private final String tag = "berth-test/ui-build:" + marker.substring(0, 8);
    @TempDir
    Path context;

    @AfterEach
    void removeTheImageAndCloseTheDialog() {
        robot.lookup("#build-close").tryQuery().ifPresent(robot::clickOn);
        robot.clickOn("#nav-containers"); // a successful build sent the window to Images; the base class wants this
        try {
            // untagging the only tag deletes the image and its untagged parents: this run's marker makes all ours
            engine.client().removeImageCmd(tag).exec();
        } catch (NotFoundException neverBuilt) {
            // the build failed, as one of the tests wants: what it made is found by the marker
        }
        for (Image left : engine.client().listImagesCmd().withShowAll(true)
                .withLabelFilter(Map.of("dev.berth.test.build", marker)).exec()) {
            engine.client().removeImageCmd(left.getId()).exec();
        }
    }

    private void openAndFill(String dockerfile) throws IOException {
        Files.writeString(context.resolve("Dockerfile"), dockerfile);
        robot.press(KeyCode.SHORTCUT, KeyCode.B).release(KeyCode.B, KeyCode.SHORTCUT);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#build-context").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#build-context").queryTextInputControl().setText(context.toString()));
        robot.clickOn("#build-tags").write(tag);
    }

    private String outcome() {
        return onFx(() -> robot.lookup("#build-outcome").queryAs(Label.class).getText());
    }

    @Test
    void aBuildFromTheDialogMakesTheImageWithItsArgAndLabel() throws IOException {
        openAndFill(String.join("\n",
                "FROM " + TestEngine.IMAGE,
                "LABEL dev.berth.test.build=" + marker,
                "ARG FLAVOUR=plain",
                "ENV FLAVOUR=$FLAVOUR",
                "RUN echo \"flavour $FLAVOUR\"", ""));
        robot.clickOn("#build-arg-add");
        robot.clickOn("#build-arg-key-0").write("FLAVOUR");
        robot.clickOn("#build-arg-value-0").write("mint");
        // the labels lie below the form's scrolled view: fill them the way the keyboard would, without the mouse
        robot.interact(() -> robot.lookup("#build-label-add").queryButton().fire());
        robot.interact(() -> {
            robot.lookup("#build-label-key-0").queryTextInputControl().setText(TestEngine.TEST_LABEL);
            robot.lookup("#build-label-value-0").queryTextInputControl().setText("true");
        });
        String line = onFx(() -> robot.lookup("#build-command-line .command-text").queryAs(Label.class).getText());
        assertThat(line).isEqualTo("$ docker build -t " + tag + " --build-arg FLAVOUR=mint --label "
                + TestEngine.TEST_LABEL + "=true " + context);

        robot.clickOn("#build-submit");

        await().atMost(Duration.ofSeconds(60)).until(() -> outcome().startsWith("Built image"));
        InspectImageResponse image = engine.client().inspectImageCmd(tag).exec();
        assertThat(outcome()).isEqualTo("Built image " + image.getId().substring(7, 19) + " as " + tag + ".");
        assertWithinItsWindow(robot.lookup(".build-dialog").queryAs(DialogPane.class));
        assertThat(image.getConfig().getEnv()).contains("FLAVOUR=mint");
        assertThat(image.getConfig().getLabels()).containsEntry(TestEngine.TEST_LABEL, "true");
        assertThat(onFx(() -> robot.lookup("#build-output").queryListView().getItems().stream()
                .anyMatch(item -> item.toString().contains("flavour mint")))).isTrue();
        assertThat(onFx(() -> robot.lookup("#nav-images").queryAs(ToggleButton.class).isSelected())).isTrue();
        assertThat(onFx(() -> robot.lookup("#last-command .command-text").queryAs(Label.class).getText()))
                .contains("docker build -t " + tag);
    }

    @Test
    void aFailingStepIsMarkedInTheOutputAndNamedInTheOutcome() throws IOException {
        openAndFill(String.join("\n",
                "FROM " + TestEngine.IMAGE,
                "LABEL " + TestEngine.TEST_LABEL + "=true dev.berth.test.build=" + marker,
                "RUN echo breaking && exit 7", ""));

        robot.clickOn("#build-submit");

        await().atMost(Duration.ofSeconds(60)).until(() -> outcome().startsWith("The build failed"));
        assertThat(outcome()).contains("Step 3/3 : RUN echo breaking && exit 7", "non-zero code: 7");
        // the output list shows its last lines at the next refresh, a frame or two after the outcome
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(onFx(() -> robot
                .lookup(".build-failed-step").queryAll().stream().map(cell -> ((ListCell<?>) cell).getText())
                .toList())).containsExactly("Step 3/3 : RUN echo breaking && exit 7"));
    }
}
