package dev.berth.terminal.input;

/**
 * What a terminal sends to the process for a key, as xterm does: Enter is CR, Backspace is DEL, arrows are
 * {@code ESC [ A} (or {@code ESC O A} under DECCKM), Home/End likewise, the editing keys {@code ESC [ n ~}, F1–F4
 * {@code ESC O P…S} and F5–F12 {@code ESC [ 15~…24~}. Modifiers go into a parameter ({@code ESC [ 1 ; 5 A} is
 * Ctrl+Up), Ctrl+letter is the control character and Alt puts ESC in front. Printable characters come as typed
 * characters ({@link #typed}), which know the keyboard layout.
 */
public final class KeyEncoder {
    private static final String ESC = "\u001b";
    private static final String CSI = ESC + "[";
    private static final String SS3 = ESC + "O";

    private KeyEncoder() {
    }

    /** The bytes for a pressed key under {@code modes}, or null if the key types a character or means nothing. */
    public static String pressed(KeyStroke stroke, InputModes modes) {
        int modifiers = stroke.modifierParameter();
        return switch (stroke.key()) {
            case UP -> cursor('A', modifiers, modes);
            case DOWN -> cursor('B', modifiers, modes);
            case RIGHT -> cursor('C', modifiers, modes);
            case LEFT -> cursor('D', modifiers, modes);
            case HOME -> cursor('H', modifiers, modes);
            case END -> cursor('F', modifiers, modes);
            case INSERT -> tilde(2, modifiers);
            case DELETE -> tilde(3, modifiers);
            case PAGE_UP -> tilde(5, modifiers);
            case PAGE_DOWN -> tilde(6, modifiers);
            case F1 -> function('P', modifiers);
            case F2 -> function('Q', modifiers);
            case F3 -> function('R', modifiers);
            case F4 -> function('S', modifiers);
            case F5 -> tilde(15, modifiers);
            case F6 -> tilde(17, modifiers);
            case F7 -> tilde(18, modifiers);
            case F8 -> tilde(19, modifiers);
            case F9 -> tilde(20, modifiers);
            case F10 -> tilde(21, modifiers);
            case F11 -> tilde(23, modifiers);
            case F12 -> tilde(24, modifiers);
            case ENTER -> altPrefixed(stroke, "\r");
            case BACKSPACE -> altPrefixed(stroke, stroke.control() ? "\b" : "\u007f");
            case ESCAPE -> altPrefixed(stroke, ESC);
            case TAB -> stroke.shift() ? CSI + "Z" : altPrefixed(stroke, "\t");
            default -> stroke.control() ? altPrefixed(stroke, controlCharacter(stroke)) : null;
        };
    }

    /**
     * The bytes for a typed character, or null for control characters (their key press sends them) and for
     * characters typed with Ctrl alone (Ctrl+letter is a key press). With Alt, ESC comes first, as xterm's
     * metaSendsEscape does.
     */
    public static String typed(String character, boolean control, boolean alt) {
        if (character == null || character.isEmpty() || (control && !alt)) {
            return null;
        }
        char first = character.charAt(0);
        if (first < 0x20 || first == 0x7f) {
            return null;
        }
        return alt && !control ? ESC + character : character;
    }

    private static String cursor(char last, int modifiers, InputModes modes) {
        if (modifiers > 1) {
            return CSI + "1;" + modifiers + last;
        }
        return (modes.applicationCursor() ? SS3 : CSI) + last;
    }

    private static String tilde(int number, int modifiers) {
        return CSI + number + (modifiers > 1 ? ";" + modifiers : "") + "~";
    }

    private static String function(char last, int modifiers) {
        return modifiers > 1 ? CSI + "1;" + modifiers + last : SS3 + last;
    }

    private static String altPrefixed(KeyStroke stroke, String bytes) {
        return bytes == null ? null : stroke.alt() ? ESC + bytes : bytes;
    }

    /** Ctrl with a letter or one of the keys that have a control character (Ctrl+Space and Ctrl+2 are NUL…). */
    private static String controlCharacter(KeyStroke stroke) {
        int code = switch (stroke.key()) {
            case LETTER -> stroke.letter() - 'A' + 1;
            case SPACE, DIGIT_2 -> 0;
            case DIGIT_3, OPEN_BRACKET -> 0x1b;
            case DIGIT_4, BACKSLASH -> 0x1c;
            case DIGIT_5, CLOSE_BRACKET -> 0x1d;
            case DIGIT_6 -> 0x1e;
            case DIGIT_7, MINUS, SLASH -> 0x1f;
            case DIGIT_8 -> 0x7f;
            default -> -1;
        };
        return code < 0 ? null : String.valueOf((char) code);
    }
}
