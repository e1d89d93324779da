package dev.berth.terminal.view;

import java.util.function.LongFunction;

/**
 * Selected text on the terminal, between two cells of the whole buffer (scrollback and screen; lines counted from
 * the first line the terminal ever had, so a selection stays on its text while output scrolls it up). A drag
 * selects the characters between the two cell boundaries nearest the press and the pointer, a double-click words, a triple-click whole lines; dragging after a double or triple click
 * extends by words or lines, as terminals do.
 */
final class Selection {
    enum Unit { CHARACTER, WORD, LINE }

    /** A cell of the buffer. */
    record Point(long line, int column) implements Comparable<Point> {
        @Override
        public int compareTo(Point other) {
            return line != other.line ? Long.compare(line, other.line) : Integer.compare(column, other.column);
        }
    }

    private final LongFunction<String> lineText;
    private Unit unit = Unit.CHARACTER;
    private Point anchor;
    private Point extent;
    /** From, to (inclusive) after expanding to the unit; null when nothing is selected. */
    private Point from;
    private Point to;

    /** @param lineText a line's text, one character per cell (a blank for empty cells) */
    Selection(LongFunction<String> lineText) {
        this.lineText = lineText;
    }

    void start(Point at, Unit unit) {
        this.unit = unit;
        anchor = at;
        extent = at;
        expand();
    }

    void extend(Point at) {
        if (anchor != null) {
            extent = at;
            expand();
        }
    }

    Unit unit() {
        return unit;
    }

    void clear() {
        anchor = null;
        extent = null;
        from = null;
        to = null;
    }

    /** Nothing is selected, or only the cell a click landed on (a click is not a selection). */
    boolean isEmpty() {
        return from == null || (unit == Unit.CHARACTER && anchor.equals(extent));
    }

    boolean contains(long line, int column) {
        if (isEmpty() || line < from.line || line > to.line) {
            return false;
        }
        return (line > from.line || column >= from.column) && (line < to.line || column <= to.column);
    }

    Point from() {
        return from;
    }

    Point to() {
        return to;
    }

    private void expand() {
        Point first = anchor.compareTo(extent) <= 0 ? anchor : extent;
        Point last = first == anchor ? extent : anchor;
        switch (unit) {
            case CHARACTER -> { // the points are boundaries between cells
                from = first;
                to = new Point(last.line, last.column - 1);
            }
            case WORD -> {
                from = new Point(first.line, wordStart(first));
                to = new Point(last.line, wordEnd(last));
            }
            case LINE -> {
                from = new Point(first.line, 0);
                to = new Point(last.line, Integer.MAX_VALUE);
            }
        }
    }

    private int wordStart(Point at) {
        String text = lineText.apply(at.line);
        int column = Math.min(at.column, text.length() - 1);
        if (column < 0) {
            return at.column;
        }
        boolean word = isWord(text.charAt(column));
        while (column > 0 && isWord(text.charAt(column - 1)) == word && sameBlank(text, column - 1, word)) {
            column--;
        }
        return column;
    }

    private int wordEnd(Point at) {
        String text = lineText.apply(at.line);
        int column = at.column;
        if (column >= text.length()) {
            return column;
        }
        boolean word = isWord(text.charAt(column));
        while (column < text.length() - 1 && isWord(text.charAt(column + 1)) == word
                && sameBlank(text, column + 1, word)) {
            column++;
        }
        return column;
    }

    /** Outside a word, a run of blanks goes together and each other character stands alone. */
    private static boolean sameBlank(String text, int column, boolean word) {
        return word || text.charAt(column) == ' ';
    }

    /** Letters, digits and the characters of paths and URLs, as most terminals count a word. */
    static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || "-_./~:@%+=?&#".indexOf(c) >= 0;
    }
}
