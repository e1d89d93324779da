package dev.berth.terminal.view;

import dev.berth.terminal.input.Key;
import dev.berth.terminal.input.KeyStroke;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class KeyStrokesTest {

    @Test
    void lettersKeepTheirLetterAndTheModifiers() {
        assertThat(KeyStrokes.of(KeyCode.C, true, false, true))
                .isEqualTo(new KeyStroke(Key.LETTER, 'C', true, false, true));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"KP_UP, UP", "KP_DOWN, DOWN", "KP_LEFT, LEFT", "KP_RIGHT, RIGHT", "UP, UP", "BACK_SPACE, BACKSPACE",
            "BACK_SLASH, BACKSLASH", "F1, F1", "F12, F12", "DIGIT2, DIGIT_2", "DIGIT8, DIGIT_8", "SLASH, SLASH",
            "PAGE_UP, PAGE_UP", "INSERT, INSERT", "DIGIT9, OTHER", "CAPS, OTHER"})
    void keysMapByName(KeyCode code, Key key) {
        assertThat(KeyStrokes.of(code, false, true, false)).isEqualTo(new KeyStroke(key, (char) 0, false, true, false));
    }
}
