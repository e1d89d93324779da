package dev.berth.terminal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The screen model: what printing, controls and escape sequences do to the normal and alternate buffers, the pen
 * and the modes. Behaviour follows xterm.js (v5), the reference the terminal is checked against, including its
 * deferred wrap (the cursor's column may equal the width until the next character wraps). Not thread-safe: the
 * emulator serialises access.
 */
final class Screen {
    static final int CHARSET_ASCII = 0;
    static final int CHARSET_DEC_GRAPHICS = 1;
    static final int CHARSET_UK = 2;
    private static final String DEC_GRAPHICS = "◆▒␉␌␍␊°±␤␋┘┐┌└┼⎺⎻─⎼⎽├┤┴┬│≤≥π≠£·";

    private final int scrollback;
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
    private int joinWidth;

    String title = "";
    boolean titleChanged;
    int bells;
    final ByteArrayOutputStream replies = new ByteArrayOutputStream();
    /** Set by anything that may have changed what is shown. */
    boolean changed;

    Screen(int cols, int rows, int scrollback) {
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

    private int nextStop(int x) {
        int next = active.tabs.nextSetBit(x + 1);
        return next < 0 || next >= cols ? cols - 1 : next;
    }

    private int previousStop(int x) {
        int previous = x <= 0 ? -1 : active.tabs.previousSetBit(x - 1);
        return Math.min(previous < 0 ? 0 : previous, cols - 1);
    }

    void lineFeed() {
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

    private void reverseIndex() {
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
        b.y = origin ? b.scrollTop + y : y;
        restrictCursor(cols - 1);
    }

    void moveCursor(int dx, int dy) {
        restrictCursor(cols - 1);
        Buffer b = active;
        b.x += dx;
        b.y += dy;
        restrictCursor(cols - 1);
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

    // ---- CSI sequences

    boolean csiDispatch(Params p, int collect, int c) {
        changed = true;
        boolean handled = collect == 0 ? csiPlain(p, c) : csiMarked(p, collect, c);
        joinWidth = 0;
        return handled;
    }

    private boolean csiPlain(Params p, int c) {
        Buffer b = active;
        switch (c) {
            case '@' -> {
                restrictCursor(cols - 1);
                b.screen(b.y).insertCells(b.x, p.get(0, 1), 0, pen[1], 0);
            }
            case 'A' -> cursorUp(p.get(0, 1));
            case 'B', 'e' -> cursorDown(p.get(0, 1), c == 'B');
            case 'C', 'a' -> moveCursor(p.get(0, 1), 0);
            case 'D' -> moveCursor(-p.get(0, 1), 0);
            case 'E' -> {
                cursorDown(p.get(0, 1), true);
                b.x = 0;
            }
            case 'F' -> {
                cursorUp(p.get(0, 1));
                b.x = 0;
            }
            case 'G', '`' -> setCursor(p.get(0, 1) - 1, b.y);
            case 'H', 'f' -> setCursor(p.count() >= 2 ? p.get(1, 1) - 1 : 0, p.get(0, 1) - 1);
            case 'I' -> {
                if (b.x < cols) {
                    for (int n = p.get(0, 1); n > 0; n--) {
                        b.x = nextStop(b.x);
                    }
                }
            }
            case 'J' -> eraseInDisplay(p.get(0));
            case 'K' -> eraseInLine(p.get(0));
            case 'L' -> insertLines(p.get(0, 1));
            case 'M' -> deleteLines(p.get(0, 1));
            case 'P' -> {
                restrictCursor(cols - 1);
                b.screen(b.y).deleteCells(b.x, p.get(0, 1), 0, pen[1], 0);
            }
            case 'S' -> b.shiftUp(b.scrollTop, b.scrollBottom, p.get(0, 1), 0, pen[1]);
            case 'T' -> b.shiftDown(b.scrollTop, b.scrollBottom, p.get(0, 1), 0, 0);
            case 'X' -> {
                restrictCursor(cols - 1);
                b.screen(b.y).replaceCells(b.x, b.x + p.get(0, 1), 0, pen[1], 0);
            }
            case 'Z' -> {
                if (b.x < cols) {
                    for (int n = p.get(0, 1); n > 0; n--) {
                        b.x = previousStop(b.x);
                    }
                }
            }
            case 'b' -> repeat(p.get(0, 1));
            case 'c' -> {
                if (p.get(0) == 0) {
                    reply("\u001b[?1;2c");
                }
            }
            case 'd' -> setCursor(b.x, p.get(0, 1) - 1);
            case 'g' -> {
                int mode = p.get(0);
                if (mode == 0) {
                    b.tabs.clear(b.x);
                } else if (mode == 3) {
                    b.tabs.clear();
                }
            }
            case 'h', 'l' -> {
                for (int i = 0; i < p.count(); i++) {
                    if (p.get(i) == 4) {
                        insert = c == 'h';
                    } else if (p.get(i) == 20) {
                        newLineMode = c == 'h';
                    }
                }
            }
            case 'm' -> Sgr.apply(p, pen);
            case 'n' -> deviceStatus(p.get(0), "");
            case 'r' -> setScrollRegion(p);
            case 's' -> saveCursor();
            case 't' -> {
                // window operations (resize, report, title stack): xterm.js ignores them by default, so do we
            }
            case 'u' -> restoreCursor();
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean csiMarked(Params p, int collect, int c) {
        switch (collect << 8 | c) {
            case '?' << 8 | 'h' -> setPrivateModes(p, true);
            case '?' << 8 | 'l' -> setPrivateModes(p, false);
            case '?' << 8 | 'J' -> eraseInDisplay(p.get(0));
            case '?' << 8 | 'K' -> eraseInLine(p.get(0));
            case '?' << 8 | 'n' -> deviceStatus(p.get(0), "?");
            case '>' << 8 | 'c' -> {
                if (p.get(0) == 0) {
                    reply("\u001b[>0;276;0c");
                }
            }
            case ' ' << 8 | 'q' -> {
                int style = p.get(0, 1);
                cursorStyle = style <= 2 ? CursorStyle.BLOCK : style <= 4 ? CursorStyle.UNDERLINE : CursorStyle.BAR;
                cursorBlink = style % 2 == 1;
            }
            case '!' << 8 | 'p' -> softReset();
            case '"' << 8 | 'q', '>' << 8 | 'm', '>' << 8 | 'n', '>' << 8 | 'q', '=' << 8 | 'c', '$' << 8 | 'p',
                    '?' << 16 | '$' << 8 | 'p' -> {
                // protection attribute, xterm key modifier options, version query, DECRQM: accepted, not acted on
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void cursorUp(int n) {
        Buffer b = active;
        int toTop = b.y - b.scrollTop;
        moveCursor(0, -(toTop >= 0 ? Math.min(toTop, n) : n));
    }

    private void cursorDown(int n, boolean stopAtBottom) {
        Buffer b = active;
        int toBottom = b.scrollBottom - b.y;
        moveCursor(0, stopAtBottom && toBottom >= 0 ? Math.min(toBottom, n) : n);
    }

    private void eraseInDisplay(int mode) {
        Buffer b = active;
        restrictCursor(cols);
        switch (mode) {
            case 0 -> {
                eraseInLine(b.y, b.x, cols, b.x == 0);
                for (int row = b.y + 1; row < rows; row++) {
                    resetLine(row);
                }
            }
            case 1 -> {
                eraseInLine(b.y, 0, b.x + 1, true);
                if (b.x + 1 >= cols && b.y + 1 < rows) {
                    b.screen(b.y + 1).wrapped = false;
                }
                for (int row = b.y - 1; row >= 0; row--) {
                    resetLine(row);
                }
            }
            case 2 -> {
                for (int row = rows - 1; row >= 0; row--) {
                    resetLine(row);
                }
            }
            case 3 -> b.clearScrollback();
            default -> {
            }
        }
    }

    private void eraseInLine(int mode) {
        Buffer b = active;
        restrictCursor(cols);
        switch (mode) {
            case 0 -> eraseInLine(b.y, b.x, cols, b.x == 0);
            case 1 -> eraseInLine(b.y, 0, b.x + 1, false);
            case 2 -> eraseInLine(b.y, 0, cols, true);
            default -> {
            }
        }
    }

    private void eraseInLine(int row, int from, int to, boolean clearWrap) {
        Line line = active.screen(row);
        line.replaceCells(from, to, 0, pen[1], 0);
        if (clearWrap) {
            line.wrapped = false;
        }
    }

    private void resetLine(int row) {
        Line line = active.screen(row);
        line.fill(0, pen[1], 0);
    }

    private void insertLines(int n) {
        Buffer b = active;
        restrictCursor(cols - 1);
        if (b.y > b.scrollBottom || b.y < b.scrollTop) {
            return;
        }
        b.shiftDown(b.y, b.scrollBottom, n, 0, pen[1]);
        b.x = 0;
    }

    private void deleteLines(int n) {
        Buffer b = active;
        restrictCursor(cols - 1);
        if (b.y > b.scrollBottom || b.y < b.scrollTop) {
            return;
        }
        b.shiftUp(b.y, b.scrollBottom, n, 0, pen[1]);
        b.x = 0;
    }

    private void repeat(int n) {
        if (joinWidth == 0) {
            return;
        }
        Buffer b = active;
        int col = b.x - joinWidth;
        if (col < 0 || col >= cols) {
            return;
        }
        String text = b.screen(b.y).text(col);
        // A huge count only scrolls the same line by: keep one screen's worth and the same final column.
        int perLine = Math.max(1, cols / joinWidth);
        int screenful = perLine * rows;
        int count = n <= screenful ? n : screenful + (n - screenful) % perLine;
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < count; i++) {
            for (int codePoint : codePoints) {
                print(codePoint);
            }
        }
    }

    private void deviceStatus(int request, String marker) {
        if (request == 5 && marker.isEmpty()) {
            reply("\u001b[0n");
        } else if (request == 6) {
            Buffer b = active;
            reply("\u001b[" + marker + (b.y + 1) + ";" + (Math.min(b.x, cols - 1) + 1) + "R");
        }
    }

    private void setScrollRegion(Params p) {
        int top = p.get(0, 1);
        int bottom = p.get(1);
        if (p.count() < 2 || bottom > rows || bottom == 0) {
            bottom = rows;
        }
        if (bottom > top) {
            active.scrollTop = top - 1;
            active.scrollBottom = bottom - 1;
            setCursor(0, 0);
        }
    }

    private void setPrivateModes(Params p, boolean on) {
        for (int i = 0; i < p.count(); i++) {
            int mode = p.get(i);
            switch (mode) {
                case 1 -> applicationCursorKeys = on;
                case 5 -> reverseVideo = on;
                case 6 -> {
                    origin = on;
                    setCursor(0, 0);
                }
                case 7 -> wraparound = on;
                case 12 -> cursorBlink = on;
                case 25 -> cursorHidden = !on;
                case 45 -> reverseWraparound = on;
                case 66 -> applicationKeypad = on;
                case 9 -> mouseTracking = on ? MouseTracking.X10 : MouseTracking.NONE;
                case 1000 -> mouseTracking = on ? MouseTracking.NORMAL : MouseTracking.NONE;
                case 1002 -> mouseTracking = on ? MouseTracking.BUTTON_EVENT : MouseTracking.NONE;
                case 1003 -> mouseTracking = on ? MouseTracking.ANY_EVENT : MouseTracking.NONE;
                case 1004 -> focusEvents = on;
                case 1006 -> mouseEncoding = on ? MouseEncoding.SGR : MouseEncoding.DEFAULT;
                case 1016 -> mouseEncoding = on ? MouseEncoding.SGR_PIXELS : MouseEncoding.DEFAULT;
                case 2004 -> bracketedPaste = on;
                case 1048 -> {
                    if (on) {
                        saveCursor();
                    } else {
                        restoreCursor();
                    }
                }
                case 47, 1047, 1049 -> alternateScreen(on, mode == 1049);
                default -> {
                }
            }
        }
    }

    private void alternateScreen(boolean on, boolean withCursor) {
        if (on) {
            if (withCursor) {
                saveCursor();
            }
            if (active == alt) {
                return;
            }
            alt.fillViewport(0, pen[1], 0);
            alt.x = normal.x;
            alt.y = normal.y;
            active = alt;
        } else {
            if (active == normal) {
                if (withCursor) {
                    restoreCursor();
                }
                return;
            }
            normal.x = alt.x;
            normal.y = alt.y;
            alt = new Buffer(cols, rows, 0);
            active = normal;
            if (withCursor) {
                restoreCursor();
            }
        }
    }

    // ---- OSC

    boolean oscDispatch(CharSequence data) {
        changed = true;
        int semicolon = -1;
        for (int i = 0; i < data.length(); i++) {
            if (data.charAt(i) == ';') {
                semicolon = i;
                break;
            }
            if (data.charAt(i) < '0' || data.charAt(i) > '9') {
                return false;
            }
        }
        if (semicolon <= 0) {
            return false;
        }
        String command = data.subSequence(0, semicolon).toString();
        String value = data.subSequence(semicolon + 1, data.length()).toString();
        switch (command) {
            case "0", "2" -> setTitle(value);
            case "1" -> {
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void setTitle(String value) {
        title = value;
        titleChanged = true;
    }

    private void reply(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        replies.write(bytes, 0, bytes.length);
    }

    // ---- geometry

    void resize(int newCols, int newRows) {
        normal.resize(newCols, newRows);
        alt.resize(newCols, newRows);
        cols = newCols;
        rows = newRows;
        changed = true;
    }
}
