package dev.berth.ui.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Terminal text with ANSI escape sequences, read for display: SGR sequences ({@code ESC[…m}) become styled runs,
 * every other control sequence (cursor moves, OSC titles…) is removed, and a sequence cut off at the end of the
 * text is kept as it is, so nothing the container wrote silently disappears. The runs' texts joined equal
 * {@link #strip(String)}, so offsets found in the stripped text (search matches) apply to the runs as well.
 */
public final class AnsiText {
    public static final char ESC = '\u001b';
    private static final char BEL = '\u0007';

    /** A stretch of text in one style. */
    public record Run(String text, AnsiStyle style) {
    }

    /** The runs of one text, and the style in force at its end (a terminal carries it on to the next line). */
    public record Styled(List<Run> runs, AnsiStyle end) {
    }

    private AnsiText() {
    }

    public static boolean hasEscapes(String text) {
        return text.indexOf(ESC) >= 0;
    }

    public static List<Run> parse(String text) {
        return parse(text, AnsiStyle.PLAIN).runs();
    }

    public static Styled parse(String text, AnsiStyle start) {
        if (!hasEscapes(text)) {
            return new Styled(text.isEmpty() ? List.of() : List.of(new Run(text, start)), start);
        }
        List<Run> runs = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        AnsiStyle style = start;
        int at = 0;
        int length = text.length();
        while (at < length) {
            int escape = text.indexOf(ESC, at);
            if (escape < 0) {
                pending.append(text, at, length);
                break;
            }
            pending.append(text, at, escape);
            int end = sequenceEnd(text, escape);
            if (end < 0) { // cut off: shown as it is
                pending.append(text, escape, length);
                break;
            }
            String sgr = sgrParameters(text, escape, end);
            if (sgr != null) {
                AnsiStyle next = style.withSgr(sgr);
                if (!next.equals(style)) {
                    flush(runs, pending, style);
                    style = next;
                }
            }
            at = end;
        }
        flush(runs, pending, style);
        return new Styled(List.copyOf(runs), style);
    }

    /** The text without escape sequences, for search, copy and save; the same string when it has none. */
    public static String strip(String text) {
        int escape = text.indexOf(ESC);
        if (escape < 0) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        int at = 0;
        while (escape >= 0) {
            plain.append(text, at, escape);
            int end = sequenceEnd(text, escape);
            if (end < 0) {
                at = escape;
                break;
            }
            at = end;
            escape = text.indexOf(ESC, at);
        }
        plain.append(text, at, text.length());
        return plain.toString();
    }

    private static void flush(List<Run> runs, StringBuilder pending, AnsiStyle style) {
        if (pending.length() > 0) {
            runs.add(new Run(pending.toString(), style));
            pending.setLength(0);
        }
    }

    /** The parameters of an SGR sequence spanning [start, end), or null if it is some other sequence. */
    private static String sgrParameters(String text, int start, int end) {
        if (end - start < 3 || text.charAt(start + 1) != '[' || text.charAt(end - 1) != 'm') {
            return null;
        }
        for (int i = start + 2; i < end - 1; i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != ';' && c != ':') {
                return null; // private (ESC[?…m, ESC[>…m) or with intermediates: not a colour change
            }
        }
        return text.substring(start + 2, end - 1);
    }

    /**
     * Where the escape sequence starting at {@code escape} ends (exclusive), or -1 if the text ends before it does.
     * Follows ECMA-48: CSI = ESC [ parameters intermediates final; OSC/DCS/… end with BEL or ESC \; other escapes are
     * ESC, intermediates, one final character.
     */
    public static int sequenceEnd(CharSequence text, int escape) {
        int length = text.length();
        int at = escape + 1;
        if (at >= length) {
            return -1;
        }
        char kind = text.charAt(at);
        if (kind == '[') {
            at++;
            while (at < length && text.charAt(at) >= 0x30 && text.charAt(at) <= 0x3F) {
                at++;
            }
            while (at < length && text.charAt(at) >= 0x20 && text.charAt(at) <= 0x2F) {
                at++;
            }
            if (at >= length) {
                return -1;
            }
            char last = text.charAt(at);
            return last >= 0x40 && last <= 0x7E ? at + 1 : at; // a malformed one ends before the odd character
        }
        if (kind == ']' || kind == 'P' || kind == 'X' || kind == '^' || kind == '_') {
            for (int i = at + 1; i < length; i++) {
                char c = text.charAt(i);
                if (c == BEL) {
                    return i + 1;
                }
                if (c == ESC && i + 1 < length && text.charAt(i + 1) == '\\') {
                    return i + 2;
                }
            }
            return -1;
        }
        while (at < length && text.charAt(at) >= 0x20 && text.charAt(at) <= 0x2F) {
            at++;
        }
        if (at >= length) {
            return -1;
        }
        char last = text.charAt(at);
        return last >= 0x30 && last <= 0x7E ? at + 1 : at;
    }
}
