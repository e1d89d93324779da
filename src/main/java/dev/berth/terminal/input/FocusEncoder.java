package dev.berth.terminal.input;

/** Focus reports (DECSET 1004): {@code ESC [I} when the terminal gains the focus, {@code ESC [O} when it loses it. */
public final class FocusEncoder {
    private FocusEncoder() {
    }

    /** The report, or null when the program did not ask for focus events. */
    public static String focus(boolean gained, InputModes modes) {
        return modes.focusEvents() ? (gained ? "\u001b[I" : "\u001b[O") : null;
    }
}
