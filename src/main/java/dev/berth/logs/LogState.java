package dev.berth.logs;

/** Where a log view's stream is; each says in a sentence what the user sees and what happens next. */
public enum LogState {
    OPENING("Reading the log…"),
    FOLLOWING("Following: new lines appear as the container writes them"),
    READ("Not following: this is the log up to when it was read. Turn on Follow to see new lines."),
    STOPPED("The container stopped. The log continues here when it starts again."),
    DISCONNECTED("The connection to the engine was lost. The log continues here when it is back."),
    REMOVED("The container was removed; its log ends here."),
    FAILED("The log could not be read."),
    CLOSED("Closed.");

    public final String sentence;

    LogState(String sentence) {
        this.sentence = sentence;
    }

    /** Whether a stream is open (or being opened). */
    public boolean streaming() {
        return this == OPENING || this == FOLLOWING;
    }
}
