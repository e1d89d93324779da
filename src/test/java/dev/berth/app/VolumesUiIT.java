package dev.berth.app;

import atlantafx.base.controls.Message;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import dev.berth.testing.TestEngine;
import dev.berth.volumes.VolumeRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static dev.berth.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Volumes tab end to end: create a volume from its dialog, and a removal refused because a container uses it. */
class VolumesUiIT extends BerthUiIT {
    private String volume;

    @AfterEach
    void removeTheVolumeAndGoBack() {
        robot.clickOn("#nav-containers"); // the next test class starts where this one left the window
        engine.removeCreated();
        if (volume != null) {
            engine.removeVolumeQuietly(volume);
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<VolumeRow> volumesTable() {
        return robot.lookup("#volumes-table").queryAs(TableView.class);
    }

    private VolumeRow volumeRow(String name) {
        return onFx(() -> volumesTable().getItems().stream().filter(row -> row.name().equals(name)).findFirst()
                .orElse(null));
    }

    @Test
    void aVolumeIsCreatedFromItsDialogWithTheLabelsTheFormSaid() {
        volume = TestEngine.uniqueName("ui-vol");
        robot.clickOn("#nav-volumes");
        robot.clickOn("#volume-create");
        robot.clickOn("#volume-name").write("bad name");
        assertThat(onFx(() -> robot.lookup("#volume-create-submit").queryButton().isDisabled())).isTrue();
        assertThat(onFx(() -> robot.lookup("#volume-create-problem").queryText().getText()))
                .startsWith("Use two or more letters");
        robot.interact(() -> robot.lookup("#volume-name").queryTextInputControl().setText(volume));
        robot.clickOn("#volume-label-add");
        robot.clickOn("#volume-label-key-0").write(TestEngine.TEST_LABEL);
        robot.clickOn("#volume-label-value-0").write("true");
        robot.clickOn("#volume-label-add");
        robot.clickOn("#volume-label-key-1").write("purpose");
        robot.clickOn("#volume-label-value-1").write("ui test");
        assertThat(onFx(() -> robot.lookup("#volume-command-line .command-text").queryLabeled().getText()))
                .isEqualTo("$ docker volume create --label dev.berth.test=true --label 'purpose=ui test' " + volume);

        robot.clickOn("#volume-create-submit");

        await().atMost(Duration.ofSeconds(15)).until(() -> robot.lookup("#volume-create-submit").tryQuery().isEmpty());
        InspectVolumeResponse made = engine.client().inspectVolumeCmd(volume).exec();
        assertThat(made.getLabels()).containsEntry("purpose", "ui test").containsEntry(TestEngine.TEST_LABEL, "true");
        assertThat(made.getDriver()).isEqualTo("local");
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> {
            VolumeRow selected = volumesTable().getSelectionModel().getSelectedItem();
            return selected != null && selected.name().equals(volume);
        }));
        assertThat(onFx(() -> robot.lookup("#last-command .command-text").queryLabeled().getText()))
                .isEqualTo("$ docker volume create --label dev.berth.test=true --label 'purpose=ui test' " + volume);
    }

    @Test
    void removingAVolumeInUseSaysWhoUsesItAndShowsThatContainer() {
        volume = TestEngine.uniqueName("ui-used");
        engine.client().createVolumeCmd().withName(volume).withLabels(Map.of(TestEngine.TEST_LABEL, "true")).exec();
        String container = TestEngine.uniqueName("ui-user");
        String id = engine.client().createContainerCmd(TestEngine.IMAGE).withName(container)
                .withLabels(Map.of(TestEngine.TEST_LABEL, "true")).withCmd("true")
                .withHostConfig(HostConfig.newHostConfig().withBinds(new Bind(volume, new Volume("/data")))).exec()
                .getId();
        engine.removeAtTheEnd(id);
        robot.clickOn("#nav-volumes");
        await().atMost(Duration.ofSeconds(10)).until(() -> volumeRow(volume) != null
                && volumeRow(volume).isInUse());
        robot.interact(() -> robot.lookup("#volume-search").queryTextInputControl().setText(volume));
        robot.interact(() -> volumesTable().getSelectionModel().select(volumeRow(volume)));

        robot.clickOn("#volume-remove");
        robot.clickOn("#confirm-button");

        String sentence = "Volume " + volume + " is used by container " + container + " (created).";
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> robot.lookup(".volumes-view #notice-banner")
                .queryAllAs(Message.class).stream().anyMatch(banner -> banner.isVisible()
                        && sentence.equals(banner.getTitle()))));
        assertThat(engine.client().inspectVolumeCmd(volume).exec().getName()).isEqualTo(volume);
        robot.clickOn("#volume-show-user-" + container);
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> {
            var selected = table().getSelectionModel().getSelectedItem();
            return selected != null && selected.id().equals(id);
        }));
    }
}
