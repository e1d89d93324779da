package dev.berth.app;

import atlantafx.base.controls.Message;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.berth.containers.ContainerRow;
import dev.berth.images.ImageRow;
import dev.berth.images.transfer.LayerProgress;
import dev.berth.testing.LocalRegistry;
import dev.berth.testing.TestEngine;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static dev.berth.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Images tab and the Pull dialog, driven like a person would, checked through the engine. */
class ImagesUiIT extends BerthUiIT {
    private final List<String> localImages = new ArrayList<>();
    private final List<String> pushed = new ArrayList<>();
    private String pulledId;

    @AfterEach
    void backToContainersAndRemoveImages() {
        robot.interact(() -> Window.getWindows().stream().filter(window -> window.getScene() != null
                && window.getScene().getRoot() instanceof DialogPane).toList().forEach(Window::hide));
        robot.clickOn("#nav-containers");
        for (String image : localImages) {
            try {
                engine.client().removeImageCmd(image).withForce(true).exec();
            } catch (NotFoundException gone) {
                // removed by the test itself
            }
        }
        pushed.forEach(LocalRegistry::deleteQuietly);
    }

    private TableView<ImageRow> imagesTable() {
        return robot.lookup("#images-table").queryTableView();
    }

    private boolean existsLocally(String reference) {
        try {
            engine.client().inspectImageCmd(reference).exec();
            return true;
        } catch (NotFoundException gone) {
            return false;
        }
    }

    private String imageId(String reference) {
        return engine.client().inspectImageCmd(reference).exec().getId();
    }

    private String shownText(String id) {
        return onFx(() -> ((Label) robot.lookup(id).query()).getText());
    }

    /**
     * Commits a container of the test image that wrote a unique file (so the image has a layer of its own), pushes
     * it to the local registry under a new tag, then removes it locally.
     */
    private String pushedAndRemovedLocally(String tag) throws InterruptedException {
        String container = engine.createContainer(TestEngine.uniqueName("ui-pull-src"), "sh", "-c",
                "echo " + UUID.randomUUID() + " > /berth-unique");
        engine.client().startContainerCmd(container).exec();
        engine.client().waitContainerCmd(container).start().awaitStatusCode(30, TimeUnit.SECONDS);
        String reference = LocalRegistry.uniqueReference("ui-pull", tag);
        String repository = reference.substring(0, reference.lastIndexOf(':'));
        localImages.add(reference);
        pushed.add(reference);
        String id = engine.client().commitCmd(container).withRepository(repository).withTag(tag)
                .withLabels(Map.of(TestEngine.TEST_LABEL, "true")).exec();
        engine.removeQuietly(container);
        engine.client().pushImageCmd(repository).withTag(tag).start().awaitCompletion();
        engine.client().removeImageCmd(reference).exec();
        assertThat(existsLocally(id)).isFalse();
        pulledId = id;
        return reference;
    }

