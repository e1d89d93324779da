package dev.berth.terminal;

import java.util.BitSet;

/**
 * A screen's lines with their scrollback in one ring of {@code rows + scrollback} lines, as xterm.js keeps them:
 * lines {@code [0, ybase)} are scrollback, {@code [ybase, ybase + rows)} the screen. When the ring is full, the oldest
 * line is recycled, so memory stays bounded. Also what xterm.js keeps per buffer: the cursor, the scroll region, the
 * tab stops and the saved cursor.
 */
final class Buffer {
    private Line[] ring;
    private int head;
    private int length;
    private final int scrollback;
    int cols;
    int rows;

    int x;
    int y;
    int scrollTop;
    int scrollBottom;
    BitSet tabs = new BitSet();

    int savedX;
    int savedY;
    int savedFg;
    int savedBg;
    int savedFlags;
    int[] savedCharsets = {0, 0, 0, 0};
    int savedGl;
    /** Lines dropped off the top of a full ring, ever: lets absolute line numbers stay meaningful. */
    long dropped;

    Buffer(int cols, int rows, int scrollback) {
        this.cols = cols;
        this.rows = rows;
        this.scrollback = scrollback;
        ring = new Line[rows + scrollback];
        scrollBottom = rows - 1;
        resetTabs();
        fillViewport(0, 0, 0);
    }

    /** Empties the buffer and fills the screen with blank lines. */
    void fillViewport(int fg, int bg, int flags) {
        head = 0;
        length = 0;
        for (int i = 0; i < rows; i++) {
            ring[i] = new Line(cols, fg, bg, flags);
        }
        length = rows;
        for (int i = rows; i < ring.length; i++) {
            ring[i] = null;
        }
    }

    void resetTabs() {
        tabs.clear();
        for (int i = 0; i < cols; i += 8) {
            tabs.set(i);
        }
    }

    int ybase() {
        return length - rows;
    }

    int length() {
        return length;
    }

    /** Line {@code i} counted from the oldest scrollback line. */
    Line get(int i) {
        int index = head + i;
        return ring[index >= ring.length ? index - ring.length : index];
    }

    private void put(int i, Line line) {
        int index = head + i;
        ring[index >= ring.length ? index - ring.length : index] = line;
    }

    /** Screen row {@code row}'s line. */
    Line screen(int row) {
        return get(length - rows + row);
    }

    /** A blank line to add: the oldest one, recycled, when the ring is full; a new one otherwise. */
    private Line takeBlank(int fg, int bg, int flags) {
        if (length == ring.length) {
            Line oldest = get(0);
            put(0, null);
            head = head + 1 == ring.length ? 0 : head + 1;
            length--;
            dropped++;
            oldest.resize(cols, 0, 0, 0);
            oldest.fill(fg, bg, flags);
            return oldest;
        }
        return new Line(cols, fg, bg, flags);
    }

    /**
     * Scrolls the region up one line (xterm.js's BufferService.scroll): with the region at the top the top line goes
     * to the scrollback; otherwise it is dropped.
     */
    void scrollUp(int fg, int bg, boolean wrapped) {
        if (scrollTop == 0) {
            int insertAt = ybase() + scrollBottom + 1;
            boolean full = length == ring.length;
            Line blank = takeBlank(fg, bg, 0);
            if (full) {
                insertAt--;
            }
            blank.wrapped = wrapped;
            insert(insertAt, blank);
            if (ybase() > 0) {
                get(ybase() - 1).compact();
            }
        } else {
            int base = ybase();
            Line top = get(base + scrollTop);
            for (int i = base + scrollTop; i < base + scrollBottom; i++) {
                put(i, get(i + 1));
            }
            top.fill(fg, bg, 0);
            top.wrapped = wrapped;
            put(base + scrollBottom, top);
        }
    }

    private void insert(int at, Line line) {
        length++;
        for (int i = length - 1; i > at; i--) {
            put(i, get(i - 1));
        }
        put(at, line);
    }

