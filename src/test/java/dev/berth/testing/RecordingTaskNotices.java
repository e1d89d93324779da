package dev.berth.testing;

import dev.berth.ui.TaskNotices;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every long-task report, so a test can check which were made, with what duration and failure. */
public final class RecordingTaskNotices implements TaskNotices {

    /** One report: "pull" or "build", what it was about, how long it took, and the failure or null. */
    public record Report(String kind, String what, Duration took, Throwable failure) {
    }

    private final List<Report> reports = new CopyOnWriteArrayList<>();

    @Override
    public void pullFinished(String reference, Duration took, Throwable failure) {
        reports.add(new Report("pull", reference, took, failure));
    }

    @Override
    public void buildFinished(String tag, Duration took, Throwable failure) {
        reports.add(new Report("build", tag, took, failure));
    }

    public List<Report> reports() {
        return List.copyOf(reports);
    }
}
