package dev.berth.logs;

import dev.berth.testing.FakeEngineGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.berth.logs.LogFixtures.err;
import static dev.berth.logs.LogFixtures.model;
import static dev.berth.logs.LogFixtures.out;
import static org.assertj.core.api.Assertions.assertThat;

class LogSaveModelTest {
    private final FakeEngineGateway engine = new FakeEngineGateway();
    private LogViewModel model;
    @TempDir
    Path folder;

    @BeforeEach
    void openWithColouredLinesAndAGap() {
        model = model(engine, 100);
        model.open();
        engine.emitLogLines(List.of(out(1, "\u001b[32mINFO\u001b[0m started"), err(2, "\u001b[1;31mERROR\u001b[0m db")));
        engine.endLogStreams();
        model.containerStarted();
        engine.emitLogLines(List.of(out(3, "INFO ready"), out(4, "ERROR again")));
    }

    @Test
    void savesEveryLineWithoutColoursOrGapMarkers() throws Exception {
        Path file = folder.resolve("web.log");

        Long count = model.saving().save(file, false).get();

        assertThat(count).isEqualTo(4);
        assertThat(Files.readString(file)).isEqualTo("INFO started\nERROR db\nINFO ready\nERROR again\n");
        assertThat(model.saving().savingProperty().get()).isFalse();
        assertThat(model.saving().progressProperty().get()).isEqualTo(1.0);
        assertThat(model.saving().statusProperty().get()).isEqualTo("Saved 4 lines to web.log");
    }

    @Test
    void savesOnlyTheFilteredLinesWhenAsked() throws Exception {
        Path file = folder.resolve("errors.log");
        model.search().queryProperty().set("error");
        model.search().filterProperty().set(true);

        model.saving().save(file, true).get();

        assertThat(Files.readAllLines(file)).containsExactly("ERROR db", "ERROR again");
    }

    @Test
    void withTimestampsShownEachLineStartsWithItsTime() throws Exception {
        Path file = folder.resolve("timed.log");
        model.timestampsProperty().set(true);

        model.saving().save(file, false).get();

        assertThat(Files.readAllLines(file)).first().isEqualTo("2026-11-28T12:00:01Z INFO started");
    }

    @Test
    void aFileThatCannotBeWrittenIsReported() {
        Path file = folder.resolve("missing-folder").resolve("web.log");

        model.saving().save(file, false).handle((count, failure) -> null).join();

        assertThat(model.saving().failure().get().sentence()).contains("Could not save the log");
        assertThat(model.saving().savingProperty().get()).isFalse();
    }

    @Test
    void theFullLogIsReadAfreshFromTheEngine() throws Exception {
        Path file = folder.resolve("full.log");
        var done = model.saving().saveFullLog(file);
        assertThat(engine.logRequests()).last()
                .isEqualTo(new dev.berth.daemon.logs.LogRequest(false, dev.berth.daemon.logs.LogRequest.ALL, null));

        engine.emitLogLines(List.of(out(0, "\u001b[2mfirst ever\u001b[0m"), out(1, "second")));
        engine.endLogStreams();

        assertThat(done.get()).isEqualTo(2);
        assertThat(Files.readAllLines(file)).contains("first ever", "second");
        assertThat(model.saving().statusProperty().get()).isEqualTo("Saved 2 lines to full.log");
    }
}
