package dev.berth.daemon.containers;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.Transfer;
import dev.berth.daemon.files.FileEntry;
import dev.berth.daemon.files.TransferProgress;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A container's own files, running or stopped, through the engine's archive endpoint ({@code docker cp}) and its
 * changes against the image ({@code docker diff}). Paths are absolute paths inside the container. Each future fails
 * with a {@link DaemonException} whose sentence says what went wrong (no such path, permission denied, the container
 * removed meanwhile, a full disk) and what to do.
 */
public interface ContainerFileOperations {

    /**
     * The entries directly inside {@code folder}, folders first, each sub-folder with its total size. Closing the
     * transfer stops reading a large folder at once.
     */
    Transfer<List<FileEntry>> listFolder(String container, String folder);

    /** {@code docker diff}: what the container added, changed and deleted against its image. */
    CompletableFuture<List<FileChange>> changes(String container);

    /**
     * {@code docker cp CONTAINER:PATH INTO}: a file or a folder with everything in it, with modes and times. A failed
     * or cancelled download leaves nothing in {@code into}; an existing file of the same name is never replaced.
     *
     * @return the downloaded file or folder
     */
    CompletableFuture<Path> download(String container, String path, Path into, TransferProgress progress);

    /**
     * {@code docker cp SOURCE CONTAINER:FOLDER} for each source: files and folders (with everything in them) go into
     * {@code folder}, replacing files of the same name, owned by root and with the host's permission bits, as
     * {@code docker cp} gives them.
     */
    CompletableFuture<Void> upload(String container, List<Path> sources, String folder, TransferProgress progress);

    /** A file's entry and, when it is at most {@code limit} bytes, its bytes. */
    CompletableFuture<FileContent> read(String container, String path, long limit);

    /**
     * Writes {@code content} as the file at {@code like.path()}, with the mode and owner of {@code like} (the file as
     * it was read), and the time of now.
     */
    CompletableFuture<Void> write(String container, FileEntry like, byte[] content);
}
