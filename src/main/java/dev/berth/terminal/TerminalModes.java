package dev.berth.terminal;

/**
 * The modes the program has set that the keyboard, mouse and paste handling need, and the cursor's look. Immutable;
 * {@link TerminalEmulator#modes()} returns the latest, and {@link TerminalListener#modesChanged} announces a new one.
 *
 * @param applicationCursorKeys DECCKM (DECSET 1): arrows send {@code ESC O A} instead of {@code ESC [ A}
 * @param applicationKeypad DECKPAM ({@code ESC =}) / DECKPNM ({@code ESC >})
 * @param newLineMode LNM (SM 20): Enter sends CR LF
 * @param bracketedPaste DECSET 2004
 * @param mouseTracking DECSET 9/1000/1002/1003
 * @param mouseEncoding DECSET 1006/1016
 * @param focusEvents DECSET 1004: send {@code CSI I} / {@code CSI O} on focus in and out
 * @param cursorVisible DECTCEM (DECSET 25)
 * @param cursorStyle DECSCUSR's shape
 * @param cursorBlinking DECSCUSR's odd values, or DECSET 12
 * @param alternateScreen DECSET 47/1047/1049 is on: no scrollback to show
 * @param reverseVideo DECSCNM (DECSET 5)
 */
public record TerminalModes(
        boolean applicationCursorKeys,
        boolean applicationKeypad,
        boolean newLineMode,
        boolean bracketedPaste,
        MouseTracking mouseTracking,
        MouseEncoding mouseEncoding,
        boolean focusEvents,
        boolean cursorVisible,
        CursorStyle cursorStyle,
        boolean cursorBlinking,
        boolean alternateScreen,
        boolean reverseVideo) {

    /** A fresh terminal's modes. */
    public static final TerminalModes INITIAL = new TerminalModes(false, false, false, false, MouseTracking.NONE,
            MouseEncoding.DEFAULT, false, true, CursorStyle.BLOCK, true, false, false);
}
