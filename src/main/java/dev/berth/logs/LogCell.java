package dev.berth.logs;

import dev.berth.daemon.logs.LogLine;
import dev.berth.ui.text.AnsiStyle;
import dev.berth.ui.text.AnsiText;
import dev.berth.ui.text.StyledLineCell;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * One row of the log list: the time (when shown), then the line with its colours and search highlights; stderr
 * rows and gap markers are styled apart. A huge line is cut for display ({@link LogRowText}), so one 1 MB line costs
 * no more than a screenful of text.
 */
final class LogCell extends StyledLineCell<LogLine> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final LogViewModel model;
    private final IntUnaryOperator modelRow;
    /** The time and the line, made when a time is first shown: without times the line is the cell's only node. */
    private Label time;
    private HBox row;
    /** Whether what CSS styles in this row changed since {@link #takeRestyled()} last answered. */
    private boolean restyled = true;

    /** @param modelRow the row of the model's lines that a row of the list shows */
    LogCell(LogViewModel model, IntUnaryOperator modelRow) {
        super("log-cell");
        this.model = model;
        this.modelRow = modelRow;
    }

    @Override
    protected void updateItem(LogLine item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            styleAs(false, false, false);
            showGraphic(null);
            return;
        }
        boolean marker = model.isGapMarker(item);
        boolean wrap = model.wrapProperty().get();
        boolean current = false;
        if (marker) {
            restyled |= line.show(List.of(new AnsiText.Run(item.text(), AnsiStyle.PLAIN)), null, null, null, wrap);
        } else {
            current = show(item, wrap);
        }
        styleAs(!marker && item.source() == LogLine.Source.STDERR, marker, current);
        if (model.timestampsProperty().get() && !marker && item.time() != null) {
            timeLabel().setText(TIME.format(item.time()));
            if (row.getChildren().size() < 2) {
                row.getChildren().setAll(time, line); // back from being the graphic on its own
                restyled = true;
            }
            showGraphic(row);
        } else {
            showGraphic(line);
        }
    }

    private void showGraphic(Node graphic) {
        if (getGraphic() != graphic) {
            setGraphic(graphic);
            restyled = true;
        }
    }

    /**
     * Whether the row's style classes or nodes changed since the last call (or it never answered): only then does a
     * row that shows another line need CSS before it is sized ({@link LogFlow}).
     */
    boolean takeRestyled() {
        boolean answer = restyled;
        restyled = false;
        return answer;
    }

    /**
     * Sets the row's style classes, touching them only where they change: a change of style classes makes CSS match
     * the whole row again, and a followed log shows other lines in every row many times a second.
     */
    private void styleAs(boolean stderr, boolean marker, boolean current) {
        mark("stderr", stderr);
        mark("gap-marker", marker);
        mark("current-match-row", current);
    }

    private void mark(String styleClass, boolean on) {
        List<String> classes = getStyleClass();
        if (!on) {
            restyled |= classes.remove(styleClass);
        } else if (!classes.contains(styleClass)) {
            classes.add(styleClass);
            restyled = true;
        }
    }

    private Label timeLabel() {
        if (time == null) {
            restyled = true;
            time = new Label();
            time.getStyleClass().add("log-time");
            time.setMinWidth(Label.USE_PREF_SIZE);
            HBox.setHgrow(line, Priority.ALWAYS);
            row = new HBox(10, time);
            row.setAlignment(Pos.TOP_LEFT);
            row.setFillHeight(false);
        }
        return time;
    }

    /** Shows a line of the log; true if it holds the current search match. */
    private boolean show(LogLine item, boolean wrap) {
        LogRowText display = LogRowText.of(item.text());
        String text = display.text();
        List<AnsiText.Run> runs = AnsiText.parse(text);
        LogSearchModel search = model.search();
        int[] matches = search.matchRanges(AnsiText.strip(text), LogRowText.MAX_SHOWN);
        boolean current = matches.length > 0 && search.isCurrent(item, modelRow.applyAsInt(getIndex()));
        restyled |= line.show(runs, display.suffix(), matches, current ? matches : null, wrap);
        return current;
    }

    @Override
    protected double computePrefHeight(double width) {
        if (!model.wrapProperty().get() || getGraphic() == null) {
            return super.computePrefHeight(width);
        }
        Insets in = getInsets();
        double inner = width < 0 ? -1 : width - in.getLeft() - in.getRight();
        return in.getTop() + getGraphic().prefHeight(inner) + in.getBottom();
    }
}
