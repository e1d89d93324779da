package dev.berth.compose;

/**
 * What a state pill shows: its words and the style class of its colour (the Containers section's
 * {@code state-running}, {@code state-exited}… so a project reads like its containers).
 */
record Pill(String text, String styleClass) {

    /** The pill of a project: its action while one runs, else its state. */
    static Pill of(ProjectRow row) {
        ComposeActivity activity = row.activityProperty().get();
        if (activity != null && activity.runningProperty().get()) {
            return new Pill(activity.pendingText(), "state-busy");
        }
        ProjectStatus status = row.statusProperty().get();
        return new Pill(status.label(), status.kind().styleClass);
    }
}
