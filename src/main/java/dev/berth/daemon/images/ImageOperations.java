package dev.berth.daemon.images;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.Transfer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Image calls; each future fails with a {@link DaemonException} that can be shown as it is. Transfers (pull, push,
 * save, load) report progress on gateway threads and are cancelled by closing them.
 */
public interface ImageOperations {

    /** Local images, like {@code docker images}. */
    CompletableFuture<List<ImageSummary>> list();

    /** The ports an image declares with EXPOSE, as "80/tcp", "53/udp"; empty when the image is not local. */
    CompletableFuture<List<String>> exposedPorts(String imageReference);

    /** {@code docker rmi [-f]}: untags the reference, and deletes the image once no tag or container holds it. */
    CompletableFuture<Void> remove(String idOrReference, boolean force);

    /** {@code docker image inspect}, read into what the details show, with the engine's JSON as it is. */
    CompletableFuture<ImageDetails> details(String idOrReference);

    /** {@code docker history}: the image's layers, newest first. */
    CompletableFuture<List<ImageLayer>> history(String idOrReference);

    /** {@code docker tag}: {@code target} must pass {@link ImageReference#tagProblem}. */
    CompletableFuture<Void> tag(String idOrReference, String target);

    /** {@code docker pull}, with the registry login the CLI would use; progress per layer as it comes. */
    Transfer<Void> pull(ImageReference reference, Consumer<ProgressMessage> progress);

    /** {@code docker push} of one tag, with the registry login the CLI would use. */
    Transfer<Void> push(ImageReference reference, Consumer<ProgressMessage> progress);

    /** {@code docker save -o target}; {@code bytesWritten} follows the archive as it is written. */
    Transfer<Void> save(String idOrReference, Path target, LongConsumer bytesWritten);

    /** {@code docker load -i source}; answers the loaded images' names ("repo:tag", or an id when untagged). */
    Transfer<List<String>> load(Path source, LongConsumer bytesRead);
}
