package dev.berth.daemon.images;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.GatewayFixture;
import dev.berth.daemon.Transfer;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.Futures;
import dev.berth.testing.LocalRegistry;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The image calls against the real engine and the real local registry on 127.0.0.1:5000. */
@ExtendWith(EngineRequired.class)
class ImageGatewayIT {
    static final String REGISTRY = LocalRegistry.HOST;
    private GatewayFixture fixture;
    private ImageOperations images;
    private final List<String> pushed = new ArrayList<>();

    @BeforeEach
    void connect() {
        fixture = GatewayFixture.connect();
        images = fixture.gateway.images();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
        pushed.forEach(LocalRegistry::deleteQuietly);
    }

    private String testImageId() {
        return fixture.client().inspectImageCmd(TestEngine.IMAGE).exec().getId();
    }

    /** A fresh name in the local registry, removed locally at the end. */
    private String registryTag(String tag) {
        String reference = REGISTRY + "/berth-test/" + TestEngine.uniqueName("img") + ":" + tag;
        fixture.removeImageAtTheEnd(reference);
        pushed.add(reference);
        return reference;
    }

    /**
     * A new image of its own (one tag only) made by committing a container of the test image that wrote a file
     * with unique content, so the image has a layer no other image shares.
     */
    private String committedImage(String tag) {
        String container = fixture.engine.createContainer(TestEngine.uniqueName("commit"), "sh", "-c",
                "echo " + UUID.randomUUID() + " > /berth-unique");
        fixture.client().startContainerCmd(container).exec();
        fixture.client().waitContainerCmd(container).start().awaitStatusCode(30, TimeUnit.SECONDS);
        String repository = "berth-test/" + TestEngine.uniqueName("own");
        String id = fixture.client().commitCmd(container).withRepository(repository).withTag(tag)
                .withLabels(GatewayFixture.TEST_LABELS).exec();
        fixture.engine.removeQuietly(container);
        fixture.removeImageAtTheEnd(id);
        return repository + ":" + tag;
    }

    private boolean existsLocally(String reference) {
        try {
            fixture.client().inspectImageCmd(reference).exec();
            return true;
        } catch (NotFoundException gone) {
            return false;
        }
    }

    private static DaemonException failureOf(Transfer<?> transfer) {
        Throwable thrown = catchThrowable(() -> Futures.done(transfer.result()));
        assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(DaemonException.class);
        return (DaemonException) thrown.getCause();
    }

    @Test
    void pushesToTheRegistryAndPullsBackTheSameImageWithProgressPerLayer() {
        String own = committedImage("push");
        String id = fixture.client().inspectImageCmd(own).exec().getId();
        String reference = registryTag("v1");
        Futures.done(images.tag(own, reference));
        assertThat(fixture.client().inspectImageCmd(reference).exec().getId()).isEqualTo(id);

        List<ProgressMessage> pushed = new CopyOnWriteArrayList<>();
        Futures.done(images.push(ImageReference.parse(reference), pushed::add).result());
        assertThat(pushed).filteredOn(ProgressMessage::isAboutLayer).extracting(ProgressMessage::status)
                .contains("Pushed");
        assertThat(pushed).extracting(ProgressMessage::status).anyMatch(status -> status.startsWith("v1: digest:"));

        Futures.done(images.remove(reference, false));
        Futures.done(images.remove(own, false));
        assertThat(existsLocally(id)).isFalse();

        List<ProgressMessage> pulled = new CopyOnWriteArrayList<>();
        Futures.done(images.pull(ImageReference.parse(reference), pulled::add).result());
        assertThat(fixture.client().inspectImageCmd(reference).exec().getId()).isEqualTo(id);
        assertThat(pulled).filteredOn(ProgressMessage::isAboutLayer).extracting(ProgressMessage::status)
                .contains("Pull complete");
        assertThat(pulled).extracting(ProgressMessage::status)
                .anyMatch(status -> status.startsWith("Status: Downloaded newer image for " + reference));
    }

    @Test
    void aMissingTagOrRepositoryOrRegistryIsASentence() {
        String reference = registryTag("v1");
        Futures.done(images.tag(TestEngine.IMAGE, reference));
        Futures.done(images.push(ImageReference.parse(reference), message -> { }).result());
        ImageReference missingTag = ImageReference.parse(reference.replace(":v1", ":no-such-tag"));

        DaemonException noTag = failureOf(images.pull(missingTag, message -> { }));
        assertThat(noTag.getMessage()).isEqualTo("The registry " + REGISTRY + " has no image " + missingTag.name()
                + " with the tag \"no-such-tag\".");

        ImageReference missingRepository = ImageReference.parse(REGISTRY + "/berth-test/"
                + TestEngine.uniqueName("never") + ":1");
        DaemonException noRepository = failureOf(images.pull(missingRepository, message -> { }));
        assertThat(noRepository.getMessage()).isEqualTo("The registry " + REGISTRY + " has no image "
                + missingRepository.name() + " with the tag \"1\".");

        ImageReference nowhere = ImageReference.parse("127.0.0.1:" + GatewayFixture.freePort() + "/berth-test/x:1");
        DaemonException unreachable = failureOf(images.pull(nowhere, message -> { }));
        assertThat(unreachable.getMessage()).startsWith("The engine could not reach the registry 127.0.0.1:");
    }

