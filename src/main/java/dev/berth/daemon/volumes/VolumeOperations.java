package dev.berth.daemon.volumes;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.files.FileEntry;
import dev.berth.daemon.files.TransferProgress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Volume calls; each future fails with a {@link DaemonException} that can be shown as it is. Reading and writing a
 * volume's files goes through a short-lived helper container that is created (never started) with the volume
 * mounted, used through the engine's archive endpoint, and removed afterwards, also on failure or cancel.
 */
public interface VolumeOperations {

    /** Every volume, like {@code docker volume ls}. */
    CompletableFuture<List<VolumeSummary>> list();

    /** Volume name → the containers (running or not) that mount it; volumes nobody uses are left out. */
    CompletableFuture<Map<String, List<VolumeUser>>> users();

    /**
     * Volume name → bytes on disk, from the engine's disk-usage report ({@code docker system df -v}). Slow on large
     * hosts: call it when the user asks, never on every refresh. A driver that does not measure answers -1.
     */
    CompletableFuture<Map<String, Long>> sizes();

    /** {@code docker volume create}; answers the volume as made (with the engine's name when none was given). */
    CompletableFuture<VolumeSummary> create(VolumeSpec spec);

    /** {@code docker volume inspect}: the engine's JSON as the CLI prints it. */
    CompletableFuture<String> inspectJson(String name);

    /**
     * {@code docker volume rm}; the engine refuses while a container uses the volume, and the future then fails
     * with a {@link VolumeInUseException} naming the containers.
     */
    CompletableFuture<Void> remove(String name);

    /**
     * The entries directly inside {@code folder} ("" for the volume's root), folders first, with each sub-folder's
     * total size.
     */
    CompletableFuture<List<FileEntry>> listFolder(String volume, String folder);

    /** Copies a file or a folder (with everything in it) of the volume into the host folder {@code into}. */
    CompletableFuture<Path> download(String volume, String path, Path into, TransferProgress progress);

    /**
     * Writes the whole volume to a {@code .tar.gz} whose entries are relative to the volume's root, with modes,
     * owners, times and links as they are. A partial file is deleted when the back-up fails or is cancelled.
     *
     * @param expectedBytes the volume's size when known (for progress), else -1
     */
    CompletableFuture<Void> backUp(String volume, Path archive, long expectedBytes, TransferProgress progress);

    /**
     * Extracts a {@code .tar.gz} (as {@link #backUp} writes) into the volume. Refuses a volume that holds anything
     * unless {@code intoNonEmpty}; then files of the archive replace files at the same paths, and others stay.
     */
    CompletableFuture<Void> restore(Path archive, String volume, boolean intoNonEmpty, TransferProgress progress);
}
