package dev.berth.daemon;

import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Image;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@link ImageOperations} over docker-java. */
final class DockerImageOperations implements ImageOperations {
    /** What the engine lists as the tag of an image that has none. */
    static final String NO_TAG = "<none>:<none>";

    private final EngineCalls calls;

    DockerImageOperations(EngineCalls calls) {
        this.calls = calls;
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
            client.removeImageCmd(idOrReference).withForce(force).exec();
            return null;
        });
    }

    static ImageSummary toSummary(Image image) {
        List<String> tags = image.getRepoTags() == null ? List.of()
                : Arrays.stream(image.getRepoTags()).filter(tag -> !NO_TAG.equals(tag)).toList();
        long size = image.getSize() != null ? image.getSize() : 0L;
        long created = image.getCreated() != null ? image.getCreated() : 0L;
        return new ImageSummary(image.getId(), tags, size, Instant.ofEpochSecond(created));
    }

    /** "80/tcp" strings, ordered by port number and then protocol (so 443 comes after 80). */
    static List<String> declaredPorts(ContainerConfig config) {
        if (config == null || config.getExposedPorts() == null) {
            return List.of();
        }
        return Arrays.stream(config.getExposedPorts())
                .sorted(Comparator.comparingInt(ExposedPort::getPort)
                        .thenComparing(port -> String.valueOf(port.getProtocol())))
                .map(ExposedPort::toString).distinct().toList();
    }
}