    @Test
    void pushingAReferenceThatIsNotLocalIsASentence() {
        ImageReference absent = ImageReference.parse(REGISTRY + "/berth-test/" + TestEngine.uniqueName("absent")
                + ":1");
        DaemonException failure = failureOf(images.push(absent, message -> { }));
        assertThat(failure.getMessage()).isEqualTo("There is no local image " + absent + " to push.");
    }

    @Test
    void aCancelledPullEndsAsCancelled() {
        Transfer<Void> pull = images.pull(ImageReference.parse(REGISTRY + "/berth-test/"
                + TestEngine.uniqueName("cancelled") + ":1"), message -> { });
        pull.close();
        assertThatThrownBy(() -> Futures.done(pull.result())).isInstanceOf(CancellationException.class);
    }

    @Test
    void removalInUseNamesTheContainerAndForceUntags() {
        String own = committedImage("in-use");
        String user = fixture.client().createContainerCmd(own).withName(TestEngine.uniqueName("user"))
                .withLabels(GatewayFixture.TEST_LABELS).withCmd(TestEngine.IDLE).exec().getId();
        try {
            Throwable refused = catchThrowable(() -> Futures.done(images.remove(own, false)));
            assertThat(refused.getCause()).isInstanceOf(ImageInUseException.class);
            ImageInUseException inUse = (ImageInUseException) refused.getCause();
            assertThat(user).startsWith(inUse.containerId());
            assertThat(inUse.forceHelps()).isTrue();
            assertThat(inUse.getMessage()).isEqualTo("Image " + own + " is used by container " + user.substring(0, 12)
                    + ", so the engine will not remove it without force.");

            fixture.client().startContainerCmd(user).exec();
            String id = fixture.client().inspectImageCmd(own).exec().getId();
            Throwable running = catchThrowable(() -> Futures.done(images.remove(id, true)));
            assertThat(running.getCause()).isInstanceOf(ImageInUseException.class);
            assertThat(((ImageInUseException) running.getCause()).forceHelps()).isFalse();
            assertThat(running.getCause().getMessage()).contains("running container " + user.substring(0, 12));

            Futures.done(images.remove(own, true));
            assertThat(existsLocally(own)).isFalse();
            assertThat(existsLocally(id)).as("the container still holds the image").isTrue();
        } finally {
            fixture.engine.removeQuietly(user);
        }
    }

    @Test
    void savesAndLoadsBackTheSameImage(@TempDir Path dir) {
        String own = committedImage("saved");
        String id = fixture.client().inspectImageCmd(own).exec().getId();
        Path archive = dir.resolve("image.tar");
        AtomicLong written = new AtomicLong();
        Futures.done(images.save(own, archive, written::set).result());
        assertThat(archive).exists();
        assertThat(written.get()).isEqualTo(archive.toFile().length()).isGreaterThan(1000);
        assertThat(dir.resolve("image.tar.partial")).doesNotExist();

        Futures.done(images.remove(own, false));
        assertThat(existsLocally(id)).isFalse();

        AtomicLong read = new AtomicLong();
        List<String> loaded = Futures.done(images.load(archive, read::set).result());
        assertThat(loaded).containsExactly(own);
        assertThat(read.get()).isEqualTo(archive.toFile().length());
        assertThat(fixture.client().inspectImageCmd(own).exec().getId()).isEqualTo(id);
    }

    @Test
    void aFailedSaveLeavesNoFileBehind(@TempDir Path dir) {
        Path archive = dir.resolve("absent.tar");
        Throwable failure = catchThrowable(() -> Futures.done(images.save(
                "berth-test/" + TestEngine.uniqueName("absent") + ":1", archive, bytes -> { }).result()));
        assertThat(failure).hasCauseInstanceOf(DaemonException.class);
        assertThat(dir.toFile().list()).isEmpty();
        assertThat(Files.exists(archive)).isFalse();
    }

    @Test
    void detailsAndHistoryComeFromTheEnginesOwnAnswers() {
        String own = committedImage("details");
        ImageDetails details = Futures.done(images.details(own));
        assertThat(details.repoTags()).containsExactly(own);
        assertThat(details.labels()).containsEntry(TestEngine.TEST_LABEL, "true");
        assertThat(details.inspectJson()).contains("\"RepoTags\": [");
        assertThat(details.platform()).startsWith("linux/");

        List<ImageLayer> history = Futures.done(images.history(own));
        assertThat(history).hasSizeGreaterThanOrEqualTo(2);
        assertThat(history.get(0).id()).isEqualTo(details.id());
        assertThat(history.get(0).tags()).containsExactly(own);
        assertThat(history).extracting(ImageLayer::createdBy).anyMatch(createdBy -> !createdBy.isEmpty());
    }
}
