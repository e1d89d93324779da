package dev.berth.images;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.images.ImageSummary;
import dev.berth.daemon.images.ProgressMessage;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.testing.RecordingTaskNotices;
import dev.berth.testing.TabFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveTasksTest {
    private static final String ID = "sha256:" + "e".repeat(64);
    private final FakeEngineGateway engine = new FakeEngineGateway();
    private final TabFixture tab = new TabFixture();
    private ImagesViewModel model;
    private ArchiveTasks tasks;

    @BeforeEach
    void connect() {
        engine.setImages(List.of(new ImageSummary(ID, List.of("app:1"), 4_000_000, Instant.EPOCH)));
        model = new ImagesViewModel(engine, tab.context(), new RecordingTaskNotices());
        tasks = model.archives();
        engine.goUp();
        tab.scheduler().advance(ImagesViewModel.REFRESH_DEBOUNCE);
        assertThat(model.rows().all()).hasSize(1);
    }

    @AfterEach
    void stop() {
        model.close();
    }

    private static ProgressMessage bytes(long count) {
        return new ProgressMessage(null, "", count, -1);
    }

    @Test
    void aSaveShowsItsBytesAgainstTheImageSizeAndCanBeCancelled() {
        ImageRow row = model.rows().all().get(0);
        Path target = Path.of("/tmp/my images/app.tar");
        tasks.save(row, target);
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker save -o '/tmp/my images/app.tar' app:1");
        assertThat(tasks.runningProperty().get()).isTrue();
        assertThat(tasks.descriptionProperty().get()).isEqualTo("Saving app:1 to app.tar…");
        engine.images().emitProgress(bytes(1_000_000));
        assertThat(tasks.fractionProperty().get()).isEqualTo(0.25);
        assertThat(tasks.bytesTextProperty().get()).isEqualTo("1MB of about 4MB");

        tasks.cancel();
        assertThat(engine.images().actions()).containsExactly("save -o " + target + " app:1", "cancel");
        assertThat(tasks.runningProperty().get()).isFalse();
        assertThat(tasks.descriptionProperty().get()).isEqualTo("Cancelled.");
    }

    @Test
    void aLoadSelectsWhatItLoaded(@TempDir Path dir) throws IOException {
        Path archive = Files.write(dir.resolve("app.tar"), new byte[2_000]);
        tasks.load(archive);
        engine.images().emitProgress(bytes(1_000));
        assertThat(tasks.fractionProperty().get()).isEqualTo(0.5);
        engine.images().finishTransfer(List.of("app:1"), null);
        assertThat(tasks.descriptionProperty().get()).isEqualTo("Loaded app:1.");
        assertThat(model.rows().selectionRequestProperty().get().target()).isEqualTo("app:1");
    }

    @Test
    void aFailureBecomesTheTabsNotice(@TempDir Path dir) throws IOException {
        tasks.load(Files.write(dir.resolve("bad.tar"), new byte[10]));
        engine.images().finishTransfer(null, new DaemonException("The Docker engine refused to load images from"
                + " bad.tar: unexpected EOF.", null));
        assertThat(tasks.runningProperty().get()).isFalse();
        assertThat(model.notice().get().sentence()).contains("unexpected EOF");
    }
}
