package dev.berth.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The pieces of every resource's Overview page: titled sections, key/value grids and monospace values. */
public final class DetailsLayout {
    private DetailsLayout() {
    }

    /** A grid of a key column and a value column that takes the rest of the width. */
    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("details-grid");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setHalignment(HPos.LEFT);
        keys.setMinWidth(96);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, values);
        return grid;
    }

    public static void addRow(GridPane grid, int row, String key, Node value) {
        Label name = new Label(key);
        name.getStyleClass().add("details-key");
        grid.addRow(row, name, value);
    }

    public static Label mono(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("mono");
        label.setWrapText(true);
        return label;
    }

    /** A muted line saying a section has nothing to show. */
    public static Label none(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    public static VBox section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_4, "details-section-title");
        heading.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(8, heading, content);
        box.getStyleClass().add("details-section");
        return box;
    }
}
