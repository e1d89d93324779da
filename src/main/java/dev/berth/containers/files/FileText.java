package dev.berth.containers.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A file's bytes as text for the editor, and back: UTF-8 (with or without a byte-order mark), UTF-16 with its mark,
 * else ISO-8859-1; a file with a NUL byte in its first 8 KiB is binary and is not shown as text. Windows line ends
 * are shown as plain ones and written back as they were.
 *
 * @param encoding the name the editor shows: "UTF-8", "UTF-8 with BOM", "UTF-16BE", "ISO-8859-1"
 */
record FileText(String text, String encoding, Charset charset, byte[] mark, boolean windowsLineEnds) {
    private static final int SNIFF = 8 * 1024;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};

    /** The text of {@code bytes}, or empty for a binary file. */
    static Optional<FileText> decode(byte[] bytes) {
        if (startsWith(bytes, UTF16BE_BOM) || startsWith(bytes, UTF16LE_BOM)) {
            boolean big = startsWith(bytes, UTF16BE_BOM);
            Charset charset = big ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return Optional.of(of(new String(bytes, 2, bytes.length - 2, charset), charset.name(), charset,
                    big ? UTF16BE_BOM : UTF16LE_BOM));
        }
        for (int i = 0; i < Math.min(bytes.length, SNIFF); i++) {
            if (bytes[i] == 0) {
                return Optional.empty();
            }
        }
        boolean bom = startsWith(bytes, UTF8_BOM);
        int start = bom ? UTF8_BOM.length : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return Optional.of(of(text, bom ? "UTF-8 with BOM" : "UTF-8", StandardCharsets.UTF_8,
                    bom ? UTF8_BOM : new byte[0]));
        } catch (CharacterCodingException notUtf8) {
            return Optional.of(of(new String(bytes, StandardCharsets.ISO_8859_1), "ISO-8859-1",
                    StandardCharsets.ISO_8859_1, new byte[0]));
        }
    }

    private static FileText of(String raw, String encoding, Charset charset, byte[] mark) {
        boolean windows = raw.contains("\r\n");
        return new FileText(windows ? raw.replace("\r\n", "\n") : raw, encoding, charset, mark, windows);
    }

    /** The edited text as bytes in this file's encoding, mark and line ends. */
    byte[] encode(String edited) {
        String text = windowsLineEnds ? edited.replace("\r\n", "\n").replace("\n", "\r\n") : edited;
        byte[] body = text.getBytes(charset);
        byte[] out = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, out, 0, mark.length);
        System.arraycopy(body, 0, out, mark.length, body.length);
        return out;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
