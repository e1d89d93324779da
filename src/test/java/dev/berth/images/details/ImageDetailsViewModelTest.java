package dev.berth.images.details;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.images.ImageDetails;
import dev.berth.daemon.images.ImageLayer;
import dev.berth.testing.FakeImageOperations;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImageDetailsViewModelTest {
    private static final String ID = "sha256:" + "a".repeat(64);
    private final FakeImageOperations images = new FakeImageOperations();
    private final ImageDetailsViewModel model = new ImageDetailsViewModel(images, Runnable::run);

    private static ImageDetails details(List<String> tags) {
        return new ImageDetails(ID, tags, List.of(), Instant.EPOCH, 1000, "linux/amd64", Map.of("a", "b"),
                List.of("80/tcp"), List.of("PATH=/bin"), List.of(), List.of("sh"), "", "", "{\"Id\": \"" + ID + "\"}");
    }

    private static ContainerSummary user(String name) {
        return new ContainerSummary(name + "-id", name, "web:1", ID, "sh", ContainerState.EXITED, "", List.of(),
                Instant.EPOCH, Map.of());
    }

    @Test
    void loadsDetailsHistoryAndInspectOncePerImageAndAgainWhenItsTagsChange() {
        images.setDetails(Map.of(ID, details(List.of("web:1"))));
        images.setHistories(Map.of(ID, List.of(new ImageLayer(ID, Instant.EPOCH, "CMD [\"sh\"]", 0, List.of("web:1"),
                ""))));
        model.show(ID, List.of("web:1"), List.of(user("web-1")));
        assertThat(model.detailsProperty().get().exposedPorts()).containsExactly("80/tcp");
        assertThat(model.history()).extracting(ImageLayer::createdBy).containsExactly("CMD [\"sh\"]");
        assertThat(model.inspect().textProperty().get()).contains(ID);
        assertThat(model.usedBy()).extracting(ContainerSummary::name).containsExactly("web-1");

        model.show(ID, List.of("web:1"), List.of(user("web-1"), user("web-2")));
        assertThat(images.detailsCalls()).as("a list refresh does not re-read the same image").isEqualTo(1);
        assertThat(model.usedBy()).hasSize(2);

        images.setDetails(Map.of(ID, details(List.of("web:1", "web:2"))));
        model.show(ID, List.of("web:1", "web:2"), List.of());
        assertThat(images.detailsCalls()).isEqualTo(2);
        assertThat(model.detailsProperty().get().repoTags()).containsExactly("web:1", "web:2");
    }

    @Test
    void detailsTheEngineFailedToReadOfferRetryWhichReadsThemAgainAndTakesTheNoticeDown() {
        images.setDetails(Map.of(ID, details(List.of("web:1"))));
        images.failNextDetails(new DaemonException("The Docker engine refused to inspect image web:1: overloaded.",
                "Try again in a moment.", 500, null));
        model.show(ID, List.of("web:1"), List.of());
        assertThat(model.detailsProperty().get()).isNull();

        model.notice().retry();

        assertThat(images.detailsCalls()).isEqualTo(2);
        assertThat(model.detailsProperty().get().repoTags()).containsExactly("web:1");
        assertThat(model.notice().get()).isNull();
    }

    @Test
    void noSelectionClearsAndAFailureIsANotice() {
        model.show("sha256:missing", List.of(), List.of());
        assertThat(model.notice().get().sentence()).isEqualTo("No such image: sha256:missing.");
        assertThat(model.notice().get().retry()).as("reading a missing image again would not help").isNull();
        assertThat(model.shownProperty().get()).isEqualTo("sha256:missing");
        model.show(null, List.of(), List.of());
        assertThat(model.shownProperty().get()).isNull(); // the view says what to do instead
        assertThat(model.detailsProperty().get()).isNull();
        assertThat(model.notice().get()).isNull();
        assertThat(model.inspect().textProperty().get()).isEmpty();
    }
}
