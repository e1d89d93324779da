package dev.berth.containers.details;

/** The pages of the details pane, in the order they appear. */
public enum DetailsTab {
    OVERVIEW("Overview"), INSPECT("Inspect"), STATS("Stats"), PROCESSES("Processes"), FILES("Files");

    public final String title;

    DetailsTab(String title) {
        this.title = title;
    }
}
