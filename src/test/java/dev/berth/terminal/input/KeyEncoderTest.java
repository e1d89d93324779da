package dev.berth.terminal.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyEncoderTest {
    private static final InputModes NORMAL = InputModes.DEFAULT;
    private static final InputModes APPLICATION = new InputModes(true, false, false, MouseTracking.OFF,
            MouseEncoding.LEGACY);

    private static String pressed(KeyStroke stroke) {
        return KeyEncoder.pressed(stroke, NORMAL);
    }

    /** ESC written as "^[" so the cases read as xterm's documentation does. */
    private static String visible(String bytes) {
        return bytes == null ? null : bytes.replace("\u001b", "^[");
    }

    @ParameterizedTest(name = "{0}: normal {1}, application {2}")
    @CsvSource({
            "UP, ^[[A, ^[OA", "DOWN, ^[[B, ^[OB", "RIGHT, ^[[C, ^[OC", "LEFT, ^[[D, ^[OD",
            "HOME, ^[[H, ^[OH", "END, ^[[F, ^[OF"})
    void cursorKeysFollowDecckm(Key key, String normal, String application) {
        assertThat(visible(KeyEncoder.pressed(KeyStroke.of(key), NORMAL))).isEqualTo(normal);
        assertThat(visible(KeyEncoder.pressed(KeyStroke.of(key), APPLICATION))).isEqualTo(application);
    }

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource({
            "UP, shift, ^[[1;2A", "UP, alt, ^[[1;3A", "UP, shift+alt, ^[[1;4A", "UP, ctrl, ^[[1;5A",
            "UP, shift+ctrl, ^[[1;6A", "UP, alt+ctrl, ^[[1;7A", "UP, shift+alt+ctrl, ^[[1;8A",
            "LEFT, ctrl, ^[[1;5D", "RIGHT, alt, ^[[1;3C", "DOWN, shift, ^[[1;2B",
            "HOME, ctrl, ^[[1;5H", "END, shift, ^[[1;2F",
            "INSERT, shift, ^[[2;2~", "DELETE, ctrl, ^[[3;5~", "PAGE_UP, alt, ^[[5;3~", "PAGE_DOWN, ctrl, ^[[6;5~",
            "F1, shift, ^[[1;2P", "F2, ctrl, ^[[1;5Q", "F3, alt, ^[[1;3R", "F4, shift+ctrl, ^[[1;6S",
            "F5, shift, ^[[15;2~", "F6, ctrl, ^[[17;5~", "F12, alt, ^[[24;3~"})
    void modifiersGoIntoTheParameterEvenUnderDecckm(Key key, String modifiers, String expected) {
        KeyStroke stroke = KeyStroke.of(key);
        if (modifiers.contains("shift")) {
            stroke = stroke.withShift();
        }
        if (modifiers.contains("alt")) {
            stroke = stroke.withAlt();
        }
        if (modifiers.contains("ctrl")) {
            stroke = stroke.withControl();
        }
        assertThat(visible(KeyEncoder.pressed(stroke, NORMAL))).isEqualTo(expected);
        assertThat(visible(KeyEncoder.pressed(stroke, APPLICATION))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "INSERT, ^[[2~", "DELETE, ^[[3~", "PAGE_UP, ^[[5~", "PAGE_DOWN, ^[[6~",
            "F1, ^[OP", "F2, ^[OQ", "F3, ^[OR", "F4, ^[OS", "F5, ^[[15~", "F6, ^[[17~", "F7, ^[[18~",
            "F8, ^[[19~", "F9, ^[[20~", "F10, ^[[21~", "F11, ^[[23~", "F12, ^[[24~"})
    void editingAndFunctionKeysAreTheSameInBothCursorModes(Key key, String expected) {
        assertThat(visible(KeyEncoder.pressed(KeyStroke.of(key), NORMAL))).isEqualTo(expected);
        assertThat(visible(KeyEncoder.pressed(KeyStroke.of(key), APPLICATION))).isEqualTo(expected);
    }

    @Test
    void enterBackspaceTabAndEscape() {
        assertThat(pressed(KeyStroke.of(Key.ENTER))).isEqualTo("\r");
        assertThat(pressed(KeyStroke.of(Key.ENTER).withAlt())).isEqualTo("\u001b\r");
        assertThat(pressed(KeyStroke.of(Key.BACKSPACE))).isEqualTo("\u007f");
        assertThat(pressed(KeyStroke.of(Key.BACKSPACE).withShift())).isEqualTo("\u007f");
        assertThat(pressed(KeyStroke.of(Key.BACKSPACE).withControl())).isEqualTo("\b");
        assertThat(pressed(KeyStroke.of(Key.BACKSPACE).withAlt())).isEqualTo("\u001b\u007f");
        assertThat(pressed(KeyStroke.of(Key.TAB))).isEqualTo("\t");
        assertThat(pressed(KeyStroke.of(Key.TAB).withShift())).isEqualTo("\u001b[Z");
        assertThat(pressed(KeyStroke.of(Key.ESCAPE))).isEqualTo("\u001b");
        assertThat(pressed(KeyStroke.of(Key.ESCAPE).withAlt())).isEqualTo("\u001b\u001b");
    }

    @Test
    void everyControlLetterIsItsControlCharacterAndAltPutsEscInFront() {
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            String control = String.valueOf((char) (letter - 'A' + 1));
            assertThat(pressed(KeyStroke.letter(letter).withControl())).isEqualTo(control);
            assertThat(pressed(KeyStroke.letter(letter).withControl().withShift())).isEqualTo(control);
            assertThat(pressed(KeyStroke.letter(letter).withControl().withAlt())).isEqualTo("\u001b" + control);
            assertThat(pressed(KeyStroke.letter(letter))).as("a plain letter is typed, not pressed").isNull();
            assertThat(pressed(KeyStroke.letter(letter).withAlt())).as("Alt+letter comes as typed").isNull();
        }
    }

    @ParameterizedTest(name = "Ctrl+{0} is {1}")
    @CsvSource({
            "SPACE, 0", "DIGIT_2, 0", "DIGIT_3, 27", "OPEN_BRACKET, 27", "DIGIT_4, 28", "BACKSLASH, 28",
            "DIGIT_5, 29", "CLOSE_BRACKET, 29", "DIGIT_6, 30", "DIGIT_7, 31", "MINUS, 31", "SLASH, 31",
            "DIGIT_8, 127"})
    void controlWithSymbolsSendsTheirControlCharacters(Key key, int code) {
        assertThat(pressed(KeyStroke.of(key).withControl())).isEqualTo(String.valueOf((char) code));
        assertThat(pressed(KeyStroke.of(key))).isNull();
    }

    @Test
    void keysWithoutAnEncodingSendNothing() {
        for (Key key : EnumSet.of(Key.OTHER, Key.SPACE, Key.MINUS, Key.DIGIT_2)) {
            assertThat(pressed(KeyStroke.of(key))).isNull();
        }
        assertThat(pressed(KeyStroke.of(Key.OTHER).withControl())).isNull();
    }

    @Test
    void everyKeyEncodesWithoutFailingUnderEveryModifierAndMode() {
        for (Key key : Key.values()) {
            for (int mask = 0; mask < 8; mask++) {
                KeyStroke stroke = key == Key.LETTER ? KeyStroke.letter('q') : KeyStroke.of(key);
                stroke = new KeyStroke(stroke.key(), stroke.letter(), (mask & 1) != 0, (mask & 2) != 0,
                        (mask & 4) != 0);
                for (InputModes modes : new InputModes[]{NORMAL, APPLICATION}) {
                    String bytes = KeyEncoder.pressed(stroke, modes);
                    if (bytes != null) {
                        assertThat(bytes).as("%s", stroke).isNotEmpty();
                    }
                }
            }
        }
    }

    @Test
    void typedCharactersAreSentAsTheyAreAndAltPutsEscInFront() {
        assertThat(KeyEncoder.typed("a", false, false)).isEqualTo("a");
        assertThat(KeyEncoder.typed("é", false, false)).isEqualTo("é");
        assertThat(KeyEncoder.typed("😀", false, false)).isEqualTo("😀");
        assertThat(KeyEncoder.typed("x", false, true)).isEqualTo("\u001bx");
        assertThat(KeyEncoder.typed("@", true, true)).as("AltGr on Windows is Ctrl+Alt").isEqualTo("@");
        assertThat(KeyEncoder.typed("c", true, false)).as("Ctrl+C is a key press").isNull();
        assertThat(KeyEncoder.typed("\r", false, false)).isNull();
        assertThat(KeyEncoder.typed("\u007f", false, false)).isNull();
        assertThat(KeyEncoder.typed("", false, false)).isNull();
        assertThat(KeyEncoder.typed(null, false, false)).isNull();
    }

    @Test
    void aLetterKeyNeedsItsLetter() {
        assertThatThrownBy(() -> new KeyStroke(Key.LETTER, '1', false, false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyStroke(Key.UP, 'A', false, false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(KeyStroke.letter('q').letter()).isEqualTo('Q');
    }
}
