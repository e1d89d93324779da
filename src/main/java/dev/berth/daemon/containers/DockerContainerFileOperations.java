package dev.berth.daemon.containers;

import com.github.dockerjava.api.model.ChangeLog;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.berth.daemon.Transfer;
import dev.berth.daemon.engine.EngineCalls;
import dev.berth.daemon.engine.EngineClients;
import dev.berth.daemon.engine.EngineJson;
import dev.berth.daemon.files.ArchiveListing;
import dev.berth.daemon.files.FileEntry;
import dev.berth.daemon.files.HostArchive;
import dev.berth.daemon.files.HostExtraction;
import dev.berth.daemon.files.TransferProgress;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link ContainerFileOperations} over the engine's archive endpoint. Archives are read on the stream connection as
 * they come, so a large file or folder never sits in memory, and closing the response stops the engine sending.
 */
public final class DockerContainerFileOperations implements ContainerFileOperations {
    private static final int PIPE = 256 * 1024;

    private final EngineCalls calls;

    public DockerContainerFileOperations(EngineCalls calls) {
        this.calls = calls;
    }

    @Override
    public Transfer<List<FileEntry>> listFolder(String container, String folder) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<DockerHttpClient.Response> open = new AtomicReference<>();
        TransferProgress progress = cancellable(TransferProgress.NONE, cancelled);
        CompletableFuture<List<FileEntry>> result = calls.onConnection("list " + folder + " in container "
                + container, clients -> reading(clients, container, folder, open, cancelled,
                tar -> ArchiveListing.children(tar, folder, progress)));
        return new Transfer<>(result, () -> {
            cancelled.set(true);
            closeQuietly(open.get());
        });
    }

    @Override
    public CompletableFuture<List<FileChange>> changes(String container) {
        return calls.run("list the changed files of container " + container, client -> {
            try {
                return client.containerDiffCmd(container).exec().stream().map(DockerContainerFileOperations::change)
                        .toList();
            } catch (RuntimeException failed) {
                throw ContainerFileErrors.explain(failed, container, "/", "list the changed files of container "
                        + container);
            }
        });
    }

    static FileChange change(ChangeLog line) {
        FileChange.Kind kind = switch (line.getKind() == null ? 0 : line.getKind()) {
            case 1 -> FileChange.Kind.ADDED;
            case 2 -> FileChange.Kind.DELETED;
            default -> FileChange.Kind.CHANGED;
        };
        return new FileChange(line.getPath(), kind);
    }

    @Override
    public CompletableFuture<Path> download(String container, String path, Path into, TransferProgress progress) {
        AtomicReference<DockerHttpClient.Response> open = new AtomicReference<>();
        return calls.onConnection("download " + path + " from container " + container, clients ->
                reading(clients, container, path, open, new AtomicBoolean(),
                        tar -> HostExtraction.extract(tar, into, expectedBytes(open.get()), progress)));
    }

    @Override
    public CompletableFuture<Void> upload(String container, List<Path> sources, String folder,
                                          TransferProgress progress) {
        String attempt = "copy into " + folder + " of container " + container;
        return calls.onConnection(attempt, clients -> {
            try (PipedInputStream tar = new PipedInputStream(PIPE)) {
                PipedOutputStream writer = new PipedOutputStream(tar);
                long total = HostArchive.size(sources);
                CompletableFuture<Void> written = CompletableFuture.runAsync(() -> {
                    try (writer) {
                        HostArchive.write(sources, writer, total, progress);
                    } catch (IOException failed) {
                        throw new java.io.UncheckedIOException(failed);
                    }
                }, command -> new Thread(command, "berth-upload-tar").start());
                try {
                    clients.streams.copyArchiveToContainerCmd(container).withRemotePath(folder)
                            .withNoOverwriteDirNonDir(true).withTarInputStream(tar).exec();
                } finally {
                    closeQuietly(tar); // a writer still writing (the engine refused) stops at once
                }
                written.join();
                progress.stopIfCancelled(); // a cancel during the last chunk still counts
                return null;
            } catch (IOException | RuntimeException failed) {
                throw ContainerFileErrors.explain(progress.cancelled() ? new CancellationException("Cancelled")
                        : unwrap(failed), container, folder, attempt);
            }
        });
    }

    @Override
    public CompletableFuture<FileContent> read(String container, String path, long limit) {
        return calls.onConnection("read " + path + " in container " + container, clients ->
                reading(clients, container, path, new AtomicReference<>(), new AtomicBoolean(), tar -> {
                    TarArchiveInputStream in = new TarArchiveInputStream(tar);
                    TarArchiveEntry header = in.getNextEntry();
                    if (header == null) {
                        throw new IOException("The engine sent an empty archive");
                    }
                    FileEntry entry = ArchiveListing.entry(path, header);
                    boolean fits = entry.kind() == FileEntry.Kind.FILE && entry.size() <= limit;
                    return new FileContent(entry, fits ? in.readAllBytes() : new byte[0]);
                }));
    }

    @Override
    public CompletableFuture<Void> write(String container, FileEntry like, byte[] content) {
        String path = like.path();
        int slash = path.lastIndexOf('/');
        String folder = slash <= 0 ? "/" : path.substring(0, slash);
        String attempt = "write " + path + " in container " + container;
        return calls.onConnection(attempt, clients -> {
            byte[] tar = HostArchive.singleFile(like.name(), content, like.mode(), like.owner(), Instant.now());
            try {
                clients.streams.copyArchiveToContainerCmd(container).withRemotePath(folder)
                        .withNoOverwriteDirNonDir(true).withTarInputStream(new ByteArrayInputStream(tar)).exec();
            } catch (RuntimeException failed) {
                throw ContainerFileErrors.explain(failed, container, path, attempt);
            }
            return null;
        });
    }

    /**
     * Opens the archive of {@code path} on the stream connection and hands it to {@code read}; the response is kept in
     * {@code open} so that another thread can close it to stop the engine sending.
     */
    private static <T> T reading(EngineClients clients, String container, String path,
                                 AtomicReference<DockerHttpClient.Response> open, AtomicBoolean cancelled,
                                 ArchiveRead<T> read) {
        String attempt = "read " + path + " in container " + container;
        try {
            DockerHttpClient.Response response = clients.openBulk("/containers/" + EngineJson.pathSegment(container)
                    + "/archive?path=" + EngineJson.pathSegment(path));
            open.set(response);
            try (response; InputStream tar = response.getBody()) {
                if (cancelled.get()) {
                    throw new CancellationException("Cancelled");
                }
                return read.apply(tar);
            }
        } catch (IOException | RuntimeException failed) {
            throw ContainerFileErrors.explain(cancelled.get() ? new CancellationException("Cancelled") : failed,
                    container, path, attempt);
        }
    }

    /** The size the engine's stat header gives a file (for progress); -1 for a folder or without the header. */
    private static long expectedBytes(DockerHttpClient.Response response) {
        return response == null ? -1 : PathStat.fileSize(response.getHeaders());
    }

    private static TransferProgress cancellable(TransferProgress progress, AtomicBoolean cancelled) {
        return new TransferProgress() {
            @Override
            public void advanced(long done, long total) {
                progress.advanced(done, total);
            }

            @Override
            public boolean cancelled() {
                return cancelled.get() || progress.cancelled();
            }
        };
    }

    private static Throwable unwrap(Throwable failed) {
        Throwable cause = failed;
        while ((cause instanceof java.util.concurrent.CompletionException
                || cause instanceof java.io.UncheckedIOException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void closeQuietly(AutoCloseable open) {
        if (open == null) {
            return;
        }
        try {
            open.close();
        } catch (Exception alreadyBroken) {
            // The stream is being given up; failing to close a broken one changes nothing.
        }
    }

    @FunctionalInterface
    private interface ArchiveRead<T> {
        T apply(InputStream tar) throws IOException;
    }
}
