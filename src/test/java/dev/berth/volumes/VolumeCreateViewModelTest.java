package dev.berth.volumes;

import dev.berth.daemon.DaemonException;
import dev.berth.testing.FakeVolumeOperations;
import dev.berth.ui.form.KeyValueRow;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VolumeCreateViewModelTest {
    private final FakeVolumeOperations volumes = new FakeVolumeOperations();
    private final VolumeCreateViewModel form = new VolumeCreateViewModel(volumes, Runnable::run, List.of("pgdata"));

    @Test
    void aBlankFormIsValidAndLetsTheEnginePickTheName() {
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(form.commandLineProperty().get()).isEqualTo("docker volume create");
    }

    @Test
    void namesAreCheckedAsTheUserTypes() {
        form.nameProperty().set("my data");
        assertThat(form.problemProperty().get()).startsWith("Use two or more letters");
        form.nameProperty().set("x");
        assertThat(form.problemProperty().get()).startsWith("Use two or more letters");
        form.nameProperty().set("pgdata");
        assertThat(form.problemProperty().get()).isEqualTo("A volume named pgdata exists already; choose another"
                + " name.");
        form.nameProperty().set("pg.data_2-b");
        assertThat(form.problemProperty().get()).isEmpty();
    }

    @Test
    void optionsAndLabelsNeedKeysGivenOnce() {
        form.labels().add(new KeyValueRow("team", "shop"));
        form.labels().add(new KeyValueRow("team", "web"));
        assertThat(form.problemProperty().get()).isEqualTo("The label team is given twice; keep one.");
        form.labels().remove(1);
        form.options().add(new KeyValueRow("a=b", "c"));
        assertThat(form.problemProperty().get()).startsWith("Give each driver option a key without '='");
        form.options().get(0).keyProperty().set("type");
        form.options().add(new KeyValueRow("", "")); // a blank line the user has not filled in does not count
        assertThat(form.problemProperty().get()).isEmpty();
    }

    @Test
    void theCommandLineFollowsTheForm() {
        form.nameProperty().set("shared");
        form.driverProperty().set("local");
        form.options().add(new KeyValueRow("type", "tmpfs"));
        form.options().add(new KeyValueRow("device", "tmpfs"));
        form.labels().add(new KeyValueRow("team", "web shop"));

        assertThat(form.commandLineProperty().get()).isEqualTo("docker volume create --opt device=tmpfs"
                + " --opt type=tmpfs --label 'team=web shop' shared");
        form.driverProperty().set("nfs");
        assertThat(form.commandLineProperty().get()).startsWith("docker volume create --driver nfs --opt");
    }

    @Test
    void submitSendsTheSpecAndAnswersTheVolume() {
        form.nameProperty().set("shared");
        form.labels().add(new KeyValueRow("team", "web"));

        var made = form.submit().join();

        assertThat(made.name()).isEqualTo("shared");
        assertThat(made.labels()).isEqualTo(Map.of("team", "web"));
        assertThat(volumes.actions()).containsExactly("volume create shared");
    }

    @Test
    void aFormWithAProblemIsNotSentAndARefusalIsShown() {
        form.nameProperty().set("pgdata");
        assertThat(form.submit().join()).isNull();
        assertThat(volumes.actions()).isEmpty();

        form.nameProperty().set("other");
        volumes.failNext(new DaemonException("The Docker engine refused to create volume other: no such driver.",
                "Install the volume plugin first."));
        assertThat(form.submit().join()).isNull();
        assertThat(form.submission().notice().get().sentence()).contains("no such driver");
        assertThat(form.submission().busyProperty().get()).isFalse();
    }
}
