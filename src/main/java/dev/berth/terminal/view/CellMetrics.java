package dev.berth.terminal.view;

import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The monospace font in its four faces and the size of one cell, measured once per font size: a cell is as wide as
 * the font's advance and as high as its line.
 */
final class CellMetrics {
    static final String FAMILY = "Monospaced";
    static final double MIN_SIZE = 8;
    static final double MAX_SIZE = 32;
    private static final String PROBE = "MMMMMMMMMMMMMMMMMMMM";

    final double size;
    final Font regular;
    final Font bold;
    final Font italic;
    final Font boldItalic;
    final double width;
    final double height;
    final double baseline;

    CellMetrics(double size) {
        this.size = Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
        regular = Font.font(FAMILY, FontWeight.NORMAL, FontPosture.REGULAR, this.size);
        bold = Font.font(FAMILY, FontWeight.BOLD, FontPosture.REGULAR, this.size);
        italic = Font.font(FAMILY, FontWeight.NORMAL, FontPosture.ITALIC, this.size);
        boldItalic = Font.font(FAMILY, FontWeight.BOLD, FontPosture.ITALIC, this.size);
        Text probe = new Text(PROBE);
        probe.setFont(regular);
        width = probe.getLayoutBounds().getWidth() / PROBE.length();
        height = Math.ceil(probe.getLayoutBounds().getHeight());
        baseline = probe.getBaselineOffset();
    }

    Font font(boolean isBold, boolean isItalic) {
        return isBold ? (isItalic ? boldItalic : bold) : (isItalic ? italic : regular);
    }

    /** The x of a column's left edge, on a whole pixel so that neighbouring backgrounds leave no seam. */
    double x(int column) {
        return Math.floor(column * width);
    }

    int columnsIn(double pixels) {
        return (int) Math.floor(pixels / width);
    }

    int rowsIn(double pixels) {
        return (int) Math.floor(pixels / height);
    }
}
