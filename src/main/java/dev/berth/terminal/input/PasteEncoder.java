package dev.berth.terminal.input;

/**
 * Pasted text as a terminal sends it: line breaks become CR (what Enter sends), and under bracketed paste (2004)
 * the text goes between {@code ESC [200~} and {@code ESC [201~}. An end marker inside the text is dropped, so
 * pasted text cannot end the bracket early and have the rest run as typed keys.
 */
public final class PasteEncoder {
    static final String START = "\u001b[200~";
    static final String END = "\u001b[201~";

    private PasteEncoder() {
    }

    public static String pasted(String text, InputModes modes) {
        String lines = text.replace("\r\n", "\r").replace('\n', '\r');
        return modes.bracketedPaste() ? START + lines.replace(END, "") + END : lines;
    }

}
