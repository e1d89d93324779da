package dev.berth.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/** The centred icon, title and hint a view shows when it has nothing to list, saying what to do next. */
public final class EmptyState extends VBox {
    private final Label title = new Label();
    private final Label hint = new Label();
    private final HBox actions = new HBox(8);

    public EmptyState(Ikon icon, String titleText, String hintText, Node... actionNodes) {
        super(12);
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setFillWidth(false);
        title.getStyleClass().add(Styles.TITLE_3);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, "empty-state-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        actions.setAlignment(Pos.CENTER);
        actions.getChildren().addAll(actionNodes);
        getChildren().addAll(Icons.large(icon), title, hint, actions);
        setTitle(titleText);
        setHint(hintText);
    }

    public void setTitle(String text) {
        title.setText(text);
    }

    public void setHint(String text) {
        hint.setText(text);
    }
}
