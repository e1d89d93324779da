package dev.berth.volumes;

import dev.berth.daemon.cli.VolumeCommandLines;
import dev.berth.daemon.files.FileEntry;
import dev.berth.daemon.volumes.VolumeNotEmptyException;
import dev.berth.daemon.volumes.VolumeOperations;
import dev.berth.daemon.volumes.VolumeSpec;
import dev.berth.daemon.files.TransferProgress;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.TabContext;
import dev.berth.ui.dialogs.Confirmation;
import dev.berth.ui.dialogs.FileRequest;
import dev.berth.ui.files.TransferStatus;
import dev.berth.ui.files.TransferStatus.Outcome;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * One transfer at a time between a volume and this computer (back up, restore, download), with its progress, a
 * cancel, and what happened at the end. Progress arrives per chunk on the gateway's threads and reaches the UI once
 * per hop, however many chunks came meanwhile.
 */
public final class VolumeTransfersViewModel {
    /** What a restore needs: the archive, the target, and whether to make the target first. */
    public record RestoreRequest(Path archive, String volume, boolean newVolume) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    private static final String ARCHIVE_KIND = "Gzipped tar archive";

    private final VolumeOperations volumes;
    private final TabContext context;
    private final TransferStatus transfer;

    public VolumeTransfersViewModel(VolumeOperations volumes, TabContext context) {
        this.volumes = volumes;
        this.context = context;
        this.transfer = new TransferStatus(context.ui(), context.echo());
    }

    /** Asks where the back-up goes (offering the volume's name and the time), then backs the volume up there. */
    public CompletableFuture<Boolean> askBackUp(VolumeRow target) {
        Optional<Path> archive = context.dialogs().pickSaveLocation(FileRequest.save("Back up volume " + target.name(),
                ARCHIVE_KIND, target.name() + "-" + STAMP.format(LocalDateTime.now()) + ".tar.gz", "*.tar.gz"));
        Long size = target.sizeProperty().get();
        return archive.map(file -> backUp(target.name(), file, size == null ? -1 : size))
                .orElse(CompletableFuture.completedFuture(false));
    }

    /** Asks which back-up to restore; what it goes into is the restore dialog's question. */
    public Optional<Path> askRestoreArchive() {
        return context.dialogs().pickFile(FileRequest.open("Restore a volume from a back-up", ARCHIVE_KIND, "*.tar.gz",
                "*.tgz"));
    }

    /** Asks which folder of this computer the file or folder goes into, then downloads it there. */
    public CompletableFuture<Boolean> askDownload(String volume, FileEntry entry) {
        return context.dialogs().pickFolder("Download " + entry.name() + " into…")
                .map(folder -> download(volume, entry.path(), folder))
                .orElse(CompletableFuture.completedFuture(false));
    }

    /** @param expectedBytes the volume's measured size, or -1 (then the bar is indeterminate) */
    public CompletableFuture<Boolean> backUp(String volume, Path archive, long expectedBytes) {
        return run("Backing up " + volume, VolumeCommandLines.backUp(volume, archive), "Backed up " + volume + " to "
                + archive.getFileName() + ".", progress -> volumes.backUp(volume, archive, expectedBytes, progress));
    }

    public CompletableFuture<Boolean> download(String volume, String path, Path into) {
        return run("Downloading " + path, VolumeCommandLines.download(volume, path, into), "Downloaded " + path + " to "
                + into + ".", progress -> volumes.download(volume, path, into, progress).thenApply(at -> null));
    }

    /**
     * Restores into an existing volume, or into a new one that is made first and removed again when the restore
     * fails or is cancelled. An existing volume that holds files is refused first; then the user is asked, naming
     * it, whether to restore over its files, and only a yes writes into it.
     *
     * @return true once restored
     */
    public CompletableFuture<Boolean> restore(RestoreRequest request) {
        return restore(request, false).thenCompose(outcome -> outcome != Outcome.REFUSED
                ? CompletableFuture.completedFuture(outcome == Outcome.DONE)
                : confirmOverwrite(request) ? restore(request, true).thenApply(Outcome.DONE::equals)
                : CompletableFuture.completedFuture(false));
    }

    private boolean confirmOverwrite(RestoreRequest request) {
        return context.dialogs().confirm(Confirmation.destructive("Volume " + request.volume()
                        + " already holds files. Restore over them?", List.of(request.volume()), "Restore over it",
                VolumeCommandLines.restore(request.archive(), request.volume()))
                .explaining("Files of the archive replace files of the same name; the others stay.")).isPresent();
    }

    /** The throw-away busybox container's {@code docker run} line that restoring the archive into the volume equals. */
    public static String restoreCommand(Path archive, String volume) {
        return VolumeCommandLines.restore(archive, volume);
    }

    private CompletableFuture<Outcome> restore(RestoreRequest request, boolean intoNonEmpty) {
        String volume = request.volume();
        return run("Restoring " + volume, restoreCommand(request.archive(), volume), "Restored "
                + request.archive().getFileName() + " into " + volume + ".", !request.newVolume(), progress ->
                request.newVolume() ? restoreIntoNew(request, progress)
                : volumes.restore(request.archive(), volume, intoNonEmpty, progress));
    }

    /** Makes the volume, restores into it, and removes it again if the restore fails or is cancelled. */
    private CompletableFuture<Void> restoreIntoNew(RestoreRequest request, TransferProgress progress) {
        String volume = request.volume();
        return volumes.create(new VolumeSpec(volume, "local", Map.of(), Map.of()))
                .thenCompose(made -> volumes.restore(request.archive(), volume, true, progress)
                        .exceptionallyCompose(failure -> volumes.remove(volume).handle((removed, ignored) -> {
                            throw new CompletionException(unwrap(failure));
                        })));
    }

    private CompletableFuture<Boolean> run(String doing, String command, String finished,
                                           Function<TransferProgress, CompletableFuture<Void>> work) {
        return run(doing, command, finished, false, work).thenApply(Outcome.DONE::equals);
    }

    /** @param refusable whether a target found not empty is a question for the user rather than a failure */
    private CompletableFuture<Outcome> run(String doing, String command, String finished, boolean refusable,
                                           Function<TransferProgress, CompletableFuture<Void>> work) {
        return transfer.run(doing, command, finished, cause -> refusable && cause instanceof VolumeNotEmptyException,
                work::apply);
    }

    /** Stops the running transfer at its next chunk; the gateway removes its helper container and partial files. */
    public void cancel() {
        transfer.cancel();
    }

    private static Throwable unwrap(Throwable failure) {
        return TransferStatus.unwrap(failure);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return transfer.busyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return transfer.statusProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return transfer.progressProperty();
    }

    public NoticeHolder notice() {
        return transfer.notice();
    }
}
