package dev.berth.console;

import dev.berth.ui.text.AnsiStyle;
import dev.berth.ui.text.AnsiText;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a simple terminal shows of a process's output: lines of styled characters and a cursor, enough for a
 * line-oriented shell. It understands UTF-8 split anywhere, SGR colours, {@code \r}, {@code \b}, {@code \t},
 * newline, erase-in-line ({@code ESC[K}), moving the cursor along the line ({@code ESC[C/D/G}), deleting and
 * inserting characters ({@code ESC[P/@}) and wrapping at the terminal's width. Moves to other lines, scroll regions
 * and the alternate screen are ignored, so full-screen programs (vi, top) show imperfectly. Older lines beyond the
 * scrollback are dropped. Not thread-safe: one thread feeds and reads it.
 */
final class TerminalScreen {
    static final int DEFAULT_SCROLLBACK = 5_000;
    /** Drop old lines in steps, so heavy output does not shift the whole scrollback for every new line. */
    private static final int TRIM_STEP = 250;
    private static final int MAX_ESCAPE = 512;

    private final int scrollback;
    private final List<TerminalLine> lines = new ArrayList<>();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final StringBuilder escape = new StringBuilder();
    private byte[] partial = new byte[0];
    private boolean inEscape;
    private int columns = 80;
    private int row;
    private int col;
    private AnsiStyle style = AnsiStyle.PLAIN;
    private int firstDirty;
    private int removedTop;

    TerminalScreen(int scrollback) {
        this.scrollback = scrollback;
        lines.add(new TerminalLine());
    }

    void setColumns(int width) {
        columns = Math.max(2, width);
    }

    int columns() {
        return columns;
    }

    /** Output bytes as the process wrote them; a UTF-8 sequence may be cut at the end and completed later. */
    void feed(byte[] bytes) {
        ByteBuffer in = ByteBuffer.allocate(partial.length + bytes.length).put(partial).put(bytes).flip();
        CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
        utf8.decode(in, out, false);
        partial = new byte[in.remaining()];
        in.get(partial);
        out.flip();
        feed(out);
    }

    void feed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            accept(text.charAt(i));
        }
    }

    private void accept(char c) {
        if (inEscape) {
            escape.append(c);
            int end = AnsiText.sequenceEnd(escape, 0);
            if (end < 0 && escape.length() < MAX_ESCAPE) {
                return;
            }
            inEscape = false;
            String sequence = end < 0 ? "" : escape.substring(0, end);
            String rest = end < 0 ? "" : escape.substring(end);
            perform(sequence);
            feed(rest); // a malformed sequence ends before the character that broke it
            return;
        }
        switch (c) {
            case AnsiText.ESC -> {
                inEscape = true;
                escape.setLength(0);
                escape.append(c);
            }
            case '\r' -> col = 0;
            case '\n' -> newLine();
            case '\b' -> col = Math.max(0, Math.min(col, columns - 1) - 1);
            case '\t' -> col = Math.min(columns - 1, (col / 8 + 1) * 8);
            default -> {
                if (c >= 0x20 && c != 0x7f) {
                    put(c);
                }
            }
        }
        markDirty(row);
    }

    private void put(char c) {
        if (col >= columns) { // the previous character filled the row: this one starts the next
            current().setWrapped(true);
            newLine();
        }
        current().put(col, c, style);
        col++;
    }

    private void newLine() {
        markDirty(row);
        row++;
        col = 0;
        if (row == lines.size()) {
            lines.add(new TerminalLine());
        }
        if (lines.size() > scrollback + TRIM_STEP) {
            int drop = lines.size() - scrollback;
            lines.subList(0, drop).clear();
            row -= drop;
            removedTop += drop;
            firstDirty = Math.max(0, firstDirty - drop);
        }
        markDirty(row);
    }

    private void perform(String sequence) {
        if (sequence.length() < 3 || sequence.charAt(1) != '[') {
            return; // OSC (window titles), charset selection and the like: nothing to show
        }
        char command = sequence.charAt(sequence.length() - 1);
        String parameters = sequence.substring(2, sequence.length() - 1);
        if (!parameters.isEmpty() && "?<=>".indexOf(parameters.charAt(0)) >= 0) {
            return; // private modes (cursor visibility, bracketed paste, alternate screen)
        }
        int n = Math.max(1, number(parameters));
        TerminalLine line = current();
        switch (command) {
            case 'm' -> style = style.withSgr(parameters);
            case 'K' -> {
                int mode = number(parameters);
                if (mode == 0) {
                    line.truncate(col);
                } else if (mode == 1) {
                    line.blank(0, Math.min(col + 1, line.length()));
                } else {
                    line.truncate(0);
                }
            }
            case 'C' -> col = Math.min(columns - 1, col + n);
            case 'D' -> col = Math.max(0, Math.min(col, columns - 1) - n);
            case 'G' -> col = Math.min(columns - 1, n - 1);
            case 'P' -> line.delete(col, n);
            case '@' -> line.insertBlanks(col, n);
            case 'X' -> line.blank(col, Math.min(line.length(), col + n));
            default -> { } // other cursor movement and screen control: not for a line-oriented console
        }
    }

    /** The first number of "12;3", 0 for none. */
    private static int number(String parameters) {
        int value = 0;
        for (int i = 0; i < parameters.length(); i++) {
            char c = parameters.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            value = Math.min(value * 10 + (c - '0'), 10_000);
        }
        return value;
    }

    private TerminalLine current() {
        return lines.get(row);
    }

    private void markDirty(int changed) {
        firstDirty = Math.min(firstDirty, changed);
    }

    int lineCount() {
        return lines.size();
    }

    /** The row the cursor is on. */
    int cursorRow() {
        return row;
    }

    int cursorColumn() {
        return Math.min(col, columns - 1);
    }

    /** Row {@code index} as it should be shown now, with the cursor if it is on it. */
    ConsoleLine snapshot(int index) {
        return lines.get(index).snapshot(index == row ? cursorColumn() : -1);
    }

    /** How many lines left the top of the scrollback since the last call. */
    int takeRemovedTop() {
        int removed = removedTop;
        removedTop = 0;
        return removed;
    }

    /** The first row that changed since the last call; {@link #lineCount()} if none did. */
    int takeFirstDirty() {
        int first = firstDirty;
        firstDirty = lines.size();
        return first;
    }
}
