package dev.berth.logs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogDisplayTest {

    @Test
    void aLineThatRedrawsItselfShowsWhatATerminalWouldLeave() {
        assertThat(LogDisplay.of("10%\r55%\r100% done").text()).isEqualTo("100% done");
        assertThat(LogDisplay.of("done\r").text()).isEqualTo("done");
        assertThat(LogDisplay.of("done\r\r").text()).isEqualTo("done");
        assertThat(LogDisplay.of("plain").text()).isEqualTo("plain");
        assertThat(LogDisplay.of("\r").text()).isEmpty();
    }

    @Test
    void aMegabyteLineIsCutForDisplayWithANoteOfWhatIsLeft() {
        String huge = "x".repeat(1_000_000);

        LogDisplay display = LogDisplay.of(huge);

        assertThat(display.text()).hasSize(LogDisplay.MAX_SHOWN);
        assertThat(display.hidden()).isEqualTo(990_000);
        assertThat(display.suffix()).contains("990,000 more characters");
        assertThat(LogDisplay.of("short").suffix()).isNull();
    }
}
