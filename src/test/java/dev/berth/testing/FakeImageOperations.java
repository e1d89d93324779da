package dev.berth.testing;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.Transfer;
import dev.berth.daemon.images.ImageDetails;
import dev.berth.daemon.images.ImageLayer;
import dev.berth.daemon.images.ImageOperations;
import dev.berth.daemon.images.ImageReference;
import dev.berth.daemon.images.ImageSummary;
import dev.berth.daemon.images.ProgressMessage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** The image calls of {@link FakeEngineGateway}: answers from settable data, at once, on the caller's thread. */
public final class FakeImageOperations implements ImageOperations {
    private final List<String> actions = new CopyOnWriteArrayList<>();
    private volatile List<ImageSummary> images = List.of();
    private volatile Map<String, List<String>> exposedPorts = Map.of();
    private volatile Map<String, ImageDetails> details = Map.of();
    private volatile Map<String, List<ImageLayer>> histories = Map.of();
    private volatile DaemonException nextFailure;
    private final AtomicInteger detailsCalls = new AtomicInteger();
    private volatile DaemonException nextDetailsFailure;
    private volatile Consumer<ProgressMessage> openTransferProgress;
    private volatile CompletableFuture<?> openTransfer;

    public void setImages(List<ImageSummary> latest) {
        images = List.copyOf(latest);
    }

    public void setExposedPorts(Map<String, List<String>> byImage) {
        exposedPorts = Map.copyOf(byImage);
    }

    @Override
    public CompletableFuture<List<ImageSummary>> list() {
        return CompletableFuture.completedFuture(images);
    }

    @Override
    public CompletableFuture<List<String>> exposedPorts(String imageReference) {
        return CompletableFuture.completedFuture(exposedPorts.getOrDefault(imageReference, List.of()));
    }

    /** The changes asked for, as CLI-like words: "rmi -f web:1". */
    public List<String> actions() {
        return actions;
    }

    @Override
    public CompletableFuture<Void> remove(String idOrReference, boolean force) {
        return act("rmi " + (force ? "-f " : "") + idOrReference);
    }

    public void setDetails(Map<String, ImageDetails> byId) {
        details = Map.copyOf(byId);
    }

    /** How many times the details were asked for. */
    public int detailsCalls() {
        return detailsCalls.get();
    }

    public void setHistories(Map<String, List<ImageLayer>> byId) {
        histories = Map.copyOf(byId);
    }

    /** The next change (remove, tag) fails with this error, as the engine would refuse it. */
    public void failNextAction(DaemonException failure) {
        nextFailure = failure;
    }

    private CompletableFuture<Void> act(String action) {
        actions.add(action);
        DaemonException failure = nextFailure;
        nextFailure = null;
        return failure == null ? CompletableFuture.completedFuture(null) : CompletableFuture.failedFuture(failure);
    }

    /** The next details call fails with this error. */
    public void failNextDetails(DaemonException failure) {
        nextDetailsFailure = failure;
    }

    @Override
    public CompletableFuture<ImageDetails> details(String idOrReference) {
        detailsCalls.incrementAndGet();
        DaemonException failure = nextDetailsFailure;
        nextDetailsFailure = null;
        if (failure != null) {
            return CompletableFuture.failedFuture(failure);
        }
        ImageDetails answer = details.get(idOrReference);
        return answer != null ? CompletableFuture.completedFuture(answer)
                : CompletableFuture.failedFuture(new DaemonException("No such image: " + idOrReference + ".", null));
    }

    @Override
    public CompletableFuture<List<ImageLayer>> history(String idOrReference) {
        return CompletableFuture.completedFuture(histories.getOrDefault(idOrReference, List.of()));
    }

    @Override
    public CompletableFuture<Void> tag(String idOrReference, String target) {
        return act("tag " + idOrReference + " " + target);
    }

    @Override
    public Transfer<Void> pull(ImageReference reference, Consumer<ProgressMessage> progress) {
        return openTransfer("pull " + reference, progress);
    }

    @Override
    public Transfer<Void> push(ImageReference reference, Consumer<ProgressMessage> progress) {
        return openTransfer("push " + reference, progress);
    }

    @Override
    public Transfer<Void> save(String idOrReference, Path target, LongConsumer bytesWritten) {
        return openTransfer("save -o " + target + " " + idOrReference, bytes -> bytesWritten.accept(bytes.current()));
    }

    @Override
    public Transfer<List<String>> load(Path source, LongConsumer bytesRead) {
        actions.add("load -i " + source);
        CompletableFuture<List<String>> result = new CompletableFuture<>();
        openTransfer = result;
        openTransferProgress = bytes -> bytesRead.accept(bytes.current());
        return new Transfer<>(result, () -> actions.add("cancel"));
    }

    private Transfer<Void> openTransfer(String action, Consumer<ProgressMessage> progress) {
        actions.add(action);
        CompletableFuture<Void> result = new CompletableFuture<>();
        openTransfer = result;
        openTransferProgress = progress;
        return new Transfer<>(result, () -> actions.add("cancel"));
    }

    /** Hands a progress message to the open transfer (for save and load, {@code current} is the byte count). */
    public void emitProgress(ProgressMessage message) {
        openTransferProgress.accept(message);
    }

    /** Ends the open transfer: with {@code failure}, or successfully with {@code value} when failure is null. */
    @SuppressWarnings("unchecked")
    public <T> void finishTransfer(T value, DaemonException failure) {
        CompletableFuture<T> transfer = (CompletableFuture<T>) openTransfer;
        if (failure != null) {
            transfer.completeExceptionally(failure);
        } else {
            transfer.complete(value);
        }
    }
}
