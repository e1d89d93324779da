package dev.berth.console;

/**
 * A pressed key as the terminal needs it: which key and the modifiers held. Plain Java, so the console's view model
 * and its tests need no toolkit; the view maps each key event to one ({@link TerminalKeyEvents}).
 *
 * @param key    which key; {@link Key#LETTER} for A–Z, then {@code letter} says which
 * @param letter the upper-case letter for {@link Key#LETTER}, else {@code 0}
 */
public record TerminalKey(Key key, char letter, boolean control, boolean alt, boolean shift) {

    /** The keys a terminal sends something for on a key press; the rest type characters or mean nothing. */
    public enum Key {
        ENTER, BACKSPACE, TAB, ESCAPE, UP, DOWN, RIGHT, LEFT, HOME, END, INSERT, DELETE, PAGE_UP, PAGE_DOWN,
        SPACE, DIGIT_2, OPEN_BRACKET, BACKSLASH, CLOSE_BRACKET, MINUS, LETTER, OTHER
    }

    public TerminalKey {
        if ((key == Key.LETTER) != (letter >= 'A' && letter <= 'Z')) {
            throw new IllegalArgumentException("A letter key needs its letter A–Z, and only a letter key has one: "
                    + key + " " + (int) letter);
        }
    }

    /** A key that is not a letter. */
    public static TerminalKey of(Key key, boolean control, boolean alt, boolean shift) {
        return new TerminalKey(key, (char) 0, control, alt, shift);
    }

    /** A letter key, e.g. {@code letter('C', true, false, false)} for Ctrl+C. */
    public static TerminalKey letter(char letter, boolean control, boolean alt, boolean shift) {
        return new TerminalKey(Key.LETTER, Character.toUpperCase(letter), control, alt, shift);
    }
}
