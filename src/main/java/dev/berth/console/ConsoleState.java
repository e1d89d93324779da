package dev.berth.console;

/** Where an exec console is. */
public enum ConsoleState {
    NOT_STARTED, STARTING, RUNNING, ENDED, FAILED, CLOSED;

    /** Whether the command can be (re)started. */
    public boolean canStart() {
        return this == NOT_STARTED || this == ENDED || this == FAILED;
    }
}
