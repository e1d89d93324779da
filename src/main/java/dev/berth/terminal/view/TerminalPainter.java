package dev.berth.terminal.view;

import dev.berth.terminal.Cells;
import dev.berth.terminal.Colors;
import dev.berth.terminal.CursorStyle;
import dev.berth.terminal.ScreenSnapshot;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws rows of a {@link ScreenSnapshot} on a canvas: backgrounds as one rectangle per run of one colour, text as
 * one {@code fillText} per run of printable ASCII cells with the same attributes (monospace glyphs of one face
 * advance by exactly a cell), every other character alone at its own cell, so that wide characters, box drawing and
 * fallback glyphs stay on the grid. Bold palette colours 0–7 use their bright twins, as xterm.js draws them.
 */
final class TerminalPainter {
    /** What a row needs beyond its cells. */
    interface RowOverlay {
        boolean selected(int column);
    }

    private final StringBuilder run = new StringBuilder();

    void paintRow(GraphicsContext gc, ScreenSnapshot snapshot, int row, CellMetrics metrics, TerminalPalette palette,
                  double canvasWidth, RowOverlay selection) {
        int[] cells = snapshot.row(row);
        int cols = snapshot.cols();
        boolean reverse = snapshot.reverseVideo();
        double top = row * metrics.height;
        gc.setFill(reverse ? palette.foreground() : palette.background());
        gc.fillRect(0, top, canvasWidth, metrics.height);
        paintBackgrounds(gc, cells, cols, top, metrics, palette, reverse);
        paintText(gc, snapshot, row, cells, cols, top, metrics, palette, reverse);
        gc.setFill(palette.selection());
        for (int col = 0; col < cols; ) {
            if (!selection.selected(col)) {
                col++;
                continue;
            }
            int end = col;
            while (end < cols && selection.selected(end)) {
                end++;
            }
            gc.fillRect(metrics.x(col), top, metrics.x(end) - metrics.x(col), metrics.height);
            col = end;
        }
    }

    private static void paintBackgrounds(GraphicsContext gc, int[] cells, int cols, double top, CellMetrics metrics,
                                         TerminalPalette palette, boolean reverse) {
        for (int col = 0; col < cols; ) {
            int at = col * Cells.STRIDE;
            int fg = cells[at + Cells.FG];
            int bg = cells[at + Cells.BG];
            int flags = cells[at + Cells.FLAGS];
            int end = col + 1;
            while (end < cols && cells[end * Cells.STRIDE + Cells.BG] == bg
                    && cells[end * Cells.STRIDE + Cells.FG] == fg
                    && ((cells[end * Cells.STRIDE + Cells.FLAGS] ^ flags) & Cells.INVERSE) == 0) {
                end++;
            }
            boolean inverse = ((flags & Cells.INVERSE) != 0) != reverse;
            if (inverse || !Colors.isDefault(bg)) {
                gc.setFill(inverse ? foreground(fg, flags, palette) : background(bg, palette));
                gc.fillRect(metrics.x(col), top, metrics.x(end) - metrics.x(col), metrics.height);
            }
            col = end;
        }
    }

    private void paintText(GraphicsContext gc, ScreenSnapshot snapshot, int row, int[] cells, int cols, double top,
                           CellMetrics metrics, TerminalPalette palette, boolean reverse) {
        gc.setTextBaseline(VPos.BASELINE);
        double baseline = top + metrics.baseline;
        int runStart = -1;
        int runFg = 0;
        int runBg = 0;
        int runFlags = 0;
        run.setLength(0);
        for (int col = 0; col <= cols; col++) {
            int at = col * Cells.STRIDE;
            int code = col < cols ? cells[at + Cells.CODE] : -1;
            int flags = col < cols ? cells[at + Cells.FLAGS] : 0;
            boolean plain = col < cols && (code == 0 || (code >= 0x20 && code < 0x7f))
                    && (flags & (Cells.WIDE | Cells.ZERO_WIDTH | Cells.COMBINED)) == 0;
            int fg = col < cols ? cells[at + Cells.FG] : 0;
            int bg = col < cols ? cells[at + Cells.BG] : 0;
            int attributes = flags & Cells.ATTRIBUTES;
            boolean continues = plain && runStart >= 0 && fg == runFg && bg == runBg && attributes == runFlags;
            if (!continues && runStart >= 0) {
                drawRun(gc, run.toString(), runStart, baseline, top, runFg, runBg, runFlags, metrics, palette,
                        reverse);
                run.setLength(0);
                runStart = -1;
            }
            if (col == cols) {
                break;
            }
            if (plain) {
                if (runStart < 0) {
                    runStart = col;
                    runFg = fg;
                    runBg = bg;
                    runFlags = attributes;
                }
                run.append(code == 0 ? ' ' : (char) code);
            } else if ((flags & Cells.ZERO_WIDTH) == 0 || code != 0) {
                String text = (flags & Cells.COMBINED) != 0 ? snapshot.combined(row, col) : null;
                drawRun(gc, text != null ? text : new String(Character.toChars(code)), col, baseline, top, fg, bg,
                        attributes, metrics, palette, reverse);
            }
        }
    }

