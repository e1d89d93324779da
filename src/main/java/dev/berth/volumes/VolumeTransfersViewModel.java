package dev.berth.volumes;

import dev.berth.daemon.cli.VolumeCommandLines;
import dev.berth.daemon.volumes.VolumeNotEmptyException;
import dev.berth.daemon.volumes.VolumeOperations;
import dev.berth.daemon.volumes.VolumeSpec;
import dev.berth.daemon.volumes.VolumeTransferProgress;
import dev.berth.ui.CommandEcho;
import dev.berth.ui.Notice;
import dev.berth.ui.text.ByteSizes;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * One transfer at a time between a volume and this computer (back up, restore, download), with its progress, a
 * cancel, and what happened at the end. Progress arrives per chunk on the gateway's threads and reaches the UI once
 * per hop, however many chunks came meanwhile.
 */
public final class VolumeTransfersViewModel {
    /** What a restore needs to go on after it was refused for a non-empty target. */
    public record RestoreRequest(Path archive, String volume, boolean newVolume) {
    }

    private final VolumeOperations volumes;
    private final Executor ui;
    private final CommandEcho echo;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    /** 0…1, or -1 while the total is unknown (an indeterminate bar). */
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyObjectWrapper<RestoreRequest> confirmationNeeded = new ReadOnlyObjectWrapper<>(this,
            "confirmationNeeded");
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong(-1);
    private final AtomicBoolean hopScheduled = new AtomicBoolean();
    private volatile boolean cancelled;
    private String verb = "";

    public VolumeTransfersViewModel(VolumeOperations volumes, Executor ui, CommandEcho echo) {
        this.volumes = volumes;
        this.ui = ui;
        this.echo = echo;
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
     * fails or is cancelled. A non-empty existing volume is refused first: {@link #confirmationNeededProperty()}
     * then asks the view to confirm, and {@link #restoreConfirmed} goes on.
     */
    public CompletableFuture<Boolean> restore(RestoreRequest request) {
        return restore(request, false);
    }

    public CompletableFuture<Boolean> restoreConfirmed() {
        RestoreRequest request = confirmationNeeded.get();
        confirmationNeeded.set(null);
        return request == null ? CompletableFuture.completedFuture(false) : restore(request, true);
    }

    public void declineRestore() {
        confirmationNeeded.set(null);
    }

    private CompletableFuture<Boolean> restore(RestoreRequest request, boolean intoNonEmpty) {
        String volume = request.volume();
        return run("Restoring " + volume, VolumeCommandLines.restore(request.archive(), volume), "Restored "
                + request.archive().getFileName() + " into " + volume + ".", request, progress -> request.newVolume()
                ? restoreIntoNew(request, progress)
                : volumes.restore(request.archive(), volume, intoNonEmpty, progress));
    }

    /** Makes the volume, restores into it, and removes it again if the restore fails or is cancelled. */
    private CompletableFuture<Void> restoreIntoNew(RestoreRequest request, VolumeTransferProgress progress) {
        String volume = request.volume();
        return volumes.create(new VolumeSpec(volume, "local", Map.of(), Map.of()))
                .thenCompose(made -> volumes.restore(request.archive(), volume, true, progress)
                        .exceptionallyCompose(failure -> volumes.remove(volume).handle((removed, ignored) -> {
                            throw new CompletionException(unwrap(failure));
                        })));
    }

    private CompletableFuture<Boolean> run(String doing, String command, String finished,
                                           Function<VolumeTransferProgress, CompletableFuture<Void>> transfer) {
        return run(doing, command, finished, null, transfer);
    }

    /** @param refusable the restore to offer again when the engine side found the target not empty, else null */
    private CompletableFuture<Boolean> run(String doing, String command, String finished, RestoreRequest refusable,
                                           Function<VolumeTransferProgress, CompletableFuture<Void>> transfer) {
        if (busy.get()) {
            return CompletableFuture.completedFuture(false);
        }
        busy.set(true);
        cancelled = false;
        verb = doing;
        done.set(0);
        total.set(-1);
        progress.set(-1);
        status.set(doing + "…");
        notice.set(null);
        echo.echo(command);
        VolumeTransferProgress reporter = new VolumeTransferProgress() {
            @Override
            public void advanced(long bytes, long expected) {
                done.set(bytes);
                total.set(expected);
                if (hopScheduled.compareAndSet(false, true)) {
                    ui.execute(VolumeTransfersViewModel.this::showProgress);
                }
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        };
        return transfer.apply(reporter).handleAsync((ok, failure) -> {
            busy.set(false);
            progress.set(0);
            if (failure == null) {
                status.set(finished);
                return true;
            }
            Throwable cause = unwrap(failure);
            if (cancelled) {
                status.set(doing + " was cancelled.");
            } else if (cause instanceof VolumeNotEmptyException && refusable != null) {
                status.set("");
                confirmationNeeded.set(refusable);
            } else {
                status.set("");
                notice.set(Notice.error(cause));
            }
            return false;
        }, ui);
    }

    private void showProgress() {
        hopScheduled.set(false);
        long expected = total.get();
        long bytes = done.get();
        progress.set(expected > 0 ? Math.min(1.0, (double) bytes / expected) : -1);
        status.set(verb + ": " + ByteSizes.human(bytes) + (expected > 0 ? " of " + ByteSizes.human(expected) : "") + "…");
    }

    /** Stops the running transfer at its next chunk; the gateway removes its helper container and partial files. */
    public void cancel() {
        cancelled = true;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Set when a restore was refused because the target holds files: the view asks, then confirms or declines. */
    public ReadOnlyObjectProperty<RestoreRequest> confirmationNeededProperty() {
        return confirmationNeeded.getReadOnlyProperty();
    }

    public void dismissNotice() {
        notice.set(null);
    }
}
