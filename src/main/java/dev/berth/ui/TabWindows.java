package dev.berth.ui;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves a tab's content into a window of its own (with Berth's icon and look) and back when that window closes. The
 * tab stays where it was, saying where its content went, so whatever owns the tab keeps managing it: closing or
 * removing the tab brings its content back first and closes the window.
 */
public final class TabWindows {
    private final Map<Tab, Stage> windows = new HashMap<>();

    /** Watches {@code pane}'s tabs: one removed while its content is out takes the content back. */
    public void watch(TabPane pane) {
        pane.getTabs().addListener((ListChangeListener<Tab>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::bringBack);
            }
        });
    }

    /**
     * Shows the tab's content in a new window, owned by {@code owner} (so it closes with it), titled {@code title};
     * does nothing if it is out already.
     */
    public Stage popOut(Tab tab, String title, Window owner) {
        Stage open = windows.get(tab);
        if (open != null) {
            open.toFront();
            return open;
        }
        Node content = tab.getContent();
        double width = Math.max(640, content.getLayoutBounds().getWidth());
        double height = Math.max(420, content.getLayoutBounds().getHeight() * 2);
        Button back = new Button("Bring it back", Icons.of(MaterialDesignO.OPEN_IN_APP));
        back.getStyleClass().add(Styles.SMALL);
        back.setOnAction(event -> bringBack(tab));
        tab.setContent(new EmptyState(MaterialDesignO.OPEN_IN_NEW, "Shown in its own window",
                "Close that window, or bring it back, to see it here again.", back));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        AppIcon.applyTo(stage);
        StackPane root = new StackPane(content);
        root.getStyleClass().add("popped-out");
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Theme.BERTH_CSS);
        stage.setScene(scene);
        stage.setOnHidden(event -> bringBack(tab));
        windows.put(tab, stage);
        stage.show();
        content.requestFocus();
        return stage;
    }

    /** Puts the content back into its tab and closes its window; nothing when it is not out. */
    public void bringBack(Tab tab) {
        Stage stage = windows.remove(tab);
        if (stage == null) {
            return;
        }
        StackPane root = (StackPane) stage.getScene().getRoot();
        Node content = root.getChildren().get(0);
        root.getChildren().clear();
        tab.setContent(content);
        stage.close();
    }

    public boolean isOut(Tab tab) {
        return windows.containsKey(tab);
    }

    /** Brings everything back, e.g. when the main window closes. */
    public void bringAllBack() {
        List.copyOf(windows.keySet()).forEach(this::bringBack);
    }
}
