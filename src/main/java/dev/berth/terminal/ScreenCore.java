package dev.berth.terminal;

import java.io.ByteArrayOutputStream;

/**
 * The screen's state and what printing, C0/C1 controls and ESC sequences do to it: the normal and alternate
 * buffers, the pen, the character sets and the modes. {@link Screen} adds the CSI and OSC sequences. Behaviour
 * follows xterm.js (v5), the reference the terminal is checked against, including its deferred wrap (the cursor's
 * column may equal the width until the next character wraps). Not thread-safe: the emulator serialises access.
 */
abstract class ScreenCore {
    static final int CHARSET_ASCII = 0;
    static final int CHARSET_DEC_GRAPHICS = 1;
    static final int CHARSET_UK = 2;
    private static final String DEC_GRAPHICS = "◆▒␉␌␍␊°±␤␋┘┐┌└┼⎺⎻─⎼⎽├┤┴┬│≤≥π≠£·";

    final int scrollback;
    Buffer normal;
    Buffer alt;
    Buffer active;
    int cols;
    int rows;

    /** The pen: {fg, bg, attribute flags}. */
    final int[] pen = new int[3];
    final int[] charsets = new int[4];
    int gl;

    boolean wraparound = true;
    boolean origin;
    boolean insert;
    boolean newLineMode;
    boolean reverseWraparound;
    boolean applicationCursorKeys;
    boolean applicationKeypad;
    boolean bracketedPaste;
    boolean focusEvents;
    boolean cursorHidden;
    boolean cursorBlink = true;
    boolean reverseVideo;
    CursorStyle cursorStyle = CursorStyle.BLOCK;
    MouseTracking mouseTracking = MouseTracking.NONE;
    MouseEncoding mouseEncoding = MouseEncoding.DEFAULT;

    /** Width of the last printed character, for combining characters and REP; 0 after anything else. */
    int joinWidth;

    String title = "";
    boolean titleChanged;
    int bells;
    final ByteArrayOutputStream replies = new ByteArrayOutputStream();
    /** Set by anything that may have changed what is shown. */
    boolean changed;

    ScreenCore(int cols, int rows, int scrollback) {
        this.cols = cols;
        this.rows = rows;
        this.scrollback = scrollback;
        normal = new Buffer(cols, rows, scrollback);
        alt = new Buffer(cols, rows, 0);
        active = normal;
    }

    // ---- printing

    void printAscii(byte[] data, int from, int to) {
        changed = true;
        if (insert || charsets[gl] != CHARSET_ASCII) {
            for (int i = from; i < to; i++) {
                print(data[i]);
            }
            return;
        }
        Buffer b = active;
        Line line = b.screen(b.y);
        if (b.x > 0 && line.width(b.x - 1) == 2) {
            line.clearCell(b.x - 1, pen[0], pen[1], pen[2]);
        }
        int fg = pen[0];
        int bg = pen[1];
        int flags = pen[2];
        int i = from;
        while (i < to) {
            if (b.x >= cols) {
                if (wraparound) {
                    line = wrap(line);
                } else {
                    b.x = cols - 1;
                }
            }
            int n = Math.min(to - i, cols - b.x);
            int[] cells = line.cells;
            int c = b.x * Cells.STRIDE;
            for (int end = i + n; i < end; i++) {
                cells[c] = data[i];
                cells[c + 1] = fg;
                cells[c + 2] = bg;
                cells[c + 3] = flags;
                c += Cells.STRIDE;
            }
            if (line.combined != null) {
                java.util.Arrays.fill(line.combined, b.x, b.x + n, null);
            }
            b.x += n;
        }
        joinWidth = 1;
        fixRightHalf(line);
    }

    void print(int codePoint) {
        changed = true;
        Buffer b = active;
        Line line = b.screen(b.y);
        if (b.x > 0 && b.x <= cols && line.width(b.x - 1) == 2) {
            line.clearCell(b.x - 1, pen[0], pen[1], pen[2]);
        }
        line = printOne(mapCharset(codePoint), line);
        fixRightHalf(line);
    }

    /** A cell left as the second half of a wide character whose first half was overwritten becomes a blank. */
    private void fixRightHalf(Line line) {
        int x = active.x;
        if (x < cols && line.width(x) == 0 && line.code(x) == 0) {
            line.clearCell(x, pen[0], pen[1], pen[2]);
        }
    }

    private int mapCharset(int code) {
        int set = charsets[gl];
        if (set == CHARSET_ASCII || code >= 127) {
            return code;
        }
        if (set == CHARSET_DEC_GRAPHICS) {
            return code >= '`' && code <= '~' ? DEC_GRAPHICS.charAt(code - '`') : code;
        }
        return code == '#' ? '£' : code;
    }

