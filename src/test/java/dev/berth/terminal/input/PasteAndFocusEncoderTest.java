package dev.berth.terminal.input;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasteAndFocusEncoderTest {
    private static final InputModes BRACKETED = new InputModes(false, true, false, MouseTracking.OFF,
            MouseEncoding.LEGACY);
    private static final InputModes FOCUS = new InputModes(false, false, true, MouseTracking.OFF,
            MouseEncoding.LEGACY);

    @Test
    void pastedLineBreaksBecomeEnter() {
        assertThat(PasteEncoder.pasted("ls\necho a\r\nb\r", InputModes.DEFAULT)).isEqualTo("ls\recho a\rb\r");
    }

    @Test
    void bracketedPasteWrapsTheText() {
        assertThat(PasteEncoder.pasted("a\nb", BRACKETED)).isEqualTo("\u001b[200~a\rb\u001b[201~");
        assertThat(PasteEncoder.pasted("", BRACKETED)).isEqualTo("\u001b[200~\u001b[201~");
    }

    @Test
    void anEndMarkerInsideThePasteCannotCloseTheBracket() {
        assertThat(PasteEncoder.pasted("x\u001b[201~rm -rf /\n", BRACKETED))
                .isEqualTo("\u001b[200~xrm -rf /\r\u001b[201~");
        assertThat(PasteEncoder.pasted("x\u001b[201~y", InputModes.DEFAULT)).isEqualTo("x\u001b[201~y");
    }

    @Test
    void focusIsReportedOnlyWhenAskedFor() {
        assertThat(FocusEncoder.focus(true, FOCUS)).isEqualTo("\u001b[I");
        assertThat(FocusEncoder.focus(false, FOCUS)).isEqualTo("\u001b[O");
        assertThat(FocusEncoder.focus(true, InputModes.DEFAULT)).isNull();
        assertThat(FocusEncoder.focus(false, InputModes.DEFAULT)).isNull();
    }
}
