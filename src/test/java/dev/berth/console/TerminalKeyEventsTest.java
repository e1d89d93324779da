package dev.berth.console;

import dev.berth.console.TerminalKey.Key;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalKeyEventsTest {

    @Test
    void lettersKeepTheirLetterAndTheModifiers() {
        assertThat(TerminalKeyEvents.of(KeyCode.C, true, false, true))
                .isEqualTo(TerminalKey.letter('C', true, false, true));
    }

    @Test
    void keypadArrowsAreArrows() {
        assertThat(TerminalKeyEvents.of(KeyCode.KP_UP, false, false, false).key()).isEqualTo(Key.UP);
        assertThat(TerminalKeyEvents.of(KeyCode.KP_DOWN, false, false, false).key()).isEqualTo(Key.DOWN);
        assertThat(TerminalKeyEvents.of(KeyCode.KP_LEFT, false, false, false).key()).isEqualTo(Key.LEFT);
        assertThat(TerminalKeyEvents.of(KeyCode.KP_RIGHT, false, false, false).key()).isEqualTo(Key.RIGHT);
    }

    @Test
    void keysWithAMeaningMapByName() {
        assertThat(TerminalKeyEvents.of(KeyCode.BACK_SPACE, false, false, false).key()).isEqualTo(Key.BACKSPACE);
        assertThat(TerminalKeyEvents.of(KeyCode.DIGIT2, true, false, false))
                .isEqualTo(TerminalKey.of(Key.DIGIT_2, true, false, false));
        assertThat(TerminalKeyEvents.of(KeyCode.BACK_SLASH, false, false, false).key()).isEqualTo(Key.BACKSLASH);
    }

    @Test
    void otherKeysAreOther() {
        assertThat(TerminalKeyEvents.of(KeyCode.F5, false, false, false).key()).isEqualTo(Key.OTHER);
        assertThat(TerminalKeyEvents.of(KeyCode.DIGIT3, true, false, false).key()).isEqualTo(Key.OTHER);
    }
}
