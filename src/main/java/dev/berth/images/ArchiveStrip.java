package dev.berth.images;

import atlantafx.base.theme.Styles;
import dev.berth.ui.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** A save or load under way (or just ended): what, how far, the bytes, and Cancel. */
final class ArchiveStrip extends HBox {

    ArchiveStrip(ArchiveTasks tasks) {
        super(10);
        setId("image-archive");
        getStyleClass().add("image-archive");
        setAlignment(Pos.CENTER_LEFT);
        Label description = new Label();
        description.setId("image-archive-description");
        description.textProperty().bind(tasks.descriptionProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("image-archive-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(tasks.fractionProperty());
        bar.visibleProperty().bind(tasks.runningProperty());
        Label bytes = new Label();
        bytes.getStyleClass().add(Styles.TEXT_MUTED);
        bytes.textProperty().bind(tasks.bytesTextProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("image-archive-cancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.visibleProperty().bind(tasks.runningProperty());
        cancel.setOnAction(event -> tasks.cancel());
        Button dismiss = new Button(null, Icons.of(MaterialDesignC.CLOSE));
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        dismiss.visibleProperty().bind(tasks.runningProperty().not());
        dismiss.setOnAction(event -> tasks.dismiss());
        getChildren().addAll(description, bar, bytes, cancel, dismiss);
        visibleProperty().bind(tasks.descriptionProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
