package dev.berth.console;

import javafx.scene.input.KeyCode;

/**
 * What a terminal sends to the process for a key, as xterm does: Enter is {@code \r}, Backspace is DEL, arrows are
 * {@code ESC[A}… and Ctrl+letter is the matching control character. Printable characters come from KEY_TYPED events
 * (they know the keyboard layout); control keys from KEY_PRESSED, whose typed echo is then ignored.
 */
final class TerminalKeys {
    private TerminalKeys() {
    }

    /** The bytes for a pressed key, or null if the key types a character (see {@link #typed}) or means nothing. */
    static String pressed(KeyCode code, boolean control, boolean alt, boolean shift) {
        String special = switch (code) {
            case ENTER -> "\r";
            case BACK_SPACE -> "\u007f";
            case TAB -> shift ? "\u001b[Z" : "\t";
            case ESCAPE -> "\u001b";
            case UP, KP_UP -> "\u001b[A";
            case DOWN, KP_DOWN -> "\u001b[B";
            case RIGHT, KP_RIGHT -> "\u001b[C";
            case LEFT, KP_LEFT -> "\u001b[D";
            case HOME -> "\u001b[H";
            case END -> "\u001b[F";
            case INSERT -> "\u001b[2~";
            case DELETE -> "\u001b[3~";
            case PAGE_UP -> "\u001b[5~";
            case PAGE_DOWN -> "\u001b[6~";
            default -> null;
        };
        if (special != null || !control || alt) {
            return special; // Ctrl+Alt is AltGr on some keyboards: it types a character
        }
        if (code.isLetterKey()) {
            return String.valueOf((char) (code.getName().charAt(0) - 'A' + 1)); // Ctrl+C = ETX, Ctrl+D = EOT…
        }
        return switch (code) {
            case SPACE, DIGIT2 -> "\u0000";
            case OPEN_BRACKET -> "\u001b";
            case BACK_SLASH -> "\u001c";
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
