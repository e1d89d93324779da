package dev.berth.terminal;

/**
 * The packed layout of a row of cells, as {@link ScreenSnapshot#row(int)} hands it out: {@link #STRIDE} ints per
 * cell, at {@code col * STRIDE}: the code point ({@link #CODE}, 0 for an empty cell, drawn as a blank), the
 * foreground and background ({@link #FG}, {@link #BG}, see {@link Colors}) and the attribute and width flags
 * ({@link #FLAGS}).
 *
 * <p>A wide character (East Asian wide, emoji) sets {@link #WIDE} on its first cell; the cell after it has code 0 and
 * {@link #ZERO_WIDTH} and is drawn by the first. A cell with {@link #COMBINED} holds a base character with combining
 * characters; its full text comes from {@link ScreenSnapshot#combined(int, int)}.
 */
public final class Cells {
    public static final int STRIDE = 4;
    public static final int CODE = 0;
    public static final int FG = 1;
    public static final int BG = 2;
    public static final int FLAGS = 3;

    public static final int BOLD = 1;
    public static final int DIM = 1 << 1;
    public static final int ITALIC = 1 << 2;
    /** Any underline; {@link #underlineStyle(int)} tells which. */
    public static final int UNDERLINE = 1 << 3;
    public static final int BLINK = 1 << 4;
    public static final int INVERSE = 1 << 5;
    public static final int HIDDEN = 1 << 6;
    public static final int STRIKETHROUGH = 1 << 7;
    public static final int OVERLINE = 1 << 8;
    static final int UNDERLINE_STYLE_SHIFT = 9;
    static final int UNDERLINE_STYLE_MASK = 7 << UNDERLINE_STYLE_SHIFT;
    /** The pen's attributes, as opposed to the width flags below. */
    public static final int ATTRIBUTES = (1 << 12) - 1;

    /** The first cell of a character two cells wide. */
    public static final int WIDE = 1 << 12;
    /** A cell of no width: the second half of a wide character (code 0), or a lone combining character. */
    public static final int ZERO_WIDTH = 1 << 13;
    /** The cell's text is longer than one code point; see {@link ScreenSnapshot#combined(int, int)}. */
    public static final int COMBINED = 1 << 14;

    public static final int UNDERLINE_SINGLE = 1;
    public static final int UNDERLINE_DOUBLE = 2;
    public static final int UNDERLINE_CURLY = 3;
    public static final int UNDERLINE_DOTTED = 4;
    public static final int UNDERLINE_DASHED = 5;

    private Cells() {
    }

    /** 0 without underline, else one of the {@code UNDERLINE_*} styles. */
    public static int underlineStyle(int flags) {
        return (flags & UNDERLINE) == 0 ? 0 : Math.max(1, (flags & UNDERLINE_STYLE_MASK) >> UNDERLINE_STYLE_SHIFT);
    }

    /** The letters {@code BDIUKRHSO} for bold, dim, italic, underline, blink, inverse, hidden, strikethrough, overline. */
    public static String describeAttributes(int flags) {
        StringBuilder out = new StringBuilder();
        String letters = "BDIUKRHSO";
        for (int bit = 0; bit < letters.length(); bit++) {
            if ((flags & 1 << bit) != 0) {
                out.append(letters.charAt(bit));
            }
        }
        return out.toString();
    }
}
