package dev.berth.images;

import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.images.ImageInUseException;
import dev.berth.daemon.images.ImageSummary;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.testing.RecordingTaskNotices;
import dev.berth.testing.TabFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImagesViewModelTest {
    private static final String WEB = "sha256:" + "a".repeat(64);
    private static final String DB = "sha256:" + "b".repeat(64);
    private static final String OLD = "sha256:" + "c".repeat(64);

    private final FakeEngineGateway engine = new FakeEngineGateway();
    private final TabFixture tab = new TabFixture();
    private ImagesViewModel model;

    private static ImageSummary image(String id, String... tags) {
        return new ImageSummary(id, List.of(tags), 5_000_000, Instant.parse("2026-11-28T10:00:00Z"));
    }

    private static ContainerSummary container(String id, String name, String imageId, ContainerState state) {
        return new ContainerSummary(id, name, "img", imageId, "sh", state, "", List.of(), Instant.EPOCH, Map.of());
    }

    private static DaemonEvent imageEvent(String action) {
        return new DaemonEvent("image", action, WEB, Map.of(), System.nanoTime());
    }

    @BeforeEach
    void connect() {
        engine.setImages(List.of(image(WEB, "web:1", "127.0.0.1:5000/team/web:1"), image(DB, "db:16"), image(OLD)));
        engine.setContainers(container("111aaa111aaa", "web-1", WEB, ContainerState.RUNNING),
                container("222bbb222bbb", "web-2", WEB, ContainerState.EXITED));
        model = new ImagesViewModel(engine, tab.context(), new RecordingTaskNotices());
        engine.goUp();
        afterTheDebounce();
        assertThat(model.rows().all()).hasSize(4);
    }

    @AfterEach
    void stop() {
        model.close();
    }

    /** The events so far have been answered by one list call, if any. */
    private void afterTheDebounce() {
        tab.scheduler().advance(ImagesViewModel.REFRESH_DEBOUNCE);
    }

    private ImageRow row(String target) {
        return model.rows().all().stream().filter(row -> row.target().equals(target)).findFirst().orElseThrow();
    }

    @Test
    void oneRowPerTagAndOnePerDanglingImageWithTheContainersUsingThem() {
        assertThat(model.rows().all()).extracting(ImageRow::target)
                .containsExactlyInAnyOrder("web:1", "127.0.0.1:5000/team/web:1", "db:16", "cccccccccccc");
        ImageRow registry = row("127.0.0.1:5000/team/web:1");
        assertThat(registry.repository()).isEqualTo("127.0.0.1:5000/team/web");
        assertThat(registry.tag()).isEqualTo("1");
        assertThat(registry.usedBy()).as("running or not").isEqualTo(2);
        assertThat(row("db:16").usedBy()).isZero();
        ImageRow dangling = row("cccccccccccc");
        assertThat(dangling.isDangling()).isTrue();
        assertThat(dangling.repository()).isEqualTo("<none>");
        assertThat(model.containersUsing(row("web:1"))).extracting(ContainerSummary::name)
                .containsExactly("web-1", "web-2");
    }

    @Test
    void filtersAndSearch() {
        model.filterProperty().set(ImageFilter.IN_USE);
        assertThat(model.rows().visible()).extracting(ImageRow::target)
                .containsExactlyInAnyOrder("web:1", "127.0.0.1:5000/team/web:1");
        model.filterProperty().set(ImageFilter.UNUSED);
        assertThat(model.rows().visible()).extracting(ImageRow::target).containsExactlyInAnyOrder("db:16",
                "cccccccccccc");
        model.filterProperty().set(ImageFilter.DANGLING);
        assertThat(model.rows().visible()).extracting(ImageRow::target).containsExactly("cccccccccccc");
        model.filterProperty().set(ImageFilter.ALL);
        model.rows().filterTextProperty().set("TEAM");
        assertThat(model.rows().visible()).extracting(ImageRow::target).containsExactly("127.0.0.1:5000/team/web:1");
        model.rows().filterTextProperty().set("bbbbbb");
        assertThat(model.rows().visible()).extracting(ImageRow::target).containsExactly("db:16");
    }

    @Test
    void imageEventsAndContainerCreationRefreshInPlace() {
        ImageRow web = row("web:1");
        engine.setImages(List.of(image(WEB, "web:1", "127.0.0.1:5000/team/web:1"), image(DB, "db:16"),
                image(OLD), image("sha256:" + "d".repeat(64), "new:1")));
        engine.emit(imageEvent("pull"));
        afterTheDebounce();
        assertThat(model.rows().all()).hasSize(5);
        assertThat(row("web:1")).as("rows are updated, not rebuilt").isSameAs(web);

        engine.setContainers(container("111aaa111aaa", "web-1", WEB, ContainerState.RUNNING));
        engine.emit(FakeEngineGateway.containerEvent("destroy", "222bbb222bbb"));
        afterTheDebounce();
        assertThat(web.usedBy()).isEqualTo(1);
    }

    @Test
    void containerStartsAndStopsDoNotReList() {
        int before = engine.listCalls();
        engine.emit(FakeEngineGateway.containerEvent("start", "111aaa111aaa"));
        engine.emit(FakeEngineGateway.containerEvent("stop", "111aaa111aaa"));
        engine.emit(imageEvent("push"));
        assertThat(tab.scheduler().pending()).isEmpty();
        tab.scheduler().advance(Duration.ofMinutes(1));
        assertThat(engine.listCalls()).isEqualTo(before);
    }

    @Test
    void tagsAfterValidationAndSelectsTheNewTag() {
        assertThat(ImagesViewModel.tagProblem("Web:2")).isPresent();
        assertThat(ImagesViewModel.tagProblem("web:2")).isEmpty();
        model.rows().select(row("db:16"));
        model.tagSelected("Bad Tag");
        assertThat(engine.images().actions()).isEmpty();

        model.tagSelected("127.0.0.1:5000/team/db:16");
        assertThat(engine.images().actions()).containsExactly("tag " + DB + " 127.0.0.1:5000/team/db:16");
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker tag db:16 127.0.0.1:5000/team/db:16");
        engine.setImages(List.of(image(DB, "db:16", "127.0.0.1:5000/team/db:16")));
        engine.emit(imageEvent("tag"));
        afterTheDebounce();
        assertThat(model.rows().selectionRequestProperty().get().target()).isEqualTo("127.0.0.1:5000/team/db:16");
    }

    @Test
    void aRefusedRemovalNamesTheContainerAndOffersForce() {
        ImageRow web = row("web:1");
        engine.images().failNextAction(new ImageInUseException("Image web:1 is used by container 111aaa111aaa, so"
                + " the engine will not remove it without force.", "…", "111aaa111aaa", true, null));
        model.remove(web, false);
        assertThat(model.refusalProperty().get()).isNotNull();
        assertThat(model.refusalProperty().get().sentence()).isEqualTo("Image web:1 is used by container web-1"
                + " (111aaa111aaa), so the engine will not remove it without force.");
        assertThat(model.notice().get()).isNull();

        model.remove(web, true);
        assertThat(model.refusalProperty().get()).isNull();
        assertThat(engine.images().actions()).containsExactly("rmi web:1", "rmi -f web:1");
        assertThat(ImagesViewModel.removeCommand(row("cccccccccccc"), false)).isEqualTo("docker rmi cccccccccccc");
    }

    @Test
    void revealClearsAFilterThatWouldHideTheImage() {
        model.filterProperty().set(ImageFilter.DANGLING);
        model.revealWhenListed("db:16");
        assertThat(model.filterProperty().get()).isEqualTo(ImageFilter.ALL);
        assertThat(model.rows().selectionRequestProperty().get()).isSameAs(row("db:16"));
        model.revealWhenListed(WEB.substring(0, 19));
        assertThat(model.rows().selectionRequestProperty().get().id()).isEqualTo(WEB);
    }
}
