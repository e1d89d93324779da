package dev.berth.console;

import dev.berth.console.TerminalKey.Key;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TerminalKeysTest {

    private static String pressed(Key key, boolean control, boolean alt, boolean shift) {
        return TerminalKeys.pressed(TerminalKey.of(key, control, alt, shift));
    }

    @Test
    void navigationKeysSendXtermSequences() {
        assertThat(pressed(Key.HOME, false, false, false)).isEqualTo("\u001b[H");
        assertThat(pressed(Key.END, false, false, false)).isEqualTo("\u001b[F");
        assertThat(pressed(Key.INSERT, false, false, false)).isEqualTo("\u001b[2~");
        assertThat(pressed(Key.DELETE, false, false, false)).isEqualTo("\u001b[3~");
        assertThat(pressed(Key.PAGE_UP, false, false, false)).isEqualTo("\u001b[5~");
        assertThat(pressed(Key.PAGE_DOWN, false, false, false)).isEqualTo("\u001b[6~");
        assertThat(pressed(Key.ESCAPE, false, false, false)).isEqualTo("\u001b");
    }

    @Test
    void shiftTabIsBackTab() {
        assertThat(pressed(Key.TAB, false, false, false)).isEqualTo("\t");
        assertThat(pressed(Key.TAB, false, false, true)).isEqualTo("\u001b[Z");
    }

    @Test
    void controlWithLettersAndSymbolsSendsControlCharacters() {
        assertThat(TerminalKeys.pressed(TerminalKey.letter('a', true, false, false))).isEqualTo("\u0001");
        assertThat(TerminalKeys.pressed(TerminalKey.letter('Z', true, false, false))).isEqualTo("\u001a");
        assertThat(pressed(Key.SPACE, true, false, false)).isEqualTo("\u0000");
        assertThat(pressed(Key.DIGIT_2, true, false, false)).isEqualTo("\u0000");
        assertThat(pressed(Key.OPEN_BRACKET, true, false, false)).isEqualTo("\u001b");
        assertThat(pressed(Key.BACKSLASH, true, false, false)).isEqualTo("\u001c");
        assertThat(pressed(Key.CLOSE_BRACKET, true, false, false)).isEqualTo("\u001d");
        assertThat(pressed(Key.MINUS, true, false, false)).isEqualTo("\u001f");
    }

    @Test
    void keysThatTypeCharactersSendNothingOnThePress() {
        assertThat(TerminalKeys.pressed(TerminalKey.letter('C', false, false, false))).isNull();
        assertThat(TerminalKeys.pressed(TerminalKey.letter('Q', true, true, false))).isNull(); // AltGr types
        assertThat(pressed(Key.SPACE, false, false, false)).isNull();
        assertThat(pressed(Key.OTHER, true, false, false)).isNull();
    }

    @Test
    void aLetterKeyCarriesItsLetterAndNoOtherKeyDoes() {
        assertThatThrownBy(() -> new TerminalKey(Key.LETTER, '1', false, false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TerminalKey(Key.ENTER, 'A', false, false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
