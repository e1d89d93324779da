package dev.berth.daemon.images;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.LoadResponseItem;
import dev.berth.daemon.DaemonErrors;
import dev.berth.daemon.Transfer;
import dev.berth.daemon.engine.EngineCalls;
import dev.berth.daemon.engine.EngineThreads;
import dev.berth.daemon.engine.OneEndStreamCallback;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

/**
 * {@code docker save} and {@code docker load} as cancellable transfers on the stream client, with the bytes moved so
 * far reported as they go. Each runs on a thread of its own (not the call pool): a big archive takes minutes. A save
 * writes to a temporary file beside the target and moves it in place only when complete, so a failed or cancelled
 * save leaves nothing half-written behind.
 */
final class ImageArchives {
    private static final int BUFFER = 64 * 1024;
    private static final String LOADED = "Loaded image: ";
    private static final String LOADED_ID = "Loaded image ID: ";

    private final EngineCalls calls;
    private final ExecutorService threads = Executors.newCachedThreadPool(EngineThreads.named("berth-image-archive"));

    ImageArchives(EngineCalls calls) {
        this.calls = calls;
    }

    Transfer<Void> save(String idOrReference, Path target, LongConsumer bytesWritten) {
        AtomicBoolean cancelled = new AtomicBoolean();
        List<InputStream> open = new ArrayList<>(1);
        CompletableFuture<Void> result = CompletableFuture.runAsync(() -> {
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            try (InputStream in = archiveOf(calls.streamClient(), idOrReference)) {
                synchronized (open) {
                    open.add(in);
                }
                try (OutputStream out = Files.newOutputStream(partial)) {
                    copy(in, out, cancelled, bytesWritten);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException failure) {
                deleteQuietly(partial);
                if (!cancelled.get()) {
                    throw DaemonErrors.translate(failure, "save image " + idOrReference + " to " + target);
                }
            }
        }, threads);
        return new Transfer<>(result, () -> {
            cancelled.set(true);
            synchronized (open) {
                open.forEach(ImageArchives::closeQuietly);
            }
        });
    }

    /** An id or untagged name is saved as it is; "repo:tag" through /images/get, whose path keeps the slashes. */
    private static InputStream archiveOf(DockerClient client, String idOrReference) {
        int colon = idOrReference.lastIndexOf(':');
        if (colon > idOrReference.lastIndexOf('/') && !idOrReference.startsWith("sha256:")) {
            return client.saveImagesCmd().withImage(idOrReference.substring(0, colon),
                    idOrReference.substring(colon + 1)).exec();
        }
        return client.saveImageCmd(idOrReference).exec();
    }

    /** @return the images the archive held, as the engine names them: "repo:tag", or "sha256:…" for untagged */
    Transfer<List<String>> load(Path source, LongConsumer bytesRead) {
        CompletableFuture<List<String>> result = new CompletableFuture<>();
        List<String> loaded = new ArrayList<>();
        LoadCallback callback = new LoadCallback(loaded, result, source);
        threads.execute(() -> {
            try {
                InputStream file = new CountingStream(Files.newInputStream(source), bytesRead, callback);
                calls.streamClient().loadImageAsyncCmd(file).exec(callback);
            } catch (IOException | RuntimeException failure) {
                result.completeExceptionally(DaemonErrors.translate(failure, "load images from " + source));
            }
        });
        return new Transfer<>(result, callback::closeByUs);
    }

    private static void copy(InputStream in, OutputStream out, AtomicBoolean cancelled, LongConsumer progress)
            throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            if (cancelled.get()) {
                throw new InterruptedIOException("cancelled");
            }
            out.write(buffer, 0, read);
            total += read;
            progress.accept(total);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException leftover) {
            // A ".partial" file that cannot be deleted is named so nobody mistakes it for an archive.
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException alreadyBroken) {
            // Closing is how a save is cancelled; a stream that fails to close is dead already.
        }
    }

    /** Reports the bytes read so far, and stops the upload once the load was cancelled. */
    private static final class CountingStream extends FilterInputStream {
        private final LongConsumer progress;
        private final LoadCallback owner;
        private long count;

        CountingStream(InputStream in, LongConsumer progress, LoadCallback owner) {
            super(in);
            this.progress = progress;
            this.owner = owner;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (owner.isClosedByUs()) {
                throw new InterruptedIOException("cancelled");
            }
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
                progress.accept(count);
            }
            return read;
        }
    }

    private static final class LoadCallback extends OneEndStreamCallback<LoadResponseItem> {
        private final List<String> loaded;
        private final CompletableFuture<List<String>> result;
        private final Path source;

        LoadCallback(List<String> loaded, CompletableFuture<List<String>> result, Path source) {
            this.loaded = loaded;
            this.result = result;
            this.source = source;
        }

        @Override
        public void onNext(LoadResponseItem item) {
            if (item.isErrorIndicated()) {
                end(new ImageErrors.StreamError(item.getErrorDetail() != null
                        ? item.getErrorDetail().getMessage() : item.getError()));
                return;
            }
            String said = item.getStream() == null ? "" : item.getStream().strip();
            if (said.startsWith(LOADED)) {
                loaded.add(said.substring(LOADED.length()));
            } else if (said.startsWith(LOADED_ID)) {
                loaded.add(said.substring(LOADED_ID.length()));
            }
        }

        @Override
        protected void ended(Throwable failure) {
            if (failure == null) {
                result.complete(List.copyOf(loaded));
            } else {
                result.completeExceptionally(DaemonErrors.translate(failure, "load images from " + source));
            }
        }
    }
}
