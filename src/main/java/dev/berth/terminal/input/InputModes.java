package dev.berth.terminal.input;

/**
 * The modes set by the program that change what the keyboard and mouse send.
 *
 * @param applicationCursor DECCKM: arrows, Home and End as {@code ESC O A} instead of {@code ESC [ A}
 * @param bracketedPaste    2004: pasted text between {@code ESC [200~} and {@code ESC [201~}
 * @param focusEvents       1004: {@code ESC [I} and {@code ESC [O} when the terminal gains and loses the focus
 */
public record InputModes(boolean applicationCursor, boolean bracketedPaste, boolean focusEvents,
                         MouseTracking mouseTracking, MouseEncoding mouseEncoding) {
    public static final InputModes DEFAULT = new InputModes(false, false, false, MouseTracking.OFF,
            MouseEncoding.LEGACY);

    public InputModes {
        if (mouseTracking == null || mouseEncoding == null) {
            throw new IllegalArgumentException("mouse tracking and encoding are required");
        }
    }

    public boolean reportsMouse() {
        return mouseTracking != MouseTracking.OFF;
    }
}
