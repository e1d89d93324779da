package dev.berth.containers.files;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FileTextTest {
    @Test
    void utf8IsShownAsItIsAndWrittenBackTheSame() {
        byte[] bytes = "grüße\nzwei\n".getBytes(StandardCharsets.UTF_8);
        FileText text = FileText.decode(bytes).orElseThrow();

        assertThat(text.encoding()).isEqualTo("UTF-8");
        assertThat(text.text()).isEqualTo("grüße\nzwei\n");
        assertThat(text.encode(text.text())).isEqualTo(bytes);
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreKeptOnTheWayBack() {
        byte[] bytes = "\uFEFFa\r\nb\r\n".getBytes(StandardCharsets.UTF_8);
        FileText text = FileText.decode(bytes).orElseThrow();

        assertThat(text.encoding()).isEqualTo("UTF-8 with BOM");
        assertThat(text.text()).isEqualTo("a\nb\n");
        assertThat(text.encode("a\nb\nc\n")).isEqualTo("\uFEFFa\r\nb\r\nc\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void latin1AndUtf16AreRecognisedAndANulByteMeansBinary() {
        assertThat(FileText.decode(new byte[] {'c', 'a', 'f', (byte) 0xE9}).orElseThrow().encoding())
                .isEqualTo("ISO-8859-1");
        assertThat(FileText.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0}).orElseThrow().text())
                .isEqualTo("hi");
        assertThat(FileText.decode(new byte[] {0x7f, 'E', 'L', 'F', 0, 1})).isEmpty();
    }
}
