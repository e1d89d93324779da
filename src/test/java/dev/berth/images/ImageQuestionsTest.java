package dev.berth.images;

import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.images.ImageSummary;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.testing.RecordingTaskNotices;
import dev.berth.testing.TabFixture;
import dev.berth.ui.dialogs.Confirmation;
import dev.berth.ui.dialogs.FileRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Images tab's questions: removal (naming the image and its users, force only when ticked), save and load. */
class ImageQuestionsTest {
    private static final String WEB = "sha256:" + "a".repeat(64);
    private static final String OLD = "sha256:" + "c".repeat(64);

    private final FakeEngineGateway engine = new FakeEngineGateway();
    private final TabFixture tab = new TabFixture();
    private ImagesViewModel model;

    @BeforeEach
    void connect() {
        engine.setImages(List.of(new ImageSummary(WEB, List.of("web:1"), 5_000_000, Instant.EPOCH),
                new ImageSummary(OLD, List.of(), 1_000, Instant.EPOCH)));
        engine.setContainers(new ContainerSummary("111aaa111aaa", "web-1", "web:1", WEB, "sh",
                ContainerState.RUNNING, "", List.of(), Instant.EPOCH, Map.of()));
        model = new ImagesViewModel(engine, tab.context(), new RecordingTaskNotices());
        engine.goUp();
        tab.scheduler().advance(ImagesViewModel.REFRESH_DEBOUNCE);
        assertThat(model.rows().all()).hasSize(2);
    }

    @AfterEach
    void stop() {
        model.close();
    }

    private ImageRow row(String id) {
        return model.rows().all().stream().filter(row -> row.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void removalNamesTheImageAndItsUsersAndNoRemovesNothing() {
        tab.dialogs().sayNo();

        model.askRemove(row(WEB)).join();

        Confirmation asked = tab.dialogs().onlyConfirmation();
        assertThat(asked.targets()).containsExactly("web:1  (used by 1 container)");
        assertThat(asked.sentence()).startsWith("Removes this tag");
        assertThat(asked.destructive()).isTrue();
        assertThat(asked.asOffered().ticked(ImagesViewModel.FORCE)).isFalse();
        assertThat(engine.images().actions()).isEmpty();
    }

    @Test
    void yesRemovesWithoutForceUnlessTicked() {
        tab.dialogs().sayYes().sayYesTicking(ImagesViewModel.FORCE);

        model.askRemove(row(WEB)).join();
        model.askRemove(row(WEB)).join();

        assertThat(engine.images().actions()).containsExactly("rmi web:1", "rmi -f web:1");
        Confirmation asked = tab.dialogs().confirmations().get(1);
        assertThat(asked.commandLineFor(new Confirmation.Answer(Map.of(ImagesViewModel.FORCE, true))))
                .isEqualTo("docker rmi -f web:1");
    }

    @Test
    void aDanglingImageIsNamedByItsIdAndSaidToBeDeleted() {
        model.askRemove(row(OLD)).join();

        Confirmation asked = tab.dialogs().onlyConfirmation();
        assertThat(asked.targets()).containsExactly(row(OLD).target());
        assertThat(asked.sentence()).isEqualTo("Deletes this untagged image.");
    }

    @Test
    void saveAsksWhereAndOffersTheReferenceAsAFileName() {
        Path target = Path.of("/tmp/web.tar");
        tab.dialogs().pickNothing().pick(target);

        model.archives().askSave(row(WEB));
        assertThat(engine.images().actions()).isEmpty();
        model.archives().askSave(row(WEB));

        assertThat(tab.dialogs().fileRequests()).extracting(FileRequest::suggestedName).containsExactly("web_1.tar",
                "web_1.tar");
        assertThat(engine.images().actions()).containsExactly("save -o /tmp/web.tar web:1");
    }

    @Test
    void loadAsksWhichArchive() {
        tab.dialogs().pickNothing();
        model.archives().askLoad();
        assertThat(engine.images().actions()).isEmpty();

        tab.dialogs().pick(Path.of("/tmp/images.tar"));
        model.archives().askLoad();

        assertThat(tab.dialogs().fileRequests()).extracting(FileRequest::patterns).containsOnly(List.of("*.tar"));
        assertThat(engine.images().actions()).containsExactly("load -i /tmp/images.tar");
    }
}
