package dev.berth.ui;

import atlantafx.base.controls.CustomTextField;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The frame every resource tab (containers, images, networks, volumes) shares: the toolbar and its banners on top,
 * the search field in the toolbar, and the table over the selected row's details.
 */
public final class ResourceSection {
    private ResourceSection() {
    }

    /** The toolbar, then the tab's banners and strips under it. */
    public static VBox top(Node toolbar, Node... underIt) {
        VBox top = new VBox(8, toolbar);
        top.getChildren().addAll(underIt);
        top.setPadding(new Insets(12, 12, 8, 12));
        return top;
    }

    /** A search field bound to the rows' search text; the "find" action ({@link UserAction#find}) focuses it. */
    public static CustomTextField searchField(String id, String prompt, double width, StringProperty text) {
        CustomTextField search = new CustomTextField();
        search.setId(id);
        search.setPromptText(prompt);
        search.setLeft(Icons.of(MaterialDesignM.MAGNIFY));
        search.setPrefWidth(width);
        search.textProperty().bindBidirectional(text);
        return search;
    }

    /**
     * The table (with whatever the tab lays over it) above the details, split at {@code divider}; the details keep
     * their height when the window grows, so the table gets the new room.
     */
    public static SplitPane tableOverDetails(Node table, Node details, double divider) {
        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(divider);
        SplitPane.setResizableWithParent(details, false);
        return split;
    }
}
