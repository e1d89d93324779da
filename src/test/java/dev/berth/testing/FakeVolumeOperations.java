package dev.berth.testing;

import dev.berth.daemon.VolumeOperations;
import dev.berth.daemon.VolumeSummary;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** The volume calls of {@link FakeEngineGateway}: answers from settable data, at once, on the caller's thread. */
public final class FakeVolumeOperations implements VolumeOperations {
    private final List<String> actions = new CopyOnWriteArrayList<>();
    private volatile List<VolumeSummary> volumes = List.of();

    public void setVolumes(List<VolumeSummary> latest) {
        volumes = List.copyOf(latest);
    }

    @Override
    public CompletableFuture<List<VolumeSummary>> list() {
        return CompletableFuture.completedFuture(volumes);
    }

    /** The changes asked for, as CLI-like words: "volume rm pgdata". */
    public List<String> actions() {
        return actions;
    }

    @Override
    public CompletableFuture<Void> remove(String name) {
        actions.add("volume rm " + name);
        return CompletableFuture.completedFuture(null);
    }
}