    private Line printOne(int code, Line line) {
        Buffer b = active;
        int width = code < 0x7F ? 1 : CharWidth.of(code);
        boolean join = width == 0 && joinWidth > 0;
        int oldWidth = 0;
        if (join) {
            oldWidth = joinWidth;
            width = Math.max(width, oldWidth);
        }
        joinWidth = width;
        if (b.x + width - oldWidth > cols) {
            if (wraparound) {
                line = wrap(line);
            } else {
                b.x = cols - 1;
                if (width == 2) {
                    return line;
                }
            }
        }
        if (join && b.x > 0) {
            int offset = line.width(b.x - 1) != 0 ? 1 : 2;
            if (b.x - offset >= 0) {
                line.addCombining(b.x - offset, code, width);
            }
            return line;
        }
        if (b.x >= cols) {
            return line;
        }
        if (insert) {
            line.insertCells(b.x, width - oldWidth, pen[0], pen[1], pen[2]);
            if (line.width(cols - 1) == 2) {
                line.clearCell(cols - 1, pen[0], pen[1], pen[2]);
            }
        }
        int widthFlag = width == 2 ? Cells.WIDE : width == 0 ? Cells.ZERO_WIDTH : 0;
        line.set(b.x++, code, pen[0], pen[1], pen[2] | widthFlag);
        if (width == 2 && b.x < cols) {
            line.set(b.x++, 0, pen[0], pen[1], pen[2] | Cells.ZERO_WIDTH);
        }
        return line;
    }

    /** Autowrap: blank the rest of the line, move to the next (scrolling if needed) and mark it wrapped. */
    private Line wrap(Line old) {
        Buffer b = active;
        for (int col = b.x; col < cols; col++) {
            old.clearCell(col, pen[0], pen[1], pen[2]);
        }
        b.x = 0;
        b.y++;
        if (b.y == b.scrollBottom + 1) {
            b.y--;
            b.scrollUp(0, pen[1], true);
        } else {
            if (b.y >= rows) {
                b.y = rows - 1;
            }
            b.screen(b.y).wrapped = true;
        }
        return b.screen(b.y);
    }

    // ---- C0 and C1 controls

    void execute(int c) {
        changed = true;
        switch (c) {
            case 0x07 -> bells++;
            case 0x08 -> backspace();
            case 0x09 -> tab();
            case 0x0A, 0x0B, 0x0C -> lineFeed();
            case 0x0D -> active.x = 0;
            case 0x0E -> gl = 1;
            case 0x0F -> gl = 0;
            case 0x84 -> index();
            case 0x85 -> {
                active.x = 0;
                index();
            }
            case 0x88 -> active.tabs.set(active.x);
            default -> {
            }
        }
        joinWidth = 0;
    }

    private void backspace() {
        Buffer b = active;
        restrictCursor(cols - 1);
        if (reverseWraparound && b.x == 0 && b.y > 0 && b.screen(b.y).wrapped) {
            b.y--;
            b.x = cols - 1;
        } else if (b.x > 0) {
            b.x--;
        }
    }

    private void tab() {
        Buffer b = active;
        if (b.x < cols) {
            b.x = nextStop(b.x);
        }
    }

    int nextStop(int x) {
        int next = active.tabs.nextSetBit(x + 1);
        return next < 0 || next >= cols ? cols - 1 : next;
    }

    int previousStop(int x) {
        int previous = x <= 0 ? -1 : active.tabs.previousSetBit(x - 1);
        return Math.min(previous < 0 ? 0 : previous, cols - 1);
    }

    private void lineFeed() {
        Buffer b = active;
        if (newLineMode) {
            b.x = 0;
        }
        b.y++;
        if (b.y == b.scrollBottom + 1) {
            b.y--;
            b.scrollUp(0, pen[1], false);
        } else if (b.y >= rows) {
            b.y = rows - 1;
        } else {
            b.screen(b.y).wrapped = false;
        }
        if (b.x >= cols) {
            b.x--;
        }
    }

    void index() {
        Buffer b = active;
        restrictCursor(cols - 1);
        b.y++;
        if (b.y == b.scrollBottom + 1) {
            b.y--;
            b.scrollUp(0, pen[1], false);
        } else if (b.y >= rows) {
            b.y = rows - 1;
        }
    }

    void reverseIndex() {
        Buffer b = active;
        restrictCursor(cols - 1);
        if (b.y == b.scrollTop) {
            b.shiftDown(b.scrollTop, b.scrollBottom, 1, 0, pen[1]);
        } else {
            b.y--;
            restrictCursor(cols - 1);
        }
    }

    // ---- cursor helpers (xterm.js's _restrictCursor, _setCursor, _moveCursor)

    void restrictCursor(int maxCol) {
        Buffer b = active;
        b.x = Math.min(maxCol, Math.max(0, b.x));
        b.y = origin ? Math.min(b.scrollBottom, Math.max(b.scrollTop, b.y)) : Math.min(rows - 1, Math.max(0, b.y));
    }

