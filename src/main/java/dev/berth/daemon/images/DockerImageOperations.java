package dev.berth.daemon.images;

import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Image;
import dev.berth.daemon.Transfer;
import dev.berth.daemon.engine.EngineCalls;
import dev.berth.daemon.engine.EngineJson;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** {@link ImageOperations} over docker-java. */
public final class DockerImageOperations implements ImageOperations {
    /** What the engine lists as the tag of an image that has none. */
    static final String NO_TAG = "<none>:<none>";

    private final EngineCalls calls;
    private final ImageTransfers transfers;
    private final ImageArchives archives;

    public DockerImageOperations(EngineCalls calls) {
        this(calls, RegistryCredentials.forThisUser());
    }

    public DockerImageOperations(EngineCalls calls, RegistryCredentials credentials) {
        this.calls = calls;
        this.transfers = new ImageTransfers(calls, credentials);
        this.archives = new ImageArchives(calls);
    }

    @Override
    public CompletableFuture<List<ImageSummary>> list() {
        return calls.run("list images", client -> client.listImagesCmd().exec().stream()
                .map(DockerImageOperations::toSummary).toList());
    }

    @Override
    public CompletableFuture<List<String>> exposedPorts(String imageReference) {
        return calls.run("read the exposed ports of image " + imageReference, client -> {
            try {
                return declaredPorts(client.inspectImageCmd(imageReference).exec().getConfig());
            } catch (NotFoundException notLocal) {
                return List.of(); // a run dialog may name an image that is pulled only when it runs
            }
        });
    }

    @Override
    public CompletableFuture<Void> remove(String idOrReference, boolean force) {
        return calls.run("remove image " + idOrReference, client -> {
            try {
                client.removeImageCmd(idOrReference).withForce(force).exec();
            } catch (RuntimeException refused) {
                throw ImageErrors.remove(refused, idOrReference);
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<ImageDetails> details(String idOrReference) {
        String path = "/images/" + EngineJson.pathSegment(idOrReference) + "/json";
        return calls.onConnection("inspect image " + idOrReference,
                clients -> ImageJson.details(clients.getJson(path)));
    }

    @Override
    public CompletableFuture<List<ImageLayer>> history(String idOrReference) {
        String path = "/images/" + EngineJson.pathSegment(idOrReference) + "/history";
        return calls.onConnection("read the history of image " + idOrReference,
                clients -> ImageJson.history(clients.getJson(path)));
    }

    @Override
    public CompletableFuture<Void> tag(String idOrReference, String target) {
        ImageReference reference = ImageReference.parse(target);
        return calls.run("tag image " + idOrReference + " as " + target, client -> {
            client.tagImageCmd(idOrReference, reference.name(), reference.tagOrLatest()).exec();
            return null;
        });
    }

    @Override
    public Transfer<Void> pull(ImageReference reference, Consumer<ProgressMessage> progress) {
        return transfers.pull(reference, progress);
    }

    @Override
    public Transfer<Void> push(ImageReference reference, Consumer<ProgressMessage> progress) {
        return transfers.push(reference, progress);
    }

    @Override
    public Transfer<Void> save(String idOrReference, Path target, LongConsumer bytesWritten) {
        return archives.save(idOrReference, target, bytesWritten);
    }

    @Override
    public Transfer<List<String>> load(Path source, LongConsumer bytesRead) {
        return archives.load(source, bytesRead);
    }

    public static ImageSummary toSummary(Image image) {
        List<String> tags = image.getRepoTags() == null ? List.of()
                : Arrays.stream(image.getRepoTags()).filter(tag -> !NO_TAG.equals(tag)).toList();
        long size = image.getSize() != null ? image.getSize() : 0L;
        long created = image.getCreated() != null ? image.getCreated() : 0L;
        return new ImageSummary(image.getId(), tags, size, Instant.ofEpochSecond(created));
    }

    /** "80/tcp" strings, ordered by port number and then protocol (so 443 comes after 80). */
    public static List<String> declaredPorts(ContainerConfig config) {
        if (config == null || config.getExposedPorts() == null) {
            return List.of();
        }
        return Arrays.stream(config.getExposedPorts())
                .sorted(Comparator.comparingInt(ExposedPort::getPort)
                        .thenComparing(port -> String.valueOf(port.getProtocol())))
                .map(ExposedPort::toString).distinct().toList();
    }
}
