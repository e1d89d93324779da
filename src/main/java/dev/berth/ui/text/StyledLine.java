package dev.berth.ui.text;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of terminal text on screen: its ANSI runs as styled {@link Text} nodes in a {@link TextFlow}, with
 * shapes behind them for what a Text cannot paint itself: ANSI background colours, search matches and the current
 * match (or a terminal cursor). Palette colours are CSS classes ({@code ansi-fg-1}, {@code ansi-bg-4}…) so the theme
 * decides them; exact colours (256-colour and true colour) are set directly. Unwrapped, the line is as wide as its
 * text and a list scrolls sideways; wrapped, it is as tall as its text needs at the width it is given.
 * <p>
 * A list re-shows its rows with other lines on every frame while a log follows: a run in the same style as the one
 * before it in that place reuses its Text node, so a row changes its text rather than its nodes, and CSS is not
 * matched again for new nodes, which would otherwise happen for every row on every frame.
 */
public final class StyledLine extends Region {
    private static final int[] NONE = new int[0];
    private static final PseudoClass WRAPPED = PseudoClass.getPseudoClass("wrapped");
    /** The {@link Text#getUserData()} of the suffix note, which no run's style equals. */
    private static final Object SUFFIX = new Object();

    private final TextFlow flow = new TextFlow();
    /** Made when a line first has something to highlight: most rows never do, and every node costs CSS. */
    private Path matches;
    private Path current;
    private final List<Path> backgrounds = new ArrayList<>();
    private final List<int[]> backgroundRanges = new ArrayList<>();
    private int[] matchRanges = NONE;
    private int[] currentRanges = NONE;
    private boolean wrap;

    public StyledLine() {
        getStyleClass().add("styled-line");
        flow.getStyleClass().add("styled-flow");
        getChildren().add(flow);
    }

    private static Path shape(String styleClass) {
        Path path = new Path();
        path.getStyleClass().add(styleClass);
        path.setManaged(false);
        path.setStrokeWidth(0);
        return path;
    }

    /**
     * Shows {@code runs}, then {@code suffix} (a muted note such as "… (N more characters)", or null).
     *
     * @param highlights [start, end) pairs of matches in the runs' joined text
     * @param strong     pairs to mark more strongly (the current match, or the cursor)
     * @return whether what CSS styles changed (nodes came or went, or the wrapped state): only then does the line
     *         need CSS before it is sized; a change of text alone does not
     */
    public boolean show(List<AnsiText.Run> runs, String suffix, int[] highlights, int[] strong, boolean wrapped) {
        List<Node> shown = flow.getChildren();
        List<Node> texts = new ArrayList<>(runs.size() + 1);
        boolean restyled = !backgrounds.isEmpty();
        if (!backgrounds.isEmpty()) {
            getChildren().removeAll(backgrounds);
            backgrounds.clear();
            backgroundRanges.clear();
        }
        int offset = 0;
        for (AnsiText.Run run : runs) {
            texts.add(text(run, texts.size() < shown.size() ? shown.get(texts.size()) : null));
            int background = run.style().inverse() ? run.style().foreground() : run.style().background();
            if (background != AnsiStyle.DEFAULT || run.style().inverse()) {
                Path path = shape("ansi-bg");
                colour(path, background, "ansi-bg-");
                backgrounds.add(path);
                backgroundRanges.add(new int[] {offset, offset + run.text().length()});
            }
            offset += run.text().length();
        }
        if (suffix != null) {
            Node before = texts.size() < shown.size() ? shown.get(texts.size()) : null;
            Text note = before instanceof Text reused && reused.getUserData() == SUFFIX ? reused : new Text();
            if (note != before) {
                note.setUserData(SUFFIX);
                note.getStyleClass().addAll("ansi-text", "line-suffix");
            }
            note.setText(suffix);
            texts.add(note);
        }
        if (!texts.equals(shown)) { // Nodes compare by identity: the same nodes in the same order stay put
            flow.getChildren().setAll(texts);
            restyled = true;
        }
        if (!backgrounds.isEmpty()) {
            getChildren().addAll(0, backgrounds);
            restyled = true;
        }
        matchRanges = highlights == null ? NONE : highlights;
        currentRanges = strong == null ? NONE : strong;
        if (matches == null && (matchRanges.length > 0 || currentRanges.length > 0)) {
            matches = shape("match-highlight");
            current = shape("match-current");
            getChildren().add(getChildren().indexOf(flow), matches);
            getChildren().add(getChildren().indexOf(flow), current);
            restyled = true;
        }
        if (wrap != wrapped) {
            wrap = wrapped;
            pseudoClassStateChanged(WRAPPED, wrapped);
            restyled = true;
        }
        requestLayout();
        return restyled;
    }

