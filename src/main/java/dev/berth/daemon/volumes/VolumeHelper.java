package dev.berth.daemon.volumes;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.VolumeOptions;
import dev.berth.daemon.DaemonException;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A container that exists only so the engine's archive endpoint can read or write a volume: created from a local
 * image with the volume mounted at {@link #MOUNT}, never started (so nothing in the image runs), no network, and
 * removed by {@link #close()}.
 */
public final class VolumeHelper implements AutoCloseable {
    static final String MOUNT = "/berth-volume";
    public static final String LABEL = "dev.berth.helper";
    /** Never run; the engine only wants some command for an image (like one FROM scratch) that declares none. */
    private static final String UNUSED_COMMAND = "/berth-helper-is-never-started";

    /** Berth's own helpers are no containers of the user's: the lists leave them out. */
    public static boolean isHelper(Container container) {
        return container.getLabels() != null && container.getLabels().containsKey(LABEL);
    }

    final String id;
    private final DockerClient client;

    private VolumeHelper(DockerClient client, String id) {
        this.client = client;
        this.id = id;
    }

    /**
     * @param labels put on the helper container, so it can be recognised (and cleaned up) as Berth's
     */
    static VolumeHelper create(DockerClient client, String volume, boolean readOnly, Map<String, String> labels) {
        client.inspectVolumeCmd(volume).exec(); // a mount would create a missing volume; say it is missing instead
        Mount mount = new Mount().withType(MountType.VOLUME).withSource(volume).withTarget(MOUNT)
                .withReadOnly(readOnly).withVolumeOptions(new VolumeOptions().withNoCopy(true));
        String id = client.createContainerCmd(imageFor(client, volume)).withLabels(labels).withCmd(UNUSED_COMMAND)
                .withNetworkDisabled(true).withHostConfig(HostConfig.newHostConfig().withMounts(List.of(mount)))
                .exec().getId();
        return new VolumeHelper(client, id);
    }

    /**
     * The image of a container that already uses the volume (it is surely here and fits), else the smallest local
     * image: the helper is never started, so any image will do.
     */
    static String imageFor(DockerClient client, String volume) {
        List<Container> users = client.listContainersCmd().withShowAll(true).withVolumeFilter(List.of(volume)).exec();
        Optional<String> used = users.stream().map(Container::getImageId).filter(Objects::nonNull).findFirst();
        if (used.isPresent()) {
            return used.get();
        }
        return smallest(client.listImagesCmd().exec()).orElseThrow(() -> new DaemonException(
                "Berth reads volume files through a helper container, and that needs a local image; there is none.",
                "Pull any small image (for example `docker pull busybox`), then try again."));
    }

    static Optional<String> smallest(List<Image> images) {
        return images.stream().filter(image -> image.getId() != null)
                .min(Comparator.comparingLong(image -> image.getSize() == null ? Long.MAX_VALUE : image.getSize()))
                .map(Image::getId);
    }

    /** The path inside the helper of a path relative to the volume's root ("" is the root). */
    static String inside(String relativePath) {
        String clean = relativePath == null ? "" : relativePath.replaceAll("^/+|/+$", "");
        return clean.isEmpty() ? MOUNT : MOUNT + "/" + clean;
    }

    @Override
    public void close() {
        try {
            client.removeContainerCmd(id).withForce(true).exec();
        } catch (NotFoundException alreadyGone) {
            // Someone removed it already; nothing is left behind.
        }
    }
}
