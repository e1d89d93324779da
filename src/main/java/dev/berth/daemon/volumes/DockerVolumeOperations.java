package dev.berth.daemon.volumes;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.berth.daemon.DaemonErrors;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.engine.EngineCalls;
import dev.berth.daemon.engine.EngineClients;
import dev.berth.daemon.engine.EngineJson;
import dev.berth.daemon.engine.SharedRead;
import dev.berth.daemon.files.ArchiveListing;
import dev.berth.daemon.files.FileEntry;
import dev.berth.daemon.files.HostExtraction;
import dev.berth.daemon.files.HostFileErrors;
import dev.berth.daemon.files.TransferProgress;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/** {@link VolumeOperations} over docker-java; the file work goes through a {@link VolumeHelper}. */
public final class DockerVolumeOperations implements VolumeOperations {
    /** What Berth's helper containers carry outside tests: who made them (see {@link HelperOwner}). */
    public static final Map<String, String> HELPER_LABELS = Map.of(VolumeHelper.LABEL, HelperOwner.ofThisProcess());

    private final EngineCalls calls;
    private final Map<String, String> helperLabels;
    private final SharedRead<JsonNode> containerList;

    /** @param containerList {@code GET /containers/json?all=1}, shared with the other sections' readers */
    public DockerVolumeOperations(EngineCalls calls, SharedRead<JsonNode> containerList,
                                  Map<String, String> helperLabels) {
        this.containerList = containerList;
        this.calls = calls;
        this.helperLabels = Map.copyOf(helperLabels);
    }

    @Override
    public CompletableFuture<List<VolumeSummary>> list() {
        return calls.onConnection("list volumes", clients -> VolumeJson.volumes(clients.getJson("/volumes")));
    }

    @Override
    public CompletableFuture<Map<String, List<VolumeUser>>> users() {
        return containerList.get().thenApplyAsync(VolumeJson::users, calls.callbacks());
    }

    @Override
    public CompletableFuture<Map<String, Long>> sizes() {
        return calls.onConnection("measure the volumes' sizes", clients -> VolumeJson.sizes(
                clients.getJson("/system/df")));
    }

    @Override
    public CompletableFuture<VolumeSummary> create(VolumeSpec spec) {
        String shown = spec.name().isEmpty() ? "a volume" : "volume " + spec.name();
        return calls.onConnection("create " + shown, clients -> {
            var command = clients.control.createVolumeCmd().withDriver(spec.driver())
                    .withDriverOpts(spec.driverOptions()).withLabels(spec.labels());
            if (!spec.name().isEmpty()) {
                command.withName(spec.name());
            }
            String name = command.exec().getName();
            return VolumeJson.volume(clients.getJson("/volumes/" + EngineJson.pathSegment(name)));
        });
    }

    @Override
    public CompletableFuture<String> inspectJson(String name) {
        return calls.onConnection("inspect volume " + name, clients -> EngineJson.pretty(
                clients.getJson("/volumes/" + EngineJson.pathSegment(name))));
    }

