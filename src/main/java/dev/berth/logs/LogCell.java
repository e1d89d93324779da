package dev.berth.logs;

import dev.berth.daemon.LogLine;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * One row of the log list: the time (when shown), then the line with its colours and search highlights; stderr
 * rows and gap markers are styled apart. A huge line is cut for display ({@link LogDisplay}), so one 1 MB line costs
 * no more than a screenful of text.
 */
final class LogCell extends ListCell<LogLine> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final LogViewModel model;
    private final IntUnaryOperator modelRow;
    private final Label time = new Label();
    private final StyledLine line = new StyledLine();
    private final HBox row = new HBox(10, time, line);

    /** @param modelRow the row of the model's lines that a row of the list shows */
    LogCell(LogViewModel model, IntUnaryOperator modelRow) {
        this.model = model;
        this.modelRow = modelRow;
        getStyleClass().add("log-cell");
        time.getStyleClass().add("log-time");
        time.setMinWidth(Label.USE_PREF_SIZE);
        time.managedProperty().bind(time.visibleProperty());
        HBox.setHgrow(line, Priority.ALWAYS);
        row.setAlignment(Pos.TOP_LEFT);
        row.setFillHeight(false);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setText(null);
    }

    @Override
    protected void updateItem(LogLine item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll("stderr", "gap-marker", "current-match-row");
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        boolean marker = model.isGapMarker(item);
        boolean wrap = model.wrapProperty().get();
        time.setVisible(model.timestampsProperty().get() && !marker && item.time() != null);
        if (time.isVisible()) {
            time.setText(TIME.format(item.time()));
        }
        if (marker) {
            getStyleClass().add("gap-marker");
            line.show(List.of(new AnsiText.Run(item.text(), AnsiStyle.PLAIN)), null, null, null, wrap);
        } else {
            show(item, wrap);
        }
        setGraphic(row);
    }

    private void show(LogLine item, boolean wrap) {
        if (item.source() == LogLine.Source.STDERR) {
            getStyleClass().add("stderr");
        }
        LogDisplay display = LogDisplay.of(item.text());
        String text = display.text();
        List<AnsiText.Run> runs = AnsiText.parse(text);
        LogSearchModel search = model.search();
        int[] matches = search.matchRanges(AnsiText.strip(text), LogDisplay.MAX_SHOWN);
        boolean current = matches.length > 0 && search.isCurrent(item, modelRow.applyAsInt(getIndex()));
        if (current) {
            getStyleClass().add("current-match-row");
        }
        line.show(runs, display.suffix(), matches, current ? matches : null, wrap);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (!model.wrapProperty().get() || getGraphic() == null) {
            return super.computePrefHeight(width);
        }
        Insets in = getInsets();
        double inner = width < 0 ? -1 : width - in.getLeft() - in.getRight();
        return in.getTop() + row.prefHeight(inner) + in.getBottom();
    }
}