    private static void drawRun(GraphicsContext gc, String text, int column, double baseline, double top, int fg,
                                int bg, int flags, CellMetrics metrics, TerminalPalette palette, boolean reverse) {
        if ((flags & Cells.HIDDEN) != 0) {
            return;
        }
        boolean inverse = ((flags & Cells.INVERSE) != 0) != reverse;
        Color color = inverse ? background(bg, palette) : foreground(fg, flags, palette);
        if ((flags & Cells.DIM) != 0) {
            color = color.deriveColor(0, 1, 1, 0.5);
        }
        double x = metrics.x(column);
        boolean blank = text.isBlank();
        if (!blank) {
            gc.setFont(metrics.font((flags & Cells.BOLD) != 0, (flags & Cells.ITALIC) != 0));
            gc.setFill(color);
            gc.fillText(text, x, baseline);
        }
        if ((flags & (Cells.UNDERLINE | Cells.STRIKETHROUGH | Cells.OVERLINE)) != 0) {
            double width = text.codePointCount(0, text.length()) * metrics.width;
            gc.setStroke(color);
            gc.setLineWidth(1);
            if ((flags & Cells.UNDERLINE) != 0) {
                double y = Math.floor(baseline + 2) + 0.5;
                gc.strokeLine(x, y, x + width, y);
                if (Cells.underlineStyle(flags) == Cells.UNDERLINE_DOUBLE) {
                    gc.strokeLine(x, y + 2, x + width, y + 2);
                }
            }
            if ((flags & Cells.STRIKETHROUGH) != 0) {
                double y = Math.floor(top + metrics.height / 2) + 0.5;
                gc.strokeLine(x, y, x + width, y);
            }
            if ((flags & Cells.OVERLINE) != 0) {
                gc.strokeLine(x, top + 0.5, x + width, top + 0.5);
            }
        }
    }

    /** The cursor over the cell it is on: filled when the terminal has the focus, an outline when not. */
    void paintCursor(GraphicsContext gc, ScreenSnapshot snapshot, CellMetrics metrics, TerminalPalette palette,
                     boolean focused) {
        int row = snapshot.cursorRow();
        int col = snapshot.cursorCol();
        int at = col * Cells.STRIDE;
        int[] cells = snapshot.row(row);
        boolean wide = (cells[at + Cells.FLAGS] & Cells.WIDE) != 0;
        double x = metrics.x(col);
        double top = row * metrics.height;
        double width = metrics.x(col + (wide ? 2 : 1)) - x;
        Color color = snapshot.reverseVideo() ? palette.background() : palette.foreground();
        gc.setFill(color);
        gc.setStroke(color);
        if (!focused) {
            gc.setLineWidth(1);
            gc.strokeRect(x + 0.5, top + 0.5, width - 1, metrics.height - 1);
            return;
        }
        CursorStyle style = snapshot.cursorStyle();
        if (style == CursorStyle.BAR) {
            gc.fillRect(x, top, 2, metrics.height);
        } else if (style == CursorStyle.UNDERLINE) {
            gc.fillRect(x, top + metrics.height - 2, width, 2);
        } else {
            gc.fillRect(x, top, width, metrics.height);
            int code = cells[at + Cells.CODE];
            if (code > 0x20) {
                int flags = cells[at + Cells.FLAGS];
                String text = (flags & Cells.COMBINED) != 0 ? snapshot.combined(row, col)
                        : new String(Character.toChars(code));
                gc.setFont(metrics.font((flags & Cells.BOLD) != 0, (flags & Cells.ITALIC) != 0));
                gc.setFill(snapshot.reverseVideo() ? palette.foreground() : palette.background());
                gc.setTextBaseline(VPos.BASELINE);
                gc.fillText(text, x, top + metrics.baseline);
            }
        }
    }

    /** A foreground colour; bold palette colours 0–7 are drawn bright. */
    static Color foreground(int fg, int flags, TerminalPalette palette) {
        if (Colors.isPalette(fg)) {
            int index = Colors.index(fg);
            return palette.indexed((flags & Cells.BOLD) != 0 && index < 8 ? index + 8 : index);
        }
        if (Colors.isRgb(fg)) {
            return rgb(Colors.rgbValue(fg));
        }
        return palette.foreground();
    }

    static Color background(int bg, TerminalPalette palette) {
        if (Colors.isPalette(bg)) {
            return palette.indexed(Colors.index(bg));
        }
        if (Colors.isRgb(bg)) {
            return rgb(Colors.rgbValue(bg));
        }
        return palette.background();
    }

    private static Color rgb(int value) {
        return Color.rgb((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }
}
