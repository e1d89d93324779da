package dev.berth.app;

import atlantafx.base.controls.Message;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.ExposedPorts;
import com.github.dockerjava.api.model.Ports;
import dev.berth.testing.TestEngine;
import dev.berth.ui.text.SecretText;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.berth.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Run dialog end to end: run, edit-and-recreate, and a recreate that fails and rolls back. */
class RunDialogUiIT extends BerthUiIT {
    private static final String SERVE = "sh -c \"trap 'exit 0' TERM; httpd -f -p 80 & wait\"";
    private String name;
    private String volume;

    @AfterEach
    void removeWhatTheDialogMade() {
        if (name != null) {
            engine.removeByName(name);
        }
        if (volume != null) {
            engine.removeVolumeQuietly(volume);
        }
    }

    private void type(String fieldId, String text) {
        robot.clickOn(fieldId).write(text);
    }

    /** Opens the dialog and fills it: a name, two variables, one published port and a named volume. */
    private void fillRunDialog(int hostPort) {
        robot.clickOn("#container-run");
        robot.interact(() -> robot.lookup("#run-image").queryComboBox().getEditor().setText(TestEngine.IMAGE));
        type("#run-name", name);
        type("#run-command", SERVE);
        robot.clickOn("#run-env-add");
        type("#run-env-key-0", "MODE");
        type("#run-env-value-0", "demo");
        robot.clickOn("#run-env-add");
        type("#run-env-key-1", "GREETING");
        type("#run-env-value-1", "hello world");
        robot.clickOn("#run-port-add");
        type("#run-port-host-0", String.valueOf(hostPort));
        type("#run-port-container-0", "80");
        robot.clickOn("#run-mount-add");
        robot.interact(() -> robot.lookup("#run-mount-source-0").queryComboBox().getEditor().setText(volume));
        type("#run-mount-target-0", "/data");
    }

    private String submitAndAwaitContainer() {
        robot.clickOn("#run-submit");
        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#run-submit").tryQuery().isEmpty());
        awaitRow(name);
        return rowNamed(name).id();
    }

    /** The edit dialog opens once the container's inspect data has arrived. */
    private void awaitEditDialog() {
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#run-port-host-0").tryQuery().isPresent());
    }

    private static Integer hostPortOf(InspectContainerResponse container) {
        Ports.Binding[] bindings = container.getHostConfig().getPortBindings().getBindings()
                .get(ExposedPort.tcp(80));
        return Integer.valueOf(bindings[0].getHostPortSpec());
    }

