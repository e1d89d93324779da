package dev.berth.logs;

import dev.berth.daemon.Subscription;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.logs.LogLine;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Saving a log view to a file, off the FX thread, with progress: the lines it holds (all or the filtered ones), or
 * the container's whole log read afresh from the engine once the buffer has dropped lines. Escape sequences are
 * stripped; with timestamps shown, each line starts with its time, like {@code docker logs -t}.
 */
public final class LogSaveModel {
    private final ContainerOperations containers;
    private final String containerId;
    private final Executor ui;
    private final Executor io;
    private final Function<Boolean, List<LogLine>> snapshot;
    private final ObservableBooleanValue timestamps;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final NoticeHolder failure = new NoticeHolder();
    private Subscription fullLog;
    private long attempt;

    /** @param containerId whose whole log can be read again from the engine; null for a combined log */
    LogSaveModel(ContainerOperations containers, String containerId, Executor ui, Executor io,
                 Function<Boolean, List<LogLine>> snapshot, ObservableBooleanValue timestamps) {
        this.containers = containers;
        this.containerId = containerId;
        this.ui = ui;
        this.io = io;
        this.snapshot = snapshot;
        this.timestamps = timestamps;
    }

    /** Saves the lines the view holds: all of them, or only the matching ones when {@code filteredOnly}. */
    public CompletableFuture<Long> save(Path file, boolean filteredOnly) {
        long run = start("Saving…", 0);
        List<LogLine> lines = snapshot.apply(filteredOnly);
        CompletableFuture<Long> saved = LogSaver.save(lines, file, timestamps.get(), io,
                fraction -> ui.execute(() -> {
                    if (run == attempt) {
                        progress.set(fraction);
                    }
                }));
        return finish(run, saved, file);
    }

    /** Whether the container's whole log can be read again from the engine (one container's log can). */
    public boolean canSaveFullLog() {
        return containerId != null;
    }

    /** Reads the container's whole log from the engine (not followed) and writes it to {@code file}. */
    public CompletableFuture<Long> saveFullLog(Path file) {
        if (!canSaveFullLog()) {
            return CompletableFuture.failedFuture(new IllegalStateException("A combined log has no single source"));
        }
        long run = start("Reading the whole log from the engine…", -1);
        CompletableFuture<Long> done = new CompletableFuture<>();
        try {
            fullLog = LogSaver.saveFromEngine(containers, containerId, file, timestamps.get(),
                    written -> ui.execute(() -> {
                        if (run == attempt) {
                            status.set(String.format("Saved %,d lines…", written));
                        }
                    }), done);
        } catch (RuntimeException failed) {
            done.completeExceptionally(failed);
        }
        return finish(run, done, file);
    }

    private long start(String message, double initialProgress) {
        cancel();
        failure.set(null);
        saving.set(true);
        progress.set(initialProgress);
        status.set(message);
        return ++attempt;
    }

    private CompletableFuture<Long> finish(long run, CompletableFuture<Long> work, Path file) {
        return work.whenCompleteAsync((count, failed) -> {
            if (run != attempt) {
                return;
            }
            fullLog = null;
            saving.set(false);
            progress.set(failed == null ? 1 : 0);
            Throwable cause = failed instanceof CompletionException && failed.getCause() != null
                    ? failed.getCause() : failed;
            if (cause == null) {
                status.set(String.format("Saved %,d lines to %s", count, file.getFileName()));
            } else if (cause instanceof CancellationException) {
                status.set("Saving cancelled");
            } else {
                status.set("");
                failure.set(new Notice(Notice.Kind.ERROR, "Could not save the log to " + file + ": "
                        + cause.getMessage(), "Choose another file or folder."));
            }
        }, ui);
    }

    /** Stops reading the full log from the engine, if that is under way. */
    public void cancel() {
        if (fullLog != null) {
            fullLog.close();
            fullLog = null;
        }
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the total is not known (reading the full log from the engine). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Saved 12,345 lines to web.log", or what is under way. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public NoticeHolder failure() {
        return failure;
    }
}
