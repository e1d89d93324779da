package dev.berth.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringExpression;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * A long task under a section's toolbar (an image save or load, a volume backup or restore): what it does or did,
 * how far it is, and Cancel while it runs. The strip shows while its status says something.
 */
public final class TaskStrip extends HBox {
    private final BooleanExpression running;
    private final Button cancel;

    /** @param id the strip's id and style class; its parts are {@code id-status}, {@code id-progress}, {@code id-cancel} */
    public TaskStrip(String id, StringExpression status, ObservableValue<? extends Number> progress,
                     BooleanExpression running, Runnable onCancel) {
        super(8);
        this.running = running;
        setId(id);
        getStyleClass().add(id);
        setAlignment(Pos.CENTER_LEFT);
        Label said = new Label();
        said.setId(id + "-status");
        said.textProperty().bind(status);
        ProgressBar bar = new ProgressBar();
        bar.setId(id + "-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(progress);
        bar.visibleProperty().bind(running);
        bar.managedProperty().bind(bar.visibleProperty());
        cancel = new Button("Cancel");
        cancel.setId(id + "-cancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.visibleProperty().bind(running);
        cancel.setOnAction(event -> onCancel.run());
        getChildren().addAll(said, bar, cancel);
        visibleProperty().bind(status.isNotEmpty());
        managedProperty().bind(visibleProperty());
    }

    /** Adds a muted line of detail after the bar, such as the bytes moved so far. */
    public TaskStrip withDetail(ObservableValue<String> detail) {
        Label text = new Label();
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.textProperty().bind(detail);
        getChildren().add(getChildren().indexOf(cancel), text);
        return this;
    }

    /** Lets the user put away what an ended task said, rather than keep it until the next task. */
    public TaskStrip withDismiss(Runnable onDismiss) {
        Button dismiss = new Button(null, Icons.of(MaterialDesignC.CLOSE));
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        dismiss.visibleProperty().bind(running.not());
        dismiss.setOnAction(event -> onDismiss.run());
        getChildren().add(dismiss);
        return this;
    }
}