    void setCursor(int x, int y) {
        Buffer b = active;
        b.x = x;
        b.y = origin ? saturated((long) b.scrollTop + y) : y;
        restrictCursor(cols - 1);
    }

    void moveCursor(int dx, int dy) {
        restrictCursor(cols - 1);
        Buffer b = active;
        b.x = saturated((long) b.x + dx);
        b.y = saturated((long) b.y + dy);
        restrictCursor(cols - 1);
    }

    /** Parameters go up to 2^31 - 1; positions computed from them must not overflow. */
    static int saturated(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    // ---- ESC sequences

    boolean escDispatch(int collect, int c) {
        changed = true;
        joinWidth = 0;
        if (collect == 0) {
            switch (c) {
                case '7' -> saveCursor();
                case '8' -> restoreCursor();
                case 'D' -> index();
                case 'E' -> {
                    active.x = 0;
                    index();
                }
                case 'H' -> active.tabs.set(Math.min(active.x, cols - 1));
                case 'M' -> reverseIndex();
                case 'c' -> fullReset();
                case '=' -> applicationKeypad = true;
                case '>' -> applicationKeypad = false;
                case 'n' -> gl = 2;
                case 'o' -> gl = 3;
                case '|' -> gl = 3;
                case '}' -> gl = 2;
                case '~' -> gl = 1;
                case '\\' -> {
                }
                default -> {
                    return false;
                }
            }
            return true;
        }
        int g = switch (collect) {
            case '(' -> 0;
            case ')', '-' -> 1;
            case '*', '.' -> 2;
            case '+', '/' -> 3;
            default -> -1;
        };
        if (g >= 0) {
            charsets[g] = c == '0' ? CHARSET_DEC_GRAPHICS : c == 'A' ? CHARSET_UK : CHARSET_ASCII;
            return true;
        }
        if (collect == '#' && c == '8') {
            alignmentPattern();
            return true;
        }
        return collect == '%';
    }

    private void alignmentPattern() {
        setCursor(0, 0);
        Buffer b = active;
        for (int row = b.y; row < rows; row++) {
            Line line = b.screen(row);
            line.fill(pen[0], pen[1], pen[2]);
            for (int col = 0; col < cols; col++) {
                line.cells[col * Cells.STRIDE] = 'E';
            }
        }
        setCursor(0, 0);
    }

    void saveCursor() {
        Buffer b = active;
        b.savedX = b.x;
        b.savedY = b.ybase() + b.y;
        b.savedFg = pen[0];
        b.savedBg = pen[1];
        b.savedFlags = pen[2];
        System.arraycopy(charsets, 0, b.savedCharsets, 0, 4);
        b.savedGl = gl;
    }

    void restoreCursor() {
        Buffer b = active;
        b.x = b.savedX;
        b.y = Math.max(b.savedY - b.ybase(), 0);
        pen[0] = b.savedFg;
        pen[1] = b.savedBg;
        pen[2] = b.savedFlags;
        System.arraycopy(b.savedCharsets, 0, charsets, 0, 4);
        gl = b.savedGl;
        restrictCursor(cols - 1);
    }

    void fullReset() {
        normal = new Buffer(cols, rows, scrollback);
        alt = new Buffer(cols, rows, 0);
        active = normal;
        pen[0] = 0;
        pen[1] = 0;
        pen[2] = 0;
        java.util.Arrays.fill(charsets, CHARSET_ASCII);
        gl = 0;
        resetModes();
        mouseTracking = MouseTracking.NONE;
        mouseEncoding = MouseEncoding.DEFAULT;
        cursorStyle = CursorStyle.BLOCK;
        cursorBlink = true;
        cursorHidden = false;
        reverseVideo = false;
        joinWidth = 0;
    }

    /** What xterm.js's CoreService.reset clears (soft and full reset). */
    private void resetModes() {
        wraparound = true;
        origin = false;
        insert = false;
        reverseWraparound = false;
        applicationCursorKeys = false;
        applicationKeypad = false;
        bracketedPaste = false;
        focusEvents = false;
    }

    void softReset() {
        Buffer b = active;
        cursorHidden = false;
        b.scrollTop = 0;
        b.scrollBottom = rows - 1;
        pen[0] = 0;
        pen[1] = 0;
        pen[2] = 0;
        resetModes();
        java.util.Arrays.fill(charsets, CHARSET_ASCII);
        gl = 0;
        b.savedX = 0;
        b.savedY = b.ybase();
        b.savedFg = 0;
        b.savedBg = 0;
        b.savedFlags = 0;
        java.util.Arrays.fill(b.savedCharsets, CHARSET_ASCII);
        b.savedGl = 0;
    }
}
