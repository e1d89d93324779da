package dev.berth.images.transfer;

import dev.berth.daemon.Transfer;
import dev.berth.daemon.cli.ImageCommandLines;
import dev.berth.daemon.images.ImageOperations;
import dev.berth.daemon.images.ImageReference;
import dev.berth.daemon.images.ProgressMessage;
import dev.berth.ui.CommandEcho;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.TaskNotices;
import dev.berth.ui.concurrent.UiBatcher;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Pull (and Push) dialog: the reference, checked against the reference grammar before any engine call; the
 * `docker pull|push` line it equals; then the transfer's progress per layer and overall, cancellable. Progress
 * messages arrive on gateway threads and reach the UI in batches, one hop per batch.
 */
public final class TransferDialogViewModel implements AutoCloseable {

    public enum Kind {
        PULL("Pull", "Pulling"), PUSH("Push", "Pushing");

        final String verb;
        final String progressive;

        Kind(String verb, String progressive) {
            this.verb = verb;
            this.progressive = progressive;
        }
    }

    public enum State { EDITING, RUNNING, DONE, FAILED, CANCELLED }

    private final ImageOperations images;
    private final Executor ui;
    private final Kind kind;
    private final CommandEcho echo;
    private final Consumer<String> onDone;
    private final TaskNotices notices;
    private final Supplier<Instant> clock;
    private final UiBatcher<ProgressMessage> batcher;
    private final LayerProgress progress = new LayerProgress();

    private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(
            this, "ready");
    private final ReadOnlyStringWrapper commandLine = new ReadOnlyStringWrapper(this, "commandLine", "");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EDITING);
    private final ObservableList<LayerProgress.Layer> layers = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper overall = new ReadOnlyDoubleWrapper(this, "overall", 0);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final NoticeHolder notice = new NoticeHolder();
    private Transfer<Void> transfer;

    /**
     * @param onDone  gets the reference once the transfer succeeded (the Images tab selects it)
     * @param notices told how a pull ended (not a push: pushes are short and watched), unless it was cancelled
     */
    public TransferDialogViewModel(ImageOperations images, Executor ui, CommandEcho echo, Kind kind,
                                   String initialReference, Consumer<String> onDone, TaskNotices notices,
                                   Supplier<Instant> clock) {
        this.images = images;
        this.ui = ui;
        this.kind = kind;
        this.echo = echo;
        this.onDone = onDone;
        this.notices = notices;
        this.clock = clock;
        this.batcher = new UiBatcher<>(ui, this::applyBatch);
        reference.subscribe(text -> {
            String trimmed = text == null ? "" : text.strip();
            Optional<String> wrong = kind == Kind.PUSH ? ImageReference.tagProblem(trimmed)
                    : ImageReference.problem(trimmed);
            // A blank field is not wrong yet: the Pull button just waits for a reference.
            problem.set(trimmed.isEmpty() ? "" : wrong.orElse(""));
            ready.set(wrong.isEmpty());
            commandLine.set(wrong.isPresent() ? "" : kind == Kind.PUSH ? ImageCommandLines.push(trimmed)
                    : ImageCommandLines.pull(trimmed));
        });
        reference.set(initialReference == null ? "" : initialReference);
    }

    /** Starts the transfer, once the reference is valid and nothing runs; progress then follows. */
    public void start() {
        if (!ready.get() || state.get() == State.RUNNING) {
            return;
        }
        ImageReference parsed = ImageReference.parse(reference.get().strip());
        echo.echo(commandLine.get());
        notice.set(null);
        state.set(State.RUNNING);
        summary.set(kind.progressive + " " + parsed + "…");
        overall.set(-1);
        Instant startedAt = clock.get();
        Transfer<Void> started = kind == Kind.PUSH ? images.push(parsed, batcher::add)
                : images.pull(parsed, batcher::add);
        transfer = started;
        started.result().whenCompleteAsync((done, failure) -> {
            batcher.flush(); // the last messages before the end
            if (transfer != started) {
                return;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof CancellationException) {
                state.set(State.CANCELLED);
                summary.set(kind.verb + " of " + parsed + " cancelled.");
            } else if (failure != null) {
                state.set(State.FAILED);
                notice.set(Notice.error(failure));
                summary.set(kind.verb + " failed.");
                reportPull(parsed, startedAt, cause);
            } else {
                state.set(State.DONE);
                overall.set(1);
                summary.set(doneSummary(parsed));
                onDone.accept(parsed.withDefaultTag());
                reportPull(parsed, startedAt, null);
            }
        }, ui);
    }

    private void reportPull(ImageReference parsed, Instant startedAt, Throwable failure) {
        if (kind == Kind.PULL) {
            notices.pullFinished(parsed.withDefaultTag(), Duration.between(startedAt, clock.get()), failure);
        }
    }

    private String doneSummary(ImageReference parsed) {
        String status = progress.imageStatus();
        if (kind == Kind.PULL && status.startsWith("Status: ")) {
            return status.substring("Status: ".length()) + ".";
        }
        return (kind == Kind.PULL ? "Pulled " : "Pushed ") + parsed.withDefaultTag() + ".";
    }

    private void applyBatch(List<ProgressMessage> batch) {
        if (state.get() != State.RUNNING) {
            return;
        }
        batch.forEach(progress::apply);
        layers.setAll(progress.layers());
        overall.set(progress.overallFraction());
        if (progress.layerCount() > 0) {
            summary.set(progress.summary());
        }
    }

    /** Stops a running transfer; the engine drops what it had not finished. */
    public void cancel() {
        if (transfer != null && state.get() == State.RUNNING) {
            transfer.close();
        }
    }

    public Kind kind() {
        return kind;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    /** Why the reference cannot be pulled or pushed, with how to fix it; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while the reference is valid, so the transfer can start. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty commandLineProperty() {
        return commandLine.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ObservableList<LayerProgress.Layer> layers() {
        return FXCollections.unmodifiableObservableList(layers);
    }

    /** 0…1, or -1 while nothing says how far the transfer is. */
    public ReadOnlyDoubleProperty overallProperty() {
        return overall.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public NoticeHolder notice() {
        return notice;
    }

    /** Closing the dialog cancels what still runs. */
    @Override
    public void close() {
        cancel();
    }
}
