package dev.berth.terminal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One data-driven case from src/test/resources/terminal/cases/*.txt: a size, input chunks (each fed by its own
 * call, so a sequence split across lines is split across reads) and what must hold afterwards. The format:
 *
 * <pre>
 * case NAME              starts a case
 * size COLSxROWS         default 10x4
 * in TEXT                a chunk; escapes \e \r \n \t \a \b \xHH backslash-u{HHHH} \\ \" ; lone LF is not translated
 * row N "TEXT"           row N's text, trailing blanks removed
 * cursor R,C             the cursor as shown (column clamped to the last)
 * cell R,C KEY=VALUE...  fg= bg= (d, pN, #rrggbb), attrs= (letters BDIUKRHSO, - for none), width= (0,1,2),
 *                        text="…" (the cell's text, "" for blank)
 * reply "TEXT"           all reply bytes, in order ("" for none)
 * mode NAME=VALUE        a TerminalModes component, e.g. mode bracketedPaste=true, mode mouseTracking=NORMAL
 * title "TEXT"           the window title
 * scrollback N           lines above the screen
 * line L "TEXT"          absolute line L's text (0 = oldest scrollback line)
 * wrapped R true|false   screen row R continues the row above
 * text L1,C1,L2,C2 "T"   TerminalEmulator.text over absolute lines
 * bells N                BEL count
 * ignored N              sequences ignored as unknown or malformed
 * differs REASON         Berth deliberately differs from xterm.js here (src/test/node/cases-check.js skips it)
 * </pre>
 */
record TerminalCase(String file, int lineNumber, String name, int cols, int rows, List<byte[]> chunks,
        List<String> checks) {

    static List<TerminalCase> parse(String file, String content) {
        List<TerminalCase> cases = new ArrayList<>();
        String name = null;
        int start = 0;
        int cols = 10;
        int rows = 4;
        List<byte[]> chunks = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "case";
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.equals("case") || line.startsWith("case ")) {
                if (name != null) {
                    cases.add(new TerminalCase(file, start, name, cols, rows, chunks, checks));
                }
                name = line.length() > 5 ? line.substring(5).strip() : null;
                start = i + 1;
                cols = 10;
                rows = 4;
                chunks = new ArrayList<>();
                checks = new ArrayList<>();
            } else if (line.startsWith("size ")) {
                String[] size = line.substring(5).strip().split("x");
                cols = Integer.parseInt(size[0]);
                rows = Integer.parseInt(size[1]);
            } else if (line.startsWith("in ") || line.equals("in")) {
                chunks.add(unescape(lines[i].substring(lines[i].indexOf("in") + Math.min(3, line.length()))));
            } else {
                checks.add((i + 1) + ":" + line);
            }
        }
        return cases;
    }

    /** Decodes the case format's escapes into bytes (UTF-8 for text, raw for \xHH). */
    static byte[] unescape(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                plain.append(c);
                continue;
            }
            char e = text.charAt(++i);
            switch (e) {
                case 'e' -> plain.append('\u001b');
                case 'r' -> plain.append('\r');
                case 'n' -> plain.append('\n');
                case 't' -> plain.append('\t');
                case 'a' -> plain.append('\u0007');
                case 'b' -> plain.append('\b');
                case 's' -> plain.append(' ');
                case 'x' -> {
                    flush(plain, out);
                    out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    int close = text.indexOf('}', i);
                    plain.appendCodePoint(Integer.parseInt(text.substring(i + 2, close), 16));
                    i = close;
                }
                default -> plain.append(e);
            }
        }
        flush(plain, out);
        return out.toByteArray();
    }

    private static void flush(StringBuilder plain, ByteArrayOutputStream out) {
        byte[] bytes = plain.toString().getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        plain.setLength(0);
    }

    /** A quoted argument with the format's escapes, decoded as UTF-8 text. */
    static String quoted(String text) {
        String inner = text.strip();
        if (inner.length() >= 2 && inner.startsWith("\"") && inner.endsWith("\"")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return new String(unescape(inner), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return file + ":" + lineNumber + " " + name;
    }
}
