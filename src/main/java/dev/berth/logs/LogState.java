package dev.berth.logs;

/** Where a log view's stream (or streams) is; each says in a sentence what the user sees and what happens next. */
public enum LogState {
    OPENING("Reading the log…", "Reading the logs…"),
    FOLLOWING("Following: new lines appear as the container writes them",
            "Following: new lines appear as the containers write them, and new containers join in"),
    READ("Not following: this is the log up to when it was read. Turn on Follow to see new lines.",
            "Not following: these are the logs up to when they were read. Turn on Follow to see new lines."),
    STOPPED("The container stopped. The log continues here when it starts again.",
            "The containers stopped. The log continues here when they start again."),
    DISCONNECTED("The stream from the engine broke off. The log carries on here from its last line as soon as it can.",
            "The streams from the engine broke off. The logs carry on here from their last lines as soon as they can."),
    REMOVED("The container was removed; its log ends here.",
            "The containers were removed; their logs end here."),
    FAILED("The log could not be read.", "The logs could not be read."),
    CLOSED("Closed.", "Closed.");

    /** What the state means for one container's log. */
    public final String sentence;
    /** What it means for the combined log of several containers. */
    public final String combinedSentence;

    LogState(String sentence, String combinedSentence) {
        this.sentence = sentence;
        this.combinedSentence = combinedSentence;
    }

    /** Whether a stream is open (or being opened). */
    public boolean streaming() {
        return this == OPENING || this == FOLLOWING;
    }
}
