package dev.berth.console;

/**
 * What a terminal sends to the process for a key, as xterm does: Enter is {@code \r}, Backspace is DEL, arrows are
 * {@code ESC[A}… and Ctrl+letter is the matching control character. Printable characters come as typed characters
 * (they know the keyboard layout), control keys as key presses, whose typed echo is then ignored.
 */
final class TerminalKeys {
    private TerminalKeys() {
    }

    /** The bytes for a pressed key, or null if the key types a character (see {@link #typed}) or means nothing. */
    static String pressed(TerminalKey key) {
        String special = switch (key.key()) {
            case ENTER -> "\r";
            case BACKSPACE -> "\u007f";
            case TAB -> key.shift() ? "\u001b[Z" : "\t";
            case ESCAPE -> "\u001b";
            case UP -> "\u001b[A";
            case DOWN -> "\u001b[B";
            case RIGHT -> "\u001b[C";
            case LEFT -> "\u001b[D";
            case HOME -> "\u001b[H";
            case END -> "\u001b[F";
            case INSERT -> "\u001b[2~";
            case DELETE -> "\u001b[3~";
            case PAGE_UP -> "\u001b[5~";
            case PAGE_DOWN -> "\u001b[6~";
            default -> null;
        };
        if (special != null || !key.control() || key.alt()) {
            return special; // Ctrl+Alt is AltGr on some keyboards: it types a character
        }
        return switch (key.key()) {
            case LETTER -> String.valueOf((char) (key.letter() - 'A' + 1)); // Ctrl+C = ETX, Ctrl+D = EOT…
            case SPACE, DIGIT_2 -> "\u0000";
            case OPEN_BRACKET -> "\u001b";
            case BACKSLASH -> "\u001c";
            case CLOSE_BRACKET -> "\u001d";
            case MINUS -> "\u001f";
            default -> null;
        };
    }

    /** The bytes for a typed character, or null for control characters (their key press already sent them). */
    static String typed(String character, boolean control, boolean alt) {
        if (character == null || character.isEmpty() || (control && !alt)) {
            return null;
        }
        char first = character.charAt(0);
        return first < 0x20 || first == 0x7f ? null : character;
    }

    /** Pasted text as a terminal sends it: line breaks become Enter. */
    static String pasted(String text) {
        return text.replace("\r\n", "\r").replace('\n', '\r');
    }
}
