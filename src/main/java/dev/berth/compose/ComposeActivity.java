package dev.berth.compose;

import dev.berth.compose.actions.ComposeTask;
import dev.berth.compose.actions.ServiceProgress;
import dev.berth.compose.model.ComposeProblem;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

/**
 * One compose action on a project, as the user watches it: its {@code docker compose …} line, a line per container,
 * network, volume or image at its latest step (updated in place, in batches), how far it is, and how it ended.
 * Changes on the UI thread only.
 */
public final class ComposeActivity {
    private final String verb;
    private final ReadOnlyStringWrapper commandLine = new ReadOnlyStringWrapper(this, "commandLine");
    private final String doneText;
    private final ObservableList<ProgressLine> lines = FXCollections.observableArrayList();
    private final Map<String, Integer> lineOf = new HashMap<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", true);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final NoticeHolder notice = new NoticeHolder();
    private ComposeTask task;
    private boolean cancelled;

    /**
     * @param verb        what runs, e.g. "Up"
     * @param workingText the status while it runs, e.g. "Bringing demo up…"
     * @param doneText    the status once it succeeded, e.g. "demo is up"
     */
    ComposeActivity(String verb, String commandLine, String workingText, String doneText) {
        this.verb = verb;
        this.commandLine.set(commandLine);
        this.doneText = doneText;
        status.set(workingText);
    }

    void attach(ComposeTask running) {
        task = running;
    }

    /** The steps that arrived since the last batch, in order. */
    void apply(List<ServiceProgress> batch) {
        for (ServiceProgress step : batch) {
            ProgressLine line = ProgressLine.of(step);
            Integer at = lineOf.get(ProgressLine.keyOf(step));
            if (at == null) {
                lineOf.put(ProgressLine.keyOf(step), lines.size());
                lines.add(line);
            } else {
                lines.set(at, line);
            }
        }
        long done = lines.stream().filter(line -> line.outcome() != ProgressLine.Outcome.WORKING).count();
        if (running.get()) {
            progress.set(lines.isEmpty() ? -1 : (double) done / lines.size());
        }
    }

    /** Reading the files went well: the action itself starts, with the line of the files as they are now. */
    void working(String workingText, String line) {
        status.set(workingText);
        commandLine.set(line);
    }

    /** The files cannot be loaded: nothing runs, and the notice names the first problem. */
    void refused(List<ComposeProblem> problems) {
        running.set(false);
        progress.set(1);
        status.set(verb + " did not run: the compose file has " + (problems.size() == 1 ? "a problem."
                : problems.size() + " problems."));
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
        notice.set(new Notice(Notice.Kind.ERROR, problems.get(0).sentence() + more,
                "Nothing was created. Configuration lists every problem; fix the file and try again."));
    }

    void finished(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        running.set(false);
        progress.set(1);
        if (cancelled || cause instanceof CancellationException) {
            status.set(verb + " cancelled; what was done stays done.");
        } else if (cause != null) {
            long failed = lines.stream().filter(line -> line.outcome() == ProgressLine.Outcome.FAILED).count();
            status.set(verb + " failed" + (failed > 0 ? " for " + failed + (failed == 1 ? " step" : " steps") : "")
                    + "; the rest carried on.");
            notice.set(Notice.error(cause));
        } else {
            status.set(doneText);
        }
    }

    /** Stops the action between steps; what was done stays done. */
    public void cancel() {
        if (running.get() && task != null && !cancelled) {
            cancelled = true;
            status.set("Cancelling…");
            task.cancel();
        }
    }

    public String verb() {
        return verb;
    }

    /** What the project's state pill says while the action runs: "Starting…". */
    public String pendingText() {
        return switch (verb) {
            case "Up" -> "Going up…";
            case "Down" -> "Going down…";
            case "Start" -> "Starting…";
            case "Stop" -> "Stopping…";
            case "Restart" -> "Restarting…";
            case "Pull" -> "Pulling…";
            case "Build" -> "Building…";
            default -> "Scaling…";
        };
    }

    /** The {@code docker compose …} line the action equals. */
    public String commandLine() {
        return commandLine.get();
    }

    public ReadOnlyStringProperty commandLineProperty() {
        return commandLine.getReadOnlyProperty();
    }

    public ObservableList<ProgressLine> lines() {
        return FXCollections.unmodifiableObservableList(lines);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What runs or how it ended, in a sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** 0..1 of the steps begun that are done, or -1 before the first step. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The engine's reason when the action failed, with what to do about it. */
    public NoticeHolder notice() {
        return notice;
    }
}
