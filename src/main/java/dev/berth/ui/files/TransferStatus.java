package dev.berth.ui.files;

import dev.berth.daemon.files.TransferProgress;
import dev.berth.ui.CommandEcho;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.text.ByteSizes;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One transfer of files at a time (download, upload, back-up, restore), with its progress, a cancel, and what
 * happened at the end, for a task strip to show. Progress arrives per chunk on the gateway's threads and reaches the
 * UI once per hop, however many chunks came meanwhile.
 */
public final class TransferStatus {
    /** How a transfer ended; a refusal the caller turns into a question is not a failure. */
    public enum Outcome { DONE, FAILED, CANCELLED, REFUSED }

    private final Executor ui;
    private final CommandEcho echo;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    /** 0…1, or -1 while the total is unknown (an indeterminate bar). */
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final NoticeHolder notice = new NoticeHolder();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong(-1);
    private final AtomicBoolean hopScheduled = new AtomicBoolean();
    private volatile boolean cancelled;
    private String verb = "";

    public TransferStatus(Executor ui, CommandEcho echo) {
        this.ui = ui;
        this.echo = echo;
    }

    /**
     * Runs a transfer unless one is running (then it answers FAILED at once): echoes its command, shows its progress,
     * and at the end says it finished, was cancelled, or why it failed.
     *
     * @param refusal a failure that the caller asks the user about rather than shows (answered as REFUSED)
     */
    public CompletableFuture<Outcome> run(String doing, String command, String finished,
                                          Predicate<Throwable> refusal,
                                          Function<TransferProgress, CompletableFuture<?>> transfer) {
        if (busy.get()) {
            return CompletableFuture.completedFuture(Outcome.FAILED);
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
        TransferProgress reporter = new TransferProgress() {
            @Override
            public void advanced(long bytes, long expected) {
                done.set(bytes);
                total.set(expected);
                if (hopScheduled.compareAndSet(false, true)) {
                    ui.execute(TransferStatus.this::showProgress);
                }
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        };
        CompletableFuture<?> started;
        try {
            started = transfer.apply(reporter);
        } catch (RuntimeException failed) {
            started = CompletableFuture.failedFuture(failed);
        }
        return started.handleAsync((ok, failure) -> {
            busy.set(false);
            progress.set(0);
            if (failure == null) {
                status.set(finished);
                return Outcome.DONE;
            }
            if (cancelled) {
                status.set(doing + " was cancelled.");
                return Outcome.CANCELLED;
            }
            status.set("");
            Throwable cause = unwrap(failure);
            if (refusal.test(cause)) {
                return Outcome.REFUSED;
            }
            notice.set(Notice.error(cause));
            return Outcome.FAILED;
        }, ui);
    }

    private void showProgress() {
        hopScheduled.set(false);
        long expected = total.get();
        long bytes = done.get();
        progress.set(expected > 0 ? Math.min(1.0, (double) bytes / expected) : -1);
        status.set(verb + ": " + ByteSizes.human(bytes) + (expected > 0 ? " of " + ByteSizes.human(expected) : "")
                + "…");
    }

    /** Stops the running transfer at its next chunk; the gateway cleans up after it (helpers, partial files). */
    public void cancel() {
        cancelled = true;
    }

    public static Throwable unwrap(Throwable failure) {
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

    public NoticeHolder notice() {
        return notice;
    }
}
