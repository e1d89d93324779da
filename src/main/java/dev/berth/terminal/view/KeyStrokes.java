package dev.berth.terminal.view;

import dev.berth.terminal.input.Key;
import dev.berth.terminal.input.KeyStroke;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** JavaFX key presses as {@link KeyStroke}s: the keypad's arrows count as the arrows. */
final class KeyStrokes {
    private KeyStrokes() {
    }

    static KeyStroke of(KeyEvent event) {
        return of(event.getCode(), event.isShiftDown(), event.isAltDown(), event.isControlDown());
    }

    static KeyStroke of(KeyCode code, boolean shift, boolean alt, boolean control) {
        if (code.isLetterKey()) {
            return new KeyStroke(Key.LETTER, code.getName().charAt(0), shift, alt, control);
        }
        return new KeyStroke(key(code), (char) 0, shift, alt, control);
    }

    private static Key key(KeyCode code) {
        return switch (code) {
            case ENTER -> Key.ENTER;
            case BACK_SPACE -> Key.BACKSPACE;
            case TAB -> Key.TAB;
            case ESCAPE -> Key.ESCAPE;
            case UP, KP_UP -> Key.UP;
            case DOWN, KP_DOWN -> Key.DOWN;
            case RIGHT, KP_RIGHT -> Key.RIGHT;
            case LEFT, KP_LEFT -> Key.LEFT;
            case HOME -> Key.HOME;
            case END -> Key.END;
            case INSERT -> Key.INSERT;
            case DELETE -> Key.DELETE;
            case PAGE_UP -> Key.PAGE_UP;
            case PAGE_DOWN -> Key.PAGE_DOWN;
            case F1 -> Key.F1;
            case F2 -> Key.F2;
            case F3 -> Key.F3;
            case F4 -> Key.F4;
            case F5 -> Key.F5;
            case F6 -> Key.F6;
            case F7 -> Key.F7;
            case F8 -> Key.F8;
            case F9 -> Key.F9;
            case F10 -> Key.F10;
            case F11 -> Key.F11;
            case F12 -> Key.F12;
            case SPACE -> Key.SPACE;
            case DIGIT2 -> Key.DIGIT_2;
            case DIGIT3 -> Key.DIGIT_3;
            case DIGIT4 -> Key.DIGIT_4;
            case DIGIT5 -> Key.DIGIT_5;
            case DIGIT6 -> Key.DIGIT_6;
            case DIGIT7 -> Key.DIGIT_7;
            case DIGIT8 -> Key.DIGIT_8;
            case OPEN_BRACKET -> Key.OPEN_BRACKET;
            case BACK_SLASH -> Key.BACKSLASH;
            case CLOSE_BRACKET -> Key.CLOSE_BRACKET;
            case MINUS -> Key.MINUS;
            case SLASH -> Key.SLASH;
            default -> Key.OTHER;
        };
    }
}
