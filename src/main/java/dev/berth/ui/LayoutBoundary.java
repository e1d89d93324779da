package dev.berth.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Holds a part of the window whose texts change while nothing else does (live stats, ages), so that such a change
 * lays out that part alone. A label that changes its text asks every parent up to the window's root to lay out
 * again, and at the root that is the whole window: the table above the details, its header, every row. Here the
 * request stops at the content, which JavaFX then lays out on its own; the content is still sized to this pane,
 * and this pane asks for the content's sizes when its own parent lays it out.
 */
public final class LayoutBoundary extends Region {
    private final Node content;

    public LayoutBoundary(Node content) {
        this.content = content;
        content.setManaged(false); // an unmanaged node is a layout root: requests from within stop at it
        getChildren().add(content);
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        content.resizeRelocate(insets.getLeft(), insets.getTop(),
                getWidth() - insets.getLeft() - insets.getRight(), getHeight() - insets.getTop() - insets.getBottom());
    }

    @Override
    protected double computeMinWidth(double height) {
        return horizontal() + content.minWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return vertical() + content.minHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return horizontal() + content.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return vertical() + content.prefHeight(width);
    }

    private double horizontal() {
        return getInsets().getLeft() + getInsets().getRight();
    }

    private double vertical() {
        return getInsets().getTop() + getInsets().getBottom();
    }
}
