package dev.berth.console;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** JavaFX key presses as {@link TerminalKey}s: the keypad's arrows count as the arrows. */
final class TerminalKeyEvents {
    private TerminalKeyEvents() {
    }

    static TerminalKey of(KeyEvent event) {
        return of(event.getCode(), event.isControlDown(), event.isAltDown(), event.isShiftDown());
    }

    static TerminalKey of(KeyCode code, boolean control, boolean alt, boolean shift) {
        if (code.isLetterKey()) {
            return TerminalKey.letter(code.getName().charAt(0), control, alt, shift);
        }
        TerminalKey.Key key = switch (code) {
            case ENTER -> TerminalKey.Key.ENTER;
            case BACK_SPACE -> TerminalKey.Key.BACKSPACE;
            case TAB -> TerminalKey.Key.TAB;
            case ESCAPE -> TerminalKey.Key.ESCAPE;
            case UP, KP_UP -> TerminalKey.Key.UP;
            case DOWN, KP_DOWN -> TerminalKey.Key.DOWN;
            case RIGHT, KP_RIGHT -> TerminalKey.Key.RIGHT;
            case LEFT, KP_LEFT -> TerminalKey.Key.LEFT;
            case HOME -> TerminalKey.Key.HOME;
            case END -> TerminalKey.Key.END;
            case INSERT -> TerminalKey.Key.INSERT;
            case DELETE -> TerminalKey.Key.DELETE;
            case PAGE_UP -> TerminalKey.Key.PAGE_UP;
            case PAGE_DOWN -> TerminalKey.Key.PAGE_DOWN;
            case SPACE -> TerminalKey.Key.SPACE;
            case DIGIT2 -> TerminalKey.Key.DIGIT_2;
            case OPEN_BRACKET -> TerminalKey.Key.OPEN_BRACKET;
            case BACK_SLASH -> TerminalKey.Key.BACKSLASH;
            case CLOSE_BRACKET -> TerminalKey.Key.CLOSE_BRACKET;
            case MINUS -> TerminalKey.Key.MINUS;
            default -> TerminalKey.Key.OTHER;
        };
        return TerminalKey.of(key, control, alt, shift);
    }
}
