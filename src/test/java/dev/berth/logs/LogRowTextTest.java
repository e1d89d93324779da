package dev.berth.logs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogRowTextTest {

    @Test
    void aLineThatRedrawsItselfShowsWhatATerminalWouldLeave() {
        assertThat(LogRowText.of("10%\r55%\r100% done").text()).isEqualTo("100% done");
        assertThat(LogRowText.of("done\r").text()).isEqualTo("done");
        assertThat(LogRowText.of("done\r\r").text()).isEqualTo("done");
        assertThat(LogRowText.of("plain").text()).isEqualTo("plain");
        assertThat(LogRowText.of("\r").text()).isEmpty();
    }

    @Test
    void aMegabyteLineIsCutForDisplayWithANoteOfWhatIsLeft() {
        String huge = "x".repeat(1_000_000);

        LogRowText display = LogRowText.of(huge);

        assertThat(display.text()).hasSize(LogRowText.MAX_SHOWN);
        assertThat(display.hidden()).isEqualTo(990_000);
        assertThat(display.suffix()).contains("990,000 more characters");
        assertThat(LogRowText.of("short").suffix()).isNull();
    }
}
