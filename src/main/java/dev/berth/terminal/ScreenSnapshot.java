package dev.berth.terminal;

import java.util.Arrays;

/**
 * A renderer's copy of the visible rows, filled by {@link TerminalEmulator#snapshot(ScreenSnapshot, int)} under
 * the emulator's lock. Keep one per view and pass it back every frame: only rows whose content changed are copied,
 * and {@link #isDirty(int)} says which rows those were, so the canvas redraws only them. Read it on one thread only
 * (the FX thread); the arrays it hands out are its own and must not be modified.
 */
public final class ScreenSnapshot {
    int cols;
    int rows;
    int[][] cells = new int[0][];
    String[][] combined = new String[0][];
    boolean[] wrapped = new boolean[0];
    boolean[] dirty = new boolean[0];
    boolean anyDirty;
    int cursorRow;
    int cursorCol;
    boolean cursorVisible;
    CursorStyle cursorStyle = CursorStyle.BLOCK;
    boolean cursorBlinking;
    int viewportOffset;
    int scrollbackLines;
    boolean alternateScreen;
    boolean reverseVideo;
    long version = -1;
    Object source;

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    /** Row {@code row}'s cells in the {@link Cells} layout: {@code cols * Cells.STRIDE} ints. */
    public int[] row(int row) {
        return cells[row];
    }

    /** The text of a cell flagged {@link Cells#COMBINED} (a base character and its combining marks), else null. */
    public String combined(int row, int col) {
        String[] texts = combined[row];
        return texts == null ? null : texts[col];
    }

    /** The row continues the row above it (it was wrapped there), for selection. */
    public boolean isWrapped(int row) {
        return wrapped[row];
    }

    /** The row's content changed since the previous snapshot into this object (all rows on the first). */
    public boolean isDirty(int row) {
        return dirty[row];
    }

    /** Some row changed; the cursor may have moved even when this is false. */
    public boolean anyDirty() {
        return anyDirty;
    }

    /** The cursor's row in this viewport (may be outside [0, rows) when scrolled back). */
    public int cursorRow() {
        return cursorRow;
    }

    /** The cursor's column, 0 to cols - 1 (a pending wrap is shown on the last column, as xterm does). */
    public int cursorCol() {
        return cursorCol;
    }

    /** DECTCEM says shown, and the cursor's row is in this viewport. */
    public boolean cursorVisible() {
        return cursorVisible && cursorRow >= 0 && cursorRow < rows;
    }

    public CursorStyle cursorStyle() {
        return cursorStyle;
    }

    public boolean cursorBlinking() {
        return cursorBlinking;
    }

    /** How many lines up from the bottom this viewport shows (0: the live screen). */
    public int viewportOffset() {
        return viewportOffset;
    }

    /** How many scrollback lines there are above the screen (0 on the alternate screen). */
    public int scrollbackLines() {
        return scrollbackLines;
    }

    public boolean alternateScreen() {
        return alternateScreen;
    }

    /** DECSCNM: draw the whole screen with foreground and background swapped. */
    public boolean reverseVideo() {
        return reverseVideo;
    }

    /** Row {@code row}'s text, blanks as spaces, trailing blanks removed. */
    public String rowText(int row) {
        Line line = new Line(0, 0, 0, 0);
        line.cells = cells[row];
        line.combined = combined[row];
        StringBuilder out = new StringBuilder();
        line.appendText(out, 0, cols);
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    void reshape(int newCols, int newRows) {
        if (newCols == cols && newRows == rows) {
            return;
        }
        cols = newCols;
        rows = newRows;
        cells = new int[rows][cols * Cells.STRIDE];
        combined = new String[rows][];
        wrapped = new boolean[rows];
        dirty = new boolean[rows];
        version = -1;
    }

    /** Copies a line into row {@code row}, marking it dirty when it differs. */
    void copyRow(int row, Line line, boolean force) {
        int[] target = cells[row];
        boolean differs = force || !Arrays.equals(target, line.cells) || !Arrays.equals(combined[row], line.combined)
                || wrapped[row] != line.wrapped;
        if (differs) {
            int length = Math.min(target.length, line.cells.length);
            System.arraycopy(line.cells, 0, target, 0, length);
            Arrays.fill(target, length, target.length, 0);
            combined[row] = line.combined == null ? null : Arrays.copyOf(line.combined, cols);
            wrapped[row] = line.wrapped;
        }
        dirty[row] = differs;
        anyDirty |= differs;
    }
}