    /** Moves the screen lines [top, bottom] up by n (SU, DL), filling the bottom with blank lines. */
    void shiftUp(int top, int bottom, int n, int fg, int bg) {
        int base = ybase();
        n = Math.min(n, bottom - top + 1);
        Line[] out = new Line[n];
        for (int i = 0; i < n; i++) {
            out[i] = get(base + top + i);
        }
        for (int i = base + top; i <= base + bottom - n; i++) {
            put(i, get(i + n));
        }
        for (int i = 0; i < n; i++) {
            out[i].fill(fg, bg, 0);
            put(base + bottom - n + 1 + i, out[i]);
        }
    }

    /** Moves the screen lines [top, bottom] down by n (SD, IL, RI), filling the top with blank lines. */
    void shiftDown(int top, int bottom, int n, int fg, int bg) {
        int base = ybase();
        n = Math.min(n, bottom - top + 1);
        Line[] out = new Line[n];
        for (int i = 0; i < n; i++) {
            out[i] = get(base + bottom - i);
        }
        for (int i = base + bottom; i >= base + top + n; i--) {
            put(i, get(i - n));
        }
        for (int i = 0; i < n; i++) {
            out[i].fill(fg, bg, 0);
            put(base + top + i, out[i]);
        }
    }

    /** Drops the scrollback (ED 3). */
    void clearScrollback() {
        int drop = ybase();
        for (int i = 0; i < drop; i++) {
            put(i, null);
        }
        head = (head + drop) % ring.length;
        length -= drop;
        dropped += drop;
    }

    /**
     * Resizes without reflow, as xterm.js does for the rows: a taller screen takes lines back from the scrollback
     * while the cursor is at the bottom, a shorter one first drops blank lines below the cursor and then pushes the
     * top lines into the scrollback. The scroll region is reset.
     */
    void resize(int newCols, int newRows) {
        if (newCols != cols) {
            for (int i = 0; i < length; i++) {
                Line line = get(i);
                if (i >= ybase() || line.cols() > newCols) {
                    line.resize(newCols, 0, 0, 0);
                }
            }
            cols = newCols;
            resetTabs();
        }
        if (newRows != rows) {
            Line[] old = new Line[length];
            for (int i = 0; i < length; i++) {
                old[i] = get(i);
            }
            int oldLength = length;
            ring = new Line[newRows + scrollback];
            head = 0;
            if (newRows > rows) {
                int grow = newRows - rows;
                int fromScrollback = Math.min(grow, oldLength - rows);
                y += fromScrollback;
                int keep = Math.min(oldLength, ring.length - (grow - fromScrollback));
                length = 0;
                for (int i = oldLength - keep; i < oldLength; i++) {
                    ring[length++] = old[i];
                }
                for (int i = 0; i < grow - fromScrollback; i++) {
                    ring[length++] = new Line(newCols, 0, 0, 0);
                }
            } else {
                int shrink = rows - newRows;
                int trailing = 0;
                for (int row = rows - 1; row > y && trailing < shrink && isBlank(old[oldLength - rows + row]); row--) {
                    trailing++;
                }
                int end = oldLength - trailing;
                y -= shrink - trailing;
                int keep = Math.min(end, ring.length);
                length = 0;
                for (int i = end - keep; i < end; i++) {
                    ring[length++] = old[i];
                }
                dropped += end - keep;
            }
            rows = newRows;
            for (int row = 0; row < rows; row++) {
                screen(row).resize(cols, 0, 0, 0);
            }
        }
        x = Math.min(x, cols - 1);
        y = Math.max(0, Math.min(y, rows - 1));
        scrollTop = 0;
        scrollBottom = rows - 1;
        savedY = Math.min(savedY, ybase() + rows - 1);
    }

    private static boolean isBlank(Line line) {
        for (int col = 0, cols = line.cols(); col < cols; col++) {
            if (line.code(col) != 0) {
                return false;
            }
        }
        return true;
    }
}