    @Test
    void runsAContainerWithEverythingTheFormSaid() throws Exception {
        name = TestEngine.uniqueName("ui-run");
        volume = TestEngine.uniqueName("vol");
        int port = TestEngine.freePort();
        fillRunDialog(port);
        assertThat(onFx(() -> robot.lookup("#run-command-line .command-text").queryLabeled().getText()))
                .contains("--name " + name).contains("-p " + port + ":80").contains("-e MODE=demo")
                .contains("-v " + volume + ":/data");

        String id = submitAndAwaitContainer();

        InspectContainerResponse made = engine.inspect(id);
        assertThat(made.getName()).isEqualTo("/" + name);
        assertThat(made.getConfig().getEnv()).contains("MODE=demo", "GREETING=hello world");
        assertThat(hostPortOf(made)).isEqualTo(port);
        assertThat(made.getMounts()).anySatisfy(mount -> {
            assertThat(mount.getName()).isEqualTo(volume);
            assertThat(mount.getDestination().getPath()).isEqualTo("/data");
        });
        assertThat(made.getState().getRunning()).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> onFx(() -> table().getSelectionModel()
                .getSelectedItem() != null && table().getSelectionModel().getSelectedItem().id().equals(id)));
    }

    @Test
    void anUntouchedFormScoldsNoOneAndAPastedPasswordIsShownMaskedButRunsReal() {
        name = TestEngine.uniqueName("ui-secret");
        robot.clickOn("#container-run");
        assertThat(onFx(() -> robot.lookup("#run-error-IMAGE").tryQuery().map(Node::isVisible).orElse(false)))
                .as("nothing typed yet: no error").isFalse();
        assertThat(onFx(() -> robot.lookup("#run-command-line").query().isVisible())).as("no line without an image")
                .isFalse();
        assertThat(onFx(() -> robot.lookup("#run-submit").query().isDisabled())).isFalse();

        robot.clickOn("#run-paste");
        robot.interact(() -> robot.lookup(".text-input-dialog .text-field").queryTextInputControl().setText(
                "docker run -d --name " + name + " -e DB_PASSWORD=s3cret-42 -e GREETING='a long greeting that"
                        + " makes the live line longer than the dialog is wide, so that it has to wrap' -l "
                        + TestEngine.TEST_LABEL + "=true " + TestEngine.IMAGE + " sleep 300"));
        robot.clickOn("OK");
        assertWithinItsWindow(robot.lookup(".run-dialog").queryAs(DialogPane.class));
        String line = onFx(() -> robot.lookup("#run-command-line .command-text").queryLabeled().getText());
        assertThat(line).contains("-e DB_PASSWORD=" + SecretText.MASK).doesNotContain("s3cret-42");
        robot.clickOn("#run-env-reveal-0");
        assertThat(onFx(() -> robot.lookup("#run-command-line .command-text").queryLabeled().getText()))
                .as("the field's eye reveals the line too").contains("-e DB_PASSWORD=s3cret-42");
        robot.clickOn("#run-env-reveal-0");

        String id = submitAndAwaitContainer();

        assertThat(engine.inspect(id).getConfig().getEnv()).as("the real value reached the engine")
                .contains("DB_PASSWORD=s3cret-42");
        assertThat(onFx(() -> robot.lookup("#last-command .command-text").queryLabeled().getText()))
                .as("the status bar's echo").contains("--name " + name).contains("DB_PASSWORD=" + SecretText.MASK)
                .doesNotContain("s3cret-42");
    }

    @Test
    void theImagesExposedPortIsOfferedUntilAPastedLinePublishesIt() {
        String repository = "berth-test/" + TestEngine.uniqueName("ui-expose");
        String source = engine.createContainer(TestEngine.uniqueName("ui-expose-src"));
        engine.client().commitCmd(source).withRepository(repository).withTag("1")
                .withExposedPorts(new ExposedPorts(ExposedPort.tcp(5432)))
                .withLabels(Map.of(TestEngine.TEST_LABEL, "true")).exec();
        engine.removeQuietly(source);
        try {
            robot.clickOn("#container-run");
            await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> robot.lookup("#run-image").queryComboBox()
                    .getItems().contains(repository + ":1")));
            robot.interact(() -> robot.lookup("#run-image").queryComboBox().getEditor().setText(repository + ":1"));
            await("the image's EXPOSE 5432 is offered").atMost(Duration.ofSeconds(10))
                    .until(() -> robot.lookup("#run-expose-5432-tcp").tryQuery().isPresent());

            robot.clickOn("#run-paste");
            robot.interact(() -> robot.lookup(".text-input-dialog .text-field").queryTextInputControl().setText(
                    "docker run --name insta-training-db -e POSTGRES_PASSWORD=pw -p 5432:5432 -d " + repository
                            + ":1"));
            robot.clickOn("OK");

            assertThat(robot.lookup("#run-expose-5432-tcp").tryQuery()).as("5432 is published already").isEmpty();
            robot.clickOn("Cancel");
        } finally {
            engine.client().removeImageCmd(repository + ":1").withForce(true).exec();
        }
    }

    @Test
    void pressingRunOnAnEmptyFormShowsWhatIsMissing() {
        robot.clickOn("#container-run");
        robot.clickOn("#run-submit");
        assertThat(onFx(() -> robot.lookup("#run-error-IMAGE").query().isVisible())).isTrue();
        assertThat(onFx(() -> robot.lookup("#run-submit").query().isDisabled())).isTrue();
        robot.clickOn("Cancel");
    }

    @Test
    void editingPublishesANewPortKeepsTheNameAndTheVolumesData() throws Exception {
        name = TestEngine.uniqueName("ui-edit");
        volume = TestEngine.uniqueName("vol");
        fillRunDialog(TestEngine.freePort());
        String oldId = submitAndAwaitContainer();
        engine.exec(oldId, "sh", "-c", "echo kept > /data/before-edit");
        int newPort = TestEngine.freePort();

        selectRow(name, name);
        robot.clickOn("#container-edit");
        awaitEditDialog();
        robot.interact(() -> robot.lookup("#run-port-host-0").queryTextInputControl().setText(String.valueOf(newPort)));
        robot.clickOn("#run-submit");

        await().atMost(Duration.ofSeconds(30)).until(() -> !engine.exists(oldId));
        await().atMost(Duration.ofSeconds(10)).until(() -> rowNamed(name) != null && !rowNamed(name).id().equals(oldId));
        InspectContainerResponse recreated = engine.inspect(rowNamed(name).id());
        assertThat(recreated.getName()).isEqualTo("/" + name);
        assertThat(hostPortOf(recreated)).isEqualTo(newPort);
        assertThat(recreated.getState().getRunning()).isTrue();
        assertThat(engine.exec(recreated.getId(), "cat", "/data/before-edit")).isEqualTo("kept\n");
        assertThat(engine.labelledContainers()).noneMatch(c -> c.getNames()[0].contains("-berth-old-"));
    }

    @Test
    void aRecreateThatFailsPutsTheOriginalBackWithItsPort() throws Exception {
        name = TestEngine.uniqueName("ui-rollback");
        volume = TestEngine.uniqueName("vol");
        int oldPort = TestEngine.freePort();
        fillRunDialog(oldPort);
        String oldId = submitAndAwaitContainer();

        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("0.0.0.0", 0));
            selectRow(name, name);
            robot.clickOn("#container-edit");
            awaitEditDialog();
            robot.interact(() -> robot.lookup("#run-port-host-0").queryTextInputControl()
                    .setText(String.valueOf(taken.getLocalPort())));
            robot.clickOn("#run-submit");

            await().atMost(Duration.ofSeconds(30)).until(() -> onFx(() -> robot.lookup(".run-dialog #notice-banner")
                    .tryQuery().map(Node::isVisible).orElse(false)));
            String sentence = onFx(() -> robot.lookup(".run-dialog #notice-banner").queryAs(Message.class).getTitle());
            assertThat(sentence).contains(String.valueOf(taken.getLocalPort())).contains("restored");
        }
        InspectContainerResponse original = engine.inspect(oldId);
        assertThat(original.getName()).isEqualTo("/" + name);
        assertThat(original.getState().getRunning()).isTrue();
        assertThat(hostPortOf(original)).isEqualTo(oldPort);
        assertThat(engine.labelledContainers()).extracting(c -> List.of(c.getNames()).toString())
                .noneMatch(names -> names.contains("-berth-old-"));
        robot.clickOn("Cancel");
    }
}