    /**
     * The Text for a run: {@code before} (what showed in this place) when it has the run's style, else a new one. A
     * cut-off escape sequence shows in caret notation ("^[31"), one character for one, so offsets still fit.
     */
    private static Text text(AnsiText.Run run, Node before) {
        AnsiStyle style = run.style();
        String content = run.text().indexOf(AnsiText.ESC) < 0 ? run.text() : run.text().replace(AnsiText.ESC, '^');
        if (before instanceof Text reused && style.equals(reused.getUserData())) {
            reused.setText(content);
            return reused;
        }
        Text text = new Text(content);
        text.setUserData(style);
        text.getStyleClass().add("ansi-text");
        int foreground = style.inverse() ? style.background() : style.foreground();
        if (style.inverse() && foreground == AnsiStyle.DEFAULT) {
            text.getStyleClass().add("ansi-fg-inverse");
        } else if (foreground == AnsiStyle.DEFAULT) {
            text.getStyleClass().add("ansi-default-fg");
        } else {
            colour(text, foreground, "ansi-fg-");
        }
        if (style.bold()) {
            text.getStyleClass().add("ansi-bold");
        }
        if (style.italic()) {
            text.getStyleClass().add("ansi-italic");
        }
        if (style.underline()) {
            text.setUnderline(true);
        }
        return text;
    }

    private static void colour(Shape shape, int colour, String classPrefix) {
        if (AnsiStyle.isPalette(colour)) {
            shape.getStyleClass().add(classPrefix + colour);
        } else if (AnsiStyle.isRgb(colour)) {
            shape.setStyle(String.format("-fx-fill: #%06x;", AnsiStyle.rgbValue(colour)));
        } else if (classPrefix.startsWith("ansi-bg")) {
            shape.getStyleClass().add("ansi-bg-inverse"); // inverse of the default colours
        }
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = getWidth() - in.getLeft() - in.getRight();
        double flowWidth = wrap ? width : Math.max(width, flow.prefWidth(-1));
        flow.resizeRelocate(in.getLeft(), in.getTop(), flowWidth, flow.prefHeight(wrap ? flowWidth : -1));
        for (int i = 0; i < backgrounds.size(); i++) {
            place(backgrounds.get(i), backgroundRanges.get(i));
        }
        if (matches != null) {
            place(matches, matchRanges);
            place(current, currentRanges);
        }
    }

    private void place(Path path, int[] ranges) {
        path.getElements().clear();
        for (int i = 0; i + 1 < ranges.length; i += 2) {
            PathElement[] area = flow.rangeShape(ranges[i], ranges[i + 1]);
            path.getElements().addAll(area);
        }
        path.setLayoutX(flow.getLayoutX());
        path.setLayoutY(flow.getLayoutY());
        path.setVisible(ranges.length > 0);
    }

    @Override
    public Orientation getContentBias() {
        return wrap ? Orientation.HORIZONTAL : null;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + (wrap ? 0 : flow.prefWidth(-1)) + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        return wrap ? 0 : computePrefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = width < 0 || !wrap ? -1 : Math.max(1, width - in.getLeft() - in.getRight());
        return in.getTop() + flow.prefHeight(inner) + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
