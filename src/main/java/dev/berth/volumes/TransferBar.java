package dev.berth.volumes;

import atlantafx.base.theme.Styles;
import dev.berth.ui.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The running transfer's bar, label and Cancel; after it ends, what happened, until the next one. */
final class TransferBar extends HBox {

    TransferBar(VolumeTransfersViewModel transfers) {
        super(8);
        setId("volume-transfer");
        getStyleClass().add("volume-transfer");
        setAlignment(Pos.CENTER_LEFT);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(220);
        bar.progressProperty().bind(transfers.progressProperty());
        bar.visibleProperty().bind(transfers.busyProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label status = new Label();
        status.setId("volume-transfer-status");
        status.textProperty().bind(transfers.statusProperty());
        Button cancel = new Button("Cancel", Icons.of(MaterialDesignC.CLOSE));
        cancel.setId("volume-transfer-cancel");
        cancel.getStyleClass().addAll(Styles.SMALL);
        cancel.visibleProperty().bind(transfers.busyProperty());
        cancel.setOnAction(event -> transfers.cancel());
        getChildren().addAll(bar, status, cancel);
        visibleProperty().bind(transfers.statusProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