    @Test
    void pullsThroughTheDialogWithProgressAndSelectsTheResult() throws InterruptedException {
        String reference = pushedAndRemovedLocally("ui");
        robot.clickOn("#nav-images");
        robot.clickOn("#image-pull");
        robot.interact(() -> robot.lookup("#pull-reference").queryTextInputControl().setText("Not A/Reference"));
        assertThat(onFx(() -> robot.lookup("#pull-start").query().isDisabled())).isTrue();
        robot.interact(() -> robot.lookup("#pull-reference").queryTextInputControl().setText(reference));
        assertThat(shownText("#pull-command-line .command-text")).isEqualTo("$ docker pull " + reference);
        robot.clickOn("#pull-start");

        await().atMost(Duration.ofSeconds(30)).until(() -> existsLocally(reference));
        assertThat(imageId(reference)).isEqualTo(pulledId);
        await().atMost(Duration.ofSeconds(10)).until(() -> shownText("#pull-summary").startsWith(
                "Downloaded newer image for " + reference));
        ListView<LayerProgress.Layer> layers = robot.lookup("#pull-layers").queryListView();
        assertThat(onFx(() -> layers.getItems().stream().map(LayerProgress.Layer::status).toList()))
                .as("a row per layer: the new one pulled, the base one already here")
                .containsExactlyInAnyOrder("Already exists", "Pull complete");
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            ImageRow selected = onFx(() -> imagesTable().getSelectionModel().getSelectedItem());
            return selected != null && reference.equals(selected.reference());
        });

        String missing = reference.replace(":ui", ":no-such-tag");
        robot.interact(() -> robot.lookup("#pull-reference").queryTextInputControl().setText(missing));
        robot.clickOn("#pull-start");
        String missingName = missing.substring(0, missing.lastIndexOf(':'));
        await().atMost(Duration.ofSeconds(15)).until(() -> robot.lookup("#notice-banner").queryAll().stream()
                .anyMatch(banner -> banner.isVisible() && title(banner).equals("The registry " + LocalRegistry.HOST + " has no image " + missingName
                        + " with the tag \"no-such-tag\".")));
        robot.clickOn("#pull-close");
    }

    @Test
    void thePullDialogsContentStaysWithinItsWindowWhileAPullRunsAndAfter() throws InterruptedException {
        String reference = pushedAndRemovedLocally("narrow");
        robot.clickOn("#nav-images");
        robot.clickOn("#image-pull");
        DialogPane pane = robot.lookup(".transfer-dialog").queryAs(DialogPane.class);
        robot.interact(() -> pane.getScene().getWindow().setWidth(520)); // a small screen, or a user who narrowed it
        robot.interact(() -> robot.lookup("#pull-reference").queryTextInputControl().setText(reference));
        robot.clickOn("#pull-start");

        await().atMost(Duration.ofSeconds(30)).until(() -> onFx(() -> !robot.lookup(".transfer-layer").queryAll()
                .isEmpty()));
        assertWithinItsWindow(pane, ".transfer-layer");
        await().atMost(Duration.ofSeconds(30)).until(() -> existsLocally(reference));
        await().atMost(Duration.ofSeconds(10)).until(() -> shownText("#pull-summary").startsWith("Downloaded"));
        assertWithinItsWindow(pane, ".transfer-layer");

        String missing = reference.replace(":narrow", ":a-tag-long-enough-to-make-the-refusal-a-long-sentence");
        robot.interact(() -> robot.lookup("#pull-reference").queryTextInputControl().setText(missing));
        robot.clickOn("#pull-start");
        await().atMost(Duration.ofSeconds(15)).until(() -> robot.lookup(".transfer-dialog #notice-banner").queryAll()
                .stream().anyMatch(Node::isVisible));
        assertWithinItsWindow(pane, ".transfer-layer");
        robot.clickOn("#pull-close");
    }

    private static String title(Node banner) {
        return onFx(() -> ((Message) banner).getTitle());
    }

    @Test
    void aRemovalRefusedForAContainerOffersToShowItAndToForce() {
        String repository = "berth-test/" + TestEngine.uniqueName("ui-rmi");
        String container = engine.createContainer(TestEngine.uniqueName("ui-rmi-src"), "true");
        String own = repository + ":1";
        localImages.add(engine.client().commitCmd(container).withRepository(repository).withTag("1")
                .withLabels(Map.of(TestEngine.TEST_LABEL, "true")).exec());
        String userName = TestEngine.uniqueName("ui-rmi-user");
        String user = engine.client().createContainerCmd(own).withName(userName)
                .withLabels(Map.of(TestEngine.TEST_LABEL, "true")).withCmd("true").exec().getId();
        try {
            robot.clickOn("#nav-images");
            robot.interact(() -> robot.lookup("#image-search").queryTextInputControl().setText(repository));
            await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> imagesTable().getItems().size()) == 1);
            robot.interact(() -> imagesTable().getSelectionModel().select(0));
            robot.clickOn("#image-rm");
            robot.clickOn("#confirm-button");
            await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> robot.lookup("#image-refusal").query()
                    .isVisible()));
            assertThat(onFx(() -> robot.lookup("#image-refusal").lookup(".text-bold").queryLabeled().getText()))
                    .isEqualTo("Image " + own + " is used by container " + userName + " (" + user.substring(0, 12)
                            + "), so the engine will not remove it without force.");
            assertThat(existsLocally(own)).isTrue();

            robot.clickOn("#image-refusal-show");
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                ContainerRow selected = onFx(() -> table().getSelectionModel().getSelectedItem());
                return selected != null && selected.id().equals(user);
            });

            robot.clickOn("#nav-images");
            robot.clickOn("#image-rm");
            robot.clickOn("#confirm-button");
            await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> robot.lookup("#image-refusal").query()
                    .isVisible()));
            robot.clickOn("#image-refusal-force");
            await().atMost(Duration.ofSeconds(10)).until(() -> !existsLocally(own));
            assertThat(engine.exists(user)).isTrue();
        } finally {
            engine.removeQuietly(user);
            engine.removeQuietly(container);
            robot.interact(() -> robot.lookup("#image-search").queryTextInputControl().clear());
        }
    }
}
