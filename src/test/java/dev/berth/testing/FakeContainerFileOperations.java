package dev.berth.testing;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.Transfer;
import dev.berth.daemon.containers.ContainerFileOperations;
import dev.berth.daemon.containers.FileChange;
import dev.berth.daemon.containers.FileContent;
import dev.berth.daemon.files.FileEntry;
import dev.berth.daemon.files.TransferProgress;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The container file calls of {@link FakeEngineGateway}: folders, changes and file contents from settable data, at
 * once, on the caller's thread; writes change the stored content. Downloads and uploads stay pending until the test
 * finishes them with {@link #finishTransfer}, so it can drive their progress and cancel in between.
 */
public final class FakeContainerFileOperations implements ContainerFileOperations {
    private final Map<String, List<FileEntry>> folders = new ConcurrentHashMap<>();
    private final Map<String, FileContent> contents = new ConcurrentHashMap<>();
    private final List<String> actions = new CopyOnWriteArrayList<>();
    private final List<Transfer<List<FileEntry>>> listings = new CopyOnWriteArrayList<>();
    private volatile List<FileChange> changes = List.of();
    private final PendingTransfer inFlight = new PendingTransfer();
    private volatile boolean listingsPending;

    public void setFolder(String folder, List<FileEntry> entries) {
        folders.put(folder, List.copyOf(entries));
    }

    public void setChanges(List<FileChange> latest) {
        changes = List.copyOf(latest);
    }

    /** What {@link #read} answers for {@code entry.path()}, with the entry's size made that of the text. */
    public void setFile(FileEntry entry, String text) {
        setFile(entry, text.getBytes(StandardCharsets.UTF_8));
    }

    public void setFile(FileEntry entry, byte[] bytes) {
        contents.put(entry.path(), new FileContent(new FileEntry(entry.path(), entry.kind(), bytes.length,
                entry.modified(), entry.mode(), entry.linkTarget(), entry.owner()), bytes));
    }

    /** From now on listings stay pending (as a slow folder would), so the test sees them superseded and closed. */
    public void holdListings() {
        listingsPending = true;
    }

    public List<Transfer<List<FileEntry>>> listings() {
        return listings;
    }

    /** What was asked, as CLI-like words: "cp web:/etc/hosts /tmp", "write /etc/hosts". */
    public List<String> actions() {
        return actions;
    }

    public TransferProgress lastProgress() {
        return inFlight.lastProgress();
    }

    /** Ends the pending download or upload: successfully when {@code failure} is null. */
    public void finishTransfer(Throwable failure) {
        inFlight.finish(failure);
    }

    @Override
    public Transfer<List<FileEntry>> listFolder(String container, String folder) {
        actions.add("ls " + folder);
        CompletableFuture<List<FileEntry>> answer = new CompletableFuture<>();
        Transfer<List<FileEntry>> listing = new Transfer<>(answer, () -> actions.add("closed listing of " + folder));
        listings.add(listing);
        if (!listingsPending) {
            List<FileEntry> entries = folders.get(folder);
            if (entries == null) {
                answer.completeExceptionally(new DaemonException("There is no " + folder + " in container "
                        + container + ".", "Check the path, or go up to a folder that exists."));
            } else {
                answer.complete(entries);
            }
        }
        return listing;
    }

    @Override
    public CompletableFuture<List<FileChange>> changes(String container) {
        actions.add("diff " + container);
        return CompletableFuture.completedFuture(changes);
    }

    @Override
    public CompletableFuture<Path> download(String container, String path, Path into, TransferProgress progress) {
        actions.add("cp " + container + ":" + path + " " + into);
        return pending(progress);
    }

    @Override
    public CompletableFuture<Void> upload(String container, List<Path> sources, String folder,
                                          TransferProgress progress) {
        actions.add("cp " + sources + " " + container + ":" + folder);
        return pending(progress);
    }

    @Override
    public CompletableFuture<FileContent> read(String container, String path, long limit) {
        actions.add("read " + path);
        FileContent content = contents.get(path);
        if (content == null) {
            return CompletableFuture.failedFuture(new DaemonException("There is no " + path + " in container "
                    + container + ".", null));
        }
        return CompletableFuture.completedFuture(content.entry().size() > limit
                ? new FileContent(content.entry(), new byte[0]) : content);
    }

    @Override
    public CompletableFuture<Void> write(String container, FileEntry like, byte[] content) {
        actions.add("write " + like.path() + " " + Integer.toOctalString(like.mode()) + " "
                + like.owner().describe());
        FileEntry now = new FileEntry(like.path(), like.kind(), content.length, like.modified(), like.mode(),
                like.linkTarget(), like.owner());
        contents.put(like.path(), new FileContent(now, content));
        return CompletableFuture.completedFuture(null);
    }

    private <T> CompletableFuture<T> pending(TransferProgress progress) {
        return inFlight.start(progress);
    }
}
