package dev.berth.terminal.input;

/**
 * A pressed key and the modifiers held: plain Java, so the encoding needs no toolkit.
 *
 * @param letter the upper-case letter for {@link Key#LETTER}, else {@code 0}
 */
public record KeyStroke(Key key, char letter, boolean shift, boolean alt, boolean control) {

    public KeyStroke {
        if ((key == Key.LETTER) != (letter >= 'A' && letter <= 'Z')) {
            throw new IllegalArgumentException("A letter key needs its letter A–Z, and only a letter key has one: "
                    + key + " " + (int) letter);
        }
    }

    public static KeyStroke of(Key key) {
        return new KeyStroke(key, (char) 0, false, false, false);
    }

    public static KeyStroke letter(char letter) {
        return new KeyStroke(Key.LETTER, Character.toUpperCase(letter), false, false, false);
    }

    public KeyStroke withShift() {
        return new KeyStroke(key, letter, true, alt, control);
    }

    public KeyStroke withAlt() {
        return new KeyStroke(key, letter, shift, true, control);
    }

    public KeyStroke withControl() {
        return new KeyStroke(key, letter, shift, alt, true);
    }

    /** xterm's modifier parameter: 1 + Shift 1 + Alt 2 + Ctrl 4; 1 means none. */
    int modifierParameter() {
        return 1 + (shift ? 1 : 0) + (alt ? 2 : 0) + (control ? 4 : 0);
    }
}
