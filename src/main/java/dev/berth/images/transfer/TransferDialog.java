package dev.berth.images.transfer;

import atlantafx.base.theme.Styles;
import dev.berth.images.transfer.TransferDialogViewModel.Kind;
import dev.berth.images.transfer.TransferDialogViewModel.State;
import dev.berth.ui.CommandLineField;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.Theme;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * The Pull (or Push) dialog: the reference with its check and `docker pull` line, then the overall bar and one row
 * per layer (its step, a bar and the bytes). Closing the dialog cancels a transfer that still runs.
 */
public final class TransferDialog extends Dialog<Void> {
    private final TransferDialogViewModel model;

    public TransferDialog(Window owner, TransferDialogViewModel model) {
        this.model = model;
        String prefix = model.kind() == Kind.PUSH ? "push" : "pull";
        initOwner(owner);
        setTitle(model.kind() == Kind.PUSH ? "Push an image" : "Pull an image");
        setHeaderText(model.kind() == Kind.PUSH ? "Push a tag to its registry."
                : "Pull an image from its registry (Docker Hub when no registry is named).");
        setResizable(true);
        getDialogPane().getStylesheets().add(Theme.BERTH_CSS);
        getDialogPane().getStyleClass().add("transfer-dialog");

        TextField reference = new TextField();
        reference.setId(prefix + "-reference");
        reference.setPromptText("e.g. nginx:1.27 or 127.0.0.1:5000/team/app:1.0");
        reference.textProperty().bindBidirectional(model.referenceProperty());
        BooleanBinding running = model.stateProperty().isEqualTo(State.RUNNING);
        if (model.kind() == Kind.PULL) {
            reference.editableProperty().bind(running.not());
        } else {
            reference.setEditable(false); // a push sends the tag it was opened for
        }
        Text problem = new Text();
        problem.setId(prefix + "-problem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());

        CommandLineField command = new CommandLineField(model.commandLineProperty());
        command.setId(prefix + "-command-line");

        ProgressBar overall = new ProgressBar(0);
        overall.setId(prefix + "-overall");
        overall.setMaxWidth(Double.MAX_VALUE);
        overall.progressProperty().bind(model.overallProperty());
        overall.visibleProperty().bind(model.stateProperty().isNotEqualTo(State.EDITING));
        Label summary = new Label();
        summary.setId(prefix + "-summary");
        summary.textProperty().bind(model.summaryProperty());
        Button cancel = new Button("Cancel " + model.kind().verb.toLowerCase());
        cancel.setId(prefix + "-cancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.visibleProperty().bind(running);
        cancel.setOnAction(event -> model.cancel());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox status = new HBox(8, summary, gap, cancel);
        status.setAlignment(Pos.CENTER_LEFT);

        ListView<LayerProgress.Layer> layers = new ListView<>(model.layers());
        layers.setId(prefix + "-layers");
        layers.getStyleClass().add("transfer-layers");
        layers.setCellFactory(list -> new LayerCell());
        layers.setPlaceholder(new Label(model.kind() == Kind.PUSH ? "Layers appear here while they are pushed."
                : "Layers appear here while they are downloaded and extracted."));
        layers.setPrefHeight(260);
        VBox.setVgrow(layers, Priority.ALWAYS);

        VBox content = new VBox(8, new NoticeBanner(model.notice()),
                new Label("Image"), reference, problem, command, status, overall, layers);
        getDialogPane().setContent(content);
        getDialogPane().setPrefSize(720, 560);

        ButtonType start = new ButtonType(model.kind().verb, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE, start);
        Button startButton = (Button) getDialogPane().lookupButton(start);
        startButton.setId(prefix + "-start");
        startButton.getStyleClass().add(Styles.ACCENT);
        startButton.disableProperty().bind(running.or(model.readyProperty().not()));
        startButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog stays open to show the progress
            model.start();
        });
        getDialogPane().lookupButton(ButtonType.CLOSE).setId(prefix + "-close");
        setResultConverter(button -> null);
        setOnHidden(event -> model.close());
        setOnShown(event -> reference.requestFocus());
    }

    /** One layer: its short id, its step, a bar for the step, and the step's bytes. */
    private static final class LayerCell extends ListCell<LayerProgress.Layer> {
        private final Label id = new Label();
        private final Label step = new Label();
        private final Tooltip fullStep = new Tooltip();
        private final ProgressBar bar = new ProgressBar(0);
        private final Label bytes = new Label();
        private final HBox line = new HBox(10, id, step, bar, bytes);

        /**
         * The line is as wide as the list, never wider: the list sizes to its window rather than to its longest
         * line, and when the window is narrow the columns give way (their text ellipsised, in full in the tooltip).
         */
        LayerCell() {
            id.getStyleClass().add("mono");
            column(id, 110, 60);
            column(step, 150, 50);
            step.setTooltip(fullStep); // "Mounted from berth-test/…" is longer than the column
            bar.setMinWidth(30);
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            bytes.getStyleClass().add(Styles.TEXT_MUTED);
            column(bytes, 150, 50);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("transfer-layer");
            line.setMinWidth(0);
            setPrefWidth(0);
            line.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> getWidth() - snappedLeftInset()
                    - snappedRightInset(), widthProperty(), paddingProperty()));
        }

        private static void column(Label label, double width, double least) {
            label.setPrefWidth(width);
            label.setMinWidth(least);
        }

        @Override
        protected void updateItem(LayerProgress.Layer layer, boolean empty) {
            super.updateItem(layer, empty);
            if (empty || layer == null) {
                setGraphic(null);
                return;
            }
            id.setText(layer.id());
            step.setText(layer.status());
            fullStep.setText(layer.status());
            bar.setProgress(layer.fraction());
            bar.pseudoClassStateChanged(Styles.STATE_SUCCESS, layer.isFinished());
            bar.getStyleClass().removeAll("extracting");
            if (layer.phase() == LayerProgress.Phase.EXTRACTING) {
                bar.getStyleClass().add("extracting");
            }
            bytes.setText(layer.bytesText());
            setGraphic(line);
        }
    }
}
