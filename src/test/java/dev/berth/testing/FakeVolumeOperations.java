package dev.berth.testing;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.files.FileEntry;
import dev.berth.daemon.volumes.VolumeInUseException;
import dev.berth.daemon.volumes.VolumeOperations;
import dev.berth.daemon.volumes.VolumeSpec;
import dev.berth.daemon.volumes.VolumeSummary;
import dev.berth.daemon.files.TransferProgress;
import dev.berth.daemon.volumes.VolumeUser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The volume calls of {@link FakeEngineGateway}: answers from settable data, at once, on the caller's thread. Transfers
 * (download, back-up, restore) stay pending until the test finishes them with {@link #finishTransfer}, so it can drive
 * their progress and cancel in between.
 */
public final class FakeVolumeOperations implements VolumeOperations {
    private final List<String> actions = new CopyOnWriteArrayList<>();
    private final AtomicInteger sizeCalls = new AtomicInteger();
    private final AtomicInteger listCalls = new AtomicInteger();
    private volatile List<VolumeSummary> volumes = List.of();
    private volatile Map<String, List<VolumeUser>> users = Map.of();
    private volatile Map<String, Long> sizes = Map.of();
    private final Map<String, List<FileEntry>> folders = new ConcurrentHashMap<>();
    private volatile DaemonException nextFailure;
    private final PendingTransfer inFlight = new PendingTransfer();

    public void setVolumes(List<VolumeSummary> latest) {
        volumes = List.copyOf(latest);
    }

    public void setUsers(Map<String, List<VolumeUser>> latest) {
        users = Map.copyOf(latest);
    }

    public void setSizes(Map<String, Long> latest) {
        sizes = Map.copyOf(latest);
    }

    /** What {@link #listFolder} answers for that volume and folder ("" is the root). */
    public void setFolder(String volume, String folder, List<FileEntry> entries) {
        folders.put(volume + ":" + folder, List.copyOf(entries));
    }

    /** The next change (create, remove, restore…) fails with this. */
    public void failNext(DaemonException failure) {
        nextFailure = failure;
    }

    /** The changes asked for, as CLI-like words: "volume rm pgdata". */
    public List<String> actions() {
        return actions;
    }

    public int sizeCalls() {
        return sizeCalls.get();
    }

    public int listCalls() {
        return listCalls.get();
    }

    /** The progress callback of the transfer started last. */
    public TransferProgress lastProgress() {
        return inFlight.lastProgress();
    }

    /** Ends the pending transfer: successfully when {@code failure} is null. */
    public void finishTransfer(Throwable failure) {
        inFlight.finish(failure);
    }

    @Override
    public CompletableFuture<List<VolumeSummary>> list() {
        listCalls.incrementAndGet();
        return CompletableFuture.completedFuture(volumes);
    }

    @Override
    public CompletableFuture<Map<String, List<VolumeUser>>> users() {
        return CompletableFuture.completedFuture(users);
    }

    @Override
    public CompletableFuture<Map<String, Long>> sizes() {
        sizeCalls.incrementAndGet();
        return CompletableFuture.completedFuture(sizes);
    }

    @Override
    public CompletableFuture<VolumeSummary> create(VolumeSpec spec) {
        return change("volume create " + spec.name(), () -> {
            VolumeSummary made = new VolumeSummary(spec.name(), spec.driver(), "/var/lib/docker/volumes/"
                    + spec.name() + "/_data", null, spec.labels(), spec.driverOptions());
            List<VolumeSummary> more = new ArrayList<>(volumes);
            more.add(made);
            volumes = List.copyOf(more);
            return made;
        });
    }

    @Override
    public CompletableFuture<String> inspectJson(String name) {
        actions.add("volume inspect " + name);
        return CompletableFuture.completedFuture("{\n    \"Name\": \"" + name + "\"\n}");
    }

    @Override
    public CompletableFuture<Void> remove(String name) {
        List<VolumeUser> using = users.getOrDefault(name, List.of());
        if (!using.isEmpty()) {
            actions.add("volume rm " + name);
            return CompletableFuture.failedFuture(new VolumeInUseException(name, using, 409, null));
        }
        return change("volume rm " + name, () -> {
            volumes = volumes.stream().filter(volume -> !volume.name().equals(name)).toList();
            return null;
        });
    }

    @Override
    public CompletableFuture<List<FileEntry>> listFolder(String volume, String folder) {
        List<FileEntry> entries = folders.get(volume + ":" + folder);
        return entries != null ? CompletableFuture.completedFuture(entries)
                : CompletableFuture.failedFuture(new DaemonException("No folder " + folder + " in " + volume + ".",
                null));
    }

    @Override
    public CompletableFuture<Path> download(String volume, String path, Path into, TransferProgress progress) {
        return transfer("download " + volume + ":" + path + " " + into, progress);
    }

    @Override
    public CompletableFuture<Void> backUp(String volume, Path archive, long expectedBytes, TransferProgress progress) {
        return transfer("backup " + volume + " " + archive.getFileName() + " expected=" + expectedBytes, progress);
    }

    @Override
    public CompletableFuture<Void> restore(Path archive, String volume, boolean intoNonEmpty,
                                           TransferProgress progress) {
        if (nextFailure != null) {
            return change("restore", () -> null);
        }
        return transfer("restore " + archive.getFileName() + " " + volume + " intoNonEmpty=" + intoNonEmpty,
                progress);
    }

    private <T> CompletableFuture<T> transfer(String action, TransferProgress progress) {
        actions.add(action);
        return inFlight.start(progress);
    }

    private <T> CompletableFuture<T> change(String action, java.util.function.Supplier<T> effect) {
        actions.add(action);
        DaemonException failure = nextFailure;
        if (failure != null) {
            nextFailure = null;
            return CompletableFuture.failedFuture(failure);
        }
        return CompletableFuture.completedFuture(effect.get());
    }
}
