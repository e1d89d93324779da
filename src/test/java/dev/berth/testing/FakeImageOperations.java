package dev.berth.testing;

import dev.berth.daemon.ImageOperations;
import dev.berth.daemon.ImageSummary;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** The image calls of {@link FakeEngineGateway}: answers from settable data, at once, on the caller's thread. */
public final class FakeImageOperations implements ImageOperations {
    private final List<String> actions = new CopyOnWriteArrayList<>();
    private volatile List<ImageSummary> images = List.of();
    private volatile Map<String, List<String>> exposedPorts = Map.of();

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
        actions.add("rmi " + (force ? "-f " : "") + idOrReference);
        return CompletableFuture.completedFuture(null);
    }
}