    @Override
    public CompletableFuture<Void> remove(String name) {
        return calls.run("remove volume " + name, client -> {
            try {
                client.removeVolumeCmd(name).exec();
            } catch (DockerException refused) {
                if (DaemonErrors.engineMessage(refused).toLowerCase(Locale.ROOT).contains("volume is in use")) {
                    throw new VolumeInUseException(name, usersOf(client, name), refused.getHttpStatus(), refused);
                }
                throw refused;
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<List<FileEntry>> listFolder(String volume, String folder) {
        String shown = folder.isEmpty() ? "volume " + volume : folder + " in volume " + volume;
        return calls.onConnection("list " + shown, clients -> withHelper(clients.streams, volume, true,
                TransferProgress.NONE, helper -> {
                    try (InputStream tar = read(clients, helper, folder)) {
                        return ArchiveListing.children(tar, folder.replaceAll("^/+|/+$", ""), TransferProgress.NONE);
                    }
                }));
    }

    @Override
    public CompletableFuture<Path> download(String volume, String path, Path into, TransferProgress progress) {
        return calls.onConnection("download " + path + " from volume " + volume, clients ->
                withHelper(clients.streams, volume, true, progress, helper -> {
                    try (InputStream tar = read(clients, helper, path)) {
                        return HostExtraction.extract(tar, into, -1, progress);
                    }
                }));
    }

    @Override
    public CompletableFuture<Void> backUp(String volume, Path archive, long expectedBytes, TransferProgress progress) {
        return calls.onConnection("back up volume " + volume, clients ->
                withHelper(clients.streams, volume, true, progress, helper -> {
                    Path partial = archive.resolveSibling(archive.getFileName() + ".part");
                    try (InputStream tar = read(clients, helper, "");
                         OutputStream out = new GZIPOutputStream(new BufferedOutputStream(
                                 Files.newOutputStream(partial)), 64 * 1024)) {
                        VolumeArchives.rebaseToRoot(tar, out, expectedBytes, progress);
                    } catch (IOException | RuntimeException failed) {
                        Files.deleteIfExists(partial);
                        throw failed;
                    }
                    Files.move(partial, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    return null;
                }));
    }

    @Override
    public CompletableFuture<Void> restore(Path archive, String volume, boolean intoNonEmpty,
                                           TransferProgress progress) {
        return calls.onConnection("restore volume " + volume, clients ->
                withHelper(clients.streams, volume, false, progress, helper -> {
                    if (!intoNonEmpty) {
                        refuseIfNotEmpty(clients, helper, volume);
                    }
                    long total = Files.size(archive);
                    try (InputStream file = new ProgressInputStream(Files.newInputStream(archive), total, progress);
                         InputStream tar = new GZIPInputStream(file, 64 * 1024)) {
                        clients.streams.copyArchiveToContainerCmd(helper.id).withRemotePath(VolumeHelper.MOUNT)
                                .withTarInputStream(tar).exec();
                    }
                    progress.stopIfCancelled(); // a cancel during the last chunk still counts
                    return null;
                }));
    }

    private static void refuseIfNotEmpty(EngineClients clients, VolumeHelper helper, String volume)
            throws IOException {
        try (InputStream tar = read(clients, helper, "")) {
            var first = VolumeArchives.firstChild(tar);
            if (first.isPresent()) {
                throw new VolumeNotEmptyException(volume, first.get());
            }
        }
    }

    /** The archive of a path in the volume, read as {@link EngineClients#openBulk} reads it; closing it hangs up. */
    private static InputStream read(EngineClients clients, VolumeHelper helper, String path) {
        DockerHttpClient.Response response = clients.openBulk("/containers/" + helper.id + "/archive?path="
                + EngineJson.pathSegment(VolumeHelper.inside(path)));
        return new java.io.FilterInputStream(response.getBody()) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    response.close();
                }
            }
        };
    }

    /**
     * Work with the volume mounted in a helper container, which is removed afterwards whatever happens. Failures of
     * this computer's files are told apart from a lost engine, and a cancel is reported as such.
     */
    private <T> T withHelper(DockerClient client, String volume, boolean readOnly, TransferProgress progress,
                             HelperWork<T> work) {
        try (VolumeHelper helper = VolumeHelper.create(client, volume, readOnly, helperLabels)) {
            return work.apply(helper);
        } catch (IOException | RuntimeException failed) {
            if (progress.cancelled()) {
                throw new CancellationException("Cancelled by the user");
            }
            HostFileErrors.explain(failed).ifPresent(local -> {
                throw local;
            });
            if (failed instanceof ZipException notGzip) {
                throw new DaemonException("That file is not a .tar.gz archive (" + notGzip.getMessage() + ").",
                        "Choose a back-up that Berth or `tar czf` made.", 0, notGzip);
            }
            throw failed instanceof IOException broken ? new UncheckedIOException(broken) : (RuntimeException) failed;
        }
    }

    @FunctionalInterface
    private interface HelperWork<T> {
        T apply(VolumeHelper helper) throws IOException;
    }

    /** Removes the helper containers a Berth that no longer runs left behind ({@link HelperOwner}); answers how many. */
    public CompletableFuture<Integer> removeLeftoverHelpers() {
        return calls.run("remove helper containers left by an earlier Berth", client -> {
            String host = HelperOwner.thisHost();
            Instant now = Instant.now();
            int removed = 0;
            for (Container helper : client.listContainersCmd().withShowAll(true)
                    .withLabelFilter(List.of(VolumeHelper.LABEL)).exec()) {
                String owner = helper.getLabels() == null ? null : helper.getLabels().get(VolumeHelper.LABEL);
                Instant created = Instant.ofEpochSecond(helper.getCreated() == null ? 0 : helper.getCreated());
                if (HelperOwner.isLeftover(owner, helper.getState(), created, now, host,
                        pid -> ProcessHandle.of(pid).isPresent())) {
                    try {
                        client.removeContainerCmd(helper.getId()).exec();
                        removed++;
                    } catch (NotFoundException goneMeanwhile) {
                        // removed by its own Berth or another one meanwhile
                    }
                }
            }
            return removed;
        });
    }

    private static List<VolumeUser> usersOf(DockerClient client, String volume) {
        return client.listContainersCmd().withShowAll(true).withVolumeFilter(List.of(volume)).exec().stream()
                .filter(container -> !VolumeHelper.isHelper(container)).map(DockerVolumeOperations::user).toList();
    }

    static VolumeUser user(Container container) {
        String name = container.getNames() == null || container.getNames().length == 0 ? container.getId()
                : container.getNames()[0].replaceFirst("^/", "");
        return new VolumeUser(container.getId(), name, Objects.toString(container.getImage(), ""),
                ContainerState.parse(container.getState()));
    }

    /** Counts what was read for the progress and stops the upload when the user cancels. */
    private static final class ProgressInputStream extends java.io.FilterInputStream {
        private final long total;
        private final TransferProgress progress;
        private long done;

        ProgressInputStream(InputStream in, long total, TransferProgress progress) {
            super(in);
            this.total = total;
            this.progress = progress;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (progress.cancelled()) {
                throw new IOException(new CancellationException("Cancelled"));
            }
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                done += read;
                progress.advanced(done, total);
            }
            return read;
        }
    }
}
