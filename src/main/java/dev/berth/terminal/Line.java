package dev.berth.terminal;

import java.util.Arrays;

/**
 * One row of cells in the {@link Cells} layout. Lines are recycled by the scrollback ring, so a line is reset in
 * place rather than replaced.
 */
final class Line {
    int[] cells;
    /** The full text of cells holding combining characters, by column; null while no cell has any. */
    String[] combined;
    /** This line continues the one above it (autowrap), for selections that join wrapped lines. */
    boolean wrapped;

    Line(int cols, int fg, int bg, int flags) {
        cells = new int[cols * Cells.STRIDE];
        fill(fg, bg, flags);
    }

    int cols() {
        return cells.length / Cells.STRIDE;
    }

    void fill(int fg, int bg, int flags) {
        fill(0, cols(), fg, bg, flags);
        combined = null;
        wrapped = false;
    }

    /** Sets cells [from, to) empty with the given colours and attributes. */
    void fill(int from, int to, int fg, int bg, int flags) {
        int[] c = cells;
        for (int i = from * Cells.STRIDE, end = to * Cells.STRIDE; i < end; i += Cells.STRIDE) {
            c[i] = 0;
            c[i + 1] = fg;
            c[i + 2] = bg;
            c[i + 3] = flags;
        }
        if (combined != null) {
            Arrays.fill(combined, from, to, null);
        }
    }

    void set(int col, int code, int fg, int bg, int flags) {
        int i = col * Cells.STRIDE;
        cells[i] = code;
        cells[i + 1] = fg;
        cells[i + 2] = bg;
        cells[i + 3] = flags;
        if (combined != null) {
            combined[col] = null;
        }
    }

    int code(int col) {
        return cells[col * Cells.STRIDE];
    }

    /** 0, 1 or 2 as xterm.js counts: 0 for the right half of a wide character. */
    int width(int col) {
        int flags = cells[col * Cells.STRIDE + Cells.FLAGS];
        return (flags & Cells.WIDE) != 0 ? 2 : (flags & Cells.ZERO_WIDTH) != 0 ? 0 : 1;
    }

    /** Resets a cell to empty, width 1, keeping nothing of what was there. */
    void clearCell(int col, int fg, int bg, int flags) {
        set(col, 0, fg, bg, flags);
    }

    void copyCell(int from, int to) {
        System.arraycopy(cells, from * Cells.STRIDE, cells, to * Cells.STRIDE, Cells.STRIDE);
        if (combined != null) {
            combined[to] = combined[from];
        }
    }

    /** Appends a combining code point to the cell's text and sets its width. */
    void addCombining(int col, int codePoint, int width) {
        if (combined == null) {
            combined = new String[cols()];
        }
        String text = combined[col] != null ? combined[col] : new String(Character.toChars(code(col)));
        combined[col] = text + new String(Character.toChars(codePoint));
        int i = col * Cells.STRIDE + Cells.FLAGS;
        int flags = cells[i] & ~(Cells.WIDE | Cells.ZERO_WIDTH) | Cells.COMBINED;
        cells[i] = width == 2 ? flags | Cells.WIDE : width == 0 ? flags | Cells.ZERO_WIDTH : flags;
    }

    /** The cell's text: empty for a blank or a wide character's second half. */
    String text(int col) {
        int i = col * Cells.STRIDE;
        if ((cells[i + Cells.FLAGS] & Cells.COMBINED) != 0 && combined != null && combined[col] != null) {
            return combined[col];
        }
        int code = cells[i];
        return code == 0 ? "" : new String(Character.toChars(code));
    }

    /** Inserts n blank cells at pos, shifting the rest right (ICH and insert mode), as xterm.js does. */
    void insertCells(int pos, int n, int fg, int bg, int flags) {
        int cols = cols();
        if (pos > 0 && width(pos - 1) == 2) {
            clearCell(pos - 1, fg, bg, flags);
        }
        if (n < cols - pos) {
            for (int i = cols - pos - n - 1; i >= 0; --i) {
                copyCell(pos + i, pos + n + i);
            }
            fill(pos, pos + n, fg, bg, flags);
        } else {
            fill(pos, cols, fg, bg, flags);
        }
        if (width(cols - 1) == 2) {
            clearCell(cols - 1, fg, bg, flags);
        }
    }

    /** Deletes n cells at pos, shifting the rest left and filling from the right (DCH), as xterm.js does. */
    void deleteCells(int pos, int n, int fg, int bg, int flags) {
        int cols = cols();
        if (n < cols - pos) {
            for (int i = 0; i < cols - pos - n; ++i) {
                copyCell(pos + n + i, pos + i);
            }
            fill(cols - n, cols, fg, bg, flags);
        } else {
            fill(pos, cols, fg, bg, flags);
        }
        if (pos > 0 && width(pos - 1) == 2) {
            clearCell(pos - 1, fg, bg, flags);
        }
        if (width(pos) == 0 && code(pos) == 0) {
            clearCell(pos, fg, bg, flags);
        }
    }

    /** Erases cells [start, end) (ED, EL, ECH), splitting wide characters cut at either end. */
    void replaceCells(int start, int end, int fg, int bg, int flags) {
        int cols = cols();
        end = Math.min(end, cols);
        if (start > 0 && width(start - 1) == 2) {
            clearCell(start - 1, fg, bg, flags);
        }
        if (end < cols && end > 0 && width(end - 1) == 2) {
            clearCell(end, fg, bg, flags);
        }
        if (start < end) {
            fill(start, end, fg, bg, flags);
        }
    }

    /**
     * Drops the trailing cells that are blank with default colours, for a line that has gone into the scrollback:
     * most lines are much shorter than the screen is wide, and the scrollback holds 10,000 of them. A shorter
     * line reads as blank past its end. A line at least half full is left as it is: copying it would cost more
     * time (and garbage) than it saves memory.
     */
    void compact() {
        int[] c = cells;
        int end = c.length;
        while (end > 0 && (c[end - 1] | c[end - 2] | c[end - 3] | c[end - 4]) == 0) {
            end -= Cells.STRIDE;
        }
        if (end <= c.length / 2) {
            cells = Arrays.copyOf(c, end);
            if (combined != null) {
                combined = Arrays.copyOf(combined, end / Cells.STRIDE);
            }
        }
    }

    /** Resizes to cols, cutting or adding blank cells with the given colours. */
    void resize(int cols, int fg, int bg, int flags) {
        int old = cols();
        if (old == cols) {
            return;
        }
        cells = Arrays.copyOf(cells, cols * Cells.STRIDE);
        if (combined != null) {
            combined = Arrays.copyOf(combined, cols);
        }
        if (cols > old) {
            fill(old, cols, fg, bg, flags);
        } else if (cols > 0 && width(cols - 1) == 2) {
            clearCell(cols - 1, fg, bg, flags);
        }
    }

    /** The text of columns [from, to) as xterm.js's translateToString makes it: blanks as spaces. */
    void appendText(StringBuilder out, int from, int to) {
        int col = from;
        to = Math.min(to, cols());
        while (col < to) {
            int i = col * Cells.STRIDE;
            int flags = cells[i + Cells.FLAGS];
            if ((flags & Cells.COMBINED) != 0 && combined != null && combined[col] != null) {
                out.append(combined[col]);
            } else if (cells[i] != 0) {
                out.appendCodePoint(cells[i]);
            } else {
                out.append(' ');
            }
            col += (flags & Cells.WIDE) != 0 ? 2 : 1;
        }
    }
}
