package dev.berth.daemon;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Image calls; each future fails with a {@link DaemonException} that can be shown as it is. */
public interface ImageOperations {

    /** Local images, like {@code docker images}. */
    CompletableFuture<List<ImageSummary>> list();

    /** The ports an image declares with EXPOSE, as "80/tcp", "53/udp"; empty when the image is not local. */
    CompletableFuture<List<String>> exposedPorts(String imageReference);

    /** {@code docker rmi [-f]}: untags the reference, and deletes the image once no tag or container holds it. */
    CompletableFuture<Void> remove(String idOrReference, boolean force);
}
