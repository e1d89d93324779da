package dev.berth.images;

import atlantafx.base.theme.Styles;
import dev.berth.daemon.images.ImageInUseException;
import dev.berth.ui.Icons;
import dev.berth.ui.Navigator;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * "Image x is used by container abc…": the engine's refusal to remove an image, with the two ways out — go to that
 * container, or remove the image with force (offered only when the engine would accept it).
 */
final class RemovalRefusalBar extends HBox {
    private final Label sentence = new Label();
    private final Label action = new Label();
    private final Button showContainer = new Button("Show container");
    private final Button force = new Button("Remove with force");

    RemovalRefusalBar(ImagesViewModel model, Navigator navigator) {
        super(10);
        setId("image-refusal");
        getStyleClass().add("image-refusal");
        setAlignment(Pos.CENTER_LEFT);
        sentence.getStyleClass().add(Styles.TEXT_BOLD);
        sentence.setWrapText(true);
        action.setWrapText(true);
        showContainer.setId("image-refusal-show");
        force.setId("image-refusal-force");
        force.getStyleClass().add(Styles.DANGER);
        showContainer.setMinWidth(Region.USE_PREF_SIZE);
        force.setMinWidth(Region.USE_PREF_SIZE);
        Button close = new Button(null, Icons.of(MaterialDesignC.CLOSE));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setOnAction(event -> model.dismissRefusal());
        VBox words = new VBox(2, sentence, action);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);
        Region gap = new Region();
        getChildren().addAll(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE), words, gap, showContainer, force, close);
        managedProperty().bind(visibleProperty());
        model.refusalProperty().subscribe(refusal -> {
            setVisible(refusal != null);
            if (refusal == null) {
                return;
            }
            ImageInUseException reason = refusal.reason();
            sentence.setText(refusal.sentence());
            action.setText(reason.offeredAction().orElse(""));
            showContainer.setOnAction(event -> {
                model.dismissRefusal();
                navigator.showContainer(reason.containerId());
            });
            force.setVisible(reason.forceHelps());
            force.setManaged(reason.forceHelps());
            force.setOnAction(event -> model.remove(refusal.row(), true));
        });
    }
}
