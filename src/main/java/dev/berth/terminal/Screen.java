package dev.berth.terminal;

import java.nio.charset.StandardCharsets;

/**
 * The screen model: {@link ScreenCore}'s state, printing and ESC sequences, plus what the CSI sequences (cursor,
 * erase, edit, scroll, SGR, modes, reports) and OSC strings do.
 */
final class Screen extends ScreenCore {
    private final int[] sgrScratch = new int[6];

    Screen(int cols, int rows, int scrollback) {
        super(cols, rows, scrollback);
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
                    for (int n = Math.min(p.get(0, 1), cols); n > 0; n--) {
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
                b.screen(b.y).replaceCells(b.x, b.x + Math.min(p.get(0, 1), cols), 0, pen[1], 0);
            }
            case 'Z' -> {
                if (b.x < cols) {
                    for (int n = Math.min(p.get(0, 1), cols); n > 0; n--) {
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
            case 'm' -> Sgr.apply(p, pen, sgrScratch);
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
