package dev.berth.images.build;

import dev.berth.daemon.build.BuildLine;
import dev.berth.ui.Notice;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.time.Instant;

/**
 * The build's streamed output: steps in bold, the step being run highlighted (the failed one in red), errors in red,
 * kept scrolled to the newest line; above it the elapsed time and the current step while the build runs, and how
 * the last build ended.
 */
final class BuildLog extends VBox {
    private final BuildDialogViewModel model;
    private final Label status = new Label();
    private final ListView<BuildLine> lines;

    BuildLog(BuildDialogViewModel model) {
        super(6);
        this.model = model;
        getStyleClass().add("build-log");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(model.runningProperty());
        spinner.managedProperty().bind(model.runningProperty());
        status.setId("build-status");
        status.getStyleClass().add("build-status");
        HBox header = new HBox(8, spinner, status);
        header.setAlignment(Pos.CENTER_LEFT);
        Label outcome = new Label();
        outcome.setId("build-outcome");
        outcome.setWrapText(true);
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        outcome.managedProperty().bind(outcome.textProperty().isNotEmpty());
        outcome.visibleProperty().bind(outcome.managedProperty());
        model.notice().property().subscribe(notice -> {
            outcome.setText(notice == null ? "" : notice.offeredAction() == null ? notice.sentence()
                    : notice.sentence() + " " + notice.offeredAction());
            outcome.getStyleClass().removeAll("build-outcome-good", "build-outcome-bad");
            outcome.getStyleClass().add(notice != null && notice.kind() == Notice.Kind.ERROR
                    ? "build-outcome-bad" : "build-outcome-good");
        });

        lines = new ListView<>(model.output());
        lines.setId("build-output");
        lines.getStyleClass().add("build-output");
        lines.setPlaceholder(new Label("The build's output appears here."));
        lines.setCellFactory(list -> new LineCell());
        lines.setFixedCellSize(20); // one text line each; a fixed size also spares measuring every row
        VBox.setVgrow(lines, Priority.ALWAYS);
        model.output().addListener((ListChangeListener<BuildLine>) change -> {
            if (!model.output().isEmpty()) {
                lines.scrollTo(model.output().size() - 1);
            }
        });
        model.currentStepProperty().subscribe(step -> {
            lines.refresh();
            showStatus();
        });
        model.runningProperty().subscribe(() -> {
            lines.refresh(); // the current step is no longer running: it loses its highlight, or shows it failed
            showStatus();
        });
        Timeline ticking = new Timeline(new KeyFrame(Duration.seconds(1), event -> showStatus()));
        ticking.setCycleCount(Timeline.INDEFINITE);
        model.runningProperty().subscribe(running -> {
            if (running) {
                ticking.play();
            } else {
                ticking.stop();
            }
        });
        getChildren().addAll(header, outcome, lines);
    }

    private void showStatus() {
        Instant started = model.startedAtProperty().get();
        BuildLine step = model.currentStepProperty().get();
        if (!model.runningProperty().get()) {
            status.setText(started == null ? "Not built yet."
                    : "Took " + BuildProgress.elapsed(started, Instant.now()) + ".");
            return;
        }
        status.setText("Building " + BuildProgress.elapsed(started, Instant.now())
                + (step == null ? " — sending the context…" : " — " + BuildProgress.stepTitle(step.text())));
    }

    private final class LineCell extends ListCell<BuildLine> {
        @Override
        protected void updateItem(BuildLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("build-step", "build-current-step", "build-failed-step", "build-error");
            if (empty || line == null) {
                setText(null);
                return;
            }
            setText(line.text());
            if (line.kind() == BuildLine.Kind.STEP) {
                boolean current = line == model.currentStepProperty().get();
                getStyleClass().add(!current ? "build-step" : model.runningProperty().get() ? "build-current-step"
                        : model.failedProperty().get() ? "build-failed-step" : "build-step");
            } else if (line.kind() == BuildLine.Kind.ERROR) {
                getStyleClass().add("build-error");
            }
        }
    }
}
