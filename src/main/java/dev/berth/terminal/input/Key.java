package dev.berth.terminal.input;

/**
 * The keys a terminal sends something for when they are pressed. Keys that type a character (letters, digits,
 * punctuation) are sent as typed characters, which know the keyboard layout; a few of them are listed here because
 * Ctrl or Alt turns them into control characters.
 */
public enum Key {
    ENTER, BACKSPACE, TAB, ESCAPE,
    UP, DOWN, RIGHT, LEFT, HOME, END, INSERT, DELETE, PAGE_UP, PAGE_DOWN,
    F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12,
    SPACE, DIGIT_2, DIGIT_3, DIGIT_4, DIGIT_5, DIGIT_6, DIGIT_7, DIGIT_8,
    OPEN_BRACKET, BACKSLASH, CLOSE_BRACKET, MINUS, SLASH,
    /** A–Z; {@link KeyStroke#letter()} says which. */
    LETTER,
    OTHER
}
