package dev.berth.compose;

import atlantafx.base.theme.Styles;
import dev.berth.ui.CommandLineField;
import dev.berth.ui.Icons;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.NoticeHolder;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The selected project's running (or last) action: what it does, its {@code docker compose …} line to copy, how
 * far it is with Cancel, a line per container, network, volume or image at its step, and for a failed step the
 * engine's reason with a way to read the service's log.
 */
final class ActivityPane extends VBox {
    private static final double ROW = 26;
    private static final int MOST_ROWS = 8;

    private final ListView<ProgressLine> lines = new ListView<>();
    private final Label status = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final Button dismiss = new Button(null, Icons.of(MaterialDesignC.CLOSE));
    private final SimpleStringProperty commandLine = new SimpleStringProperty("");
    private final NoticeHolder notice = new NoticeHolder();
    private Subscription noticeOfShown = Subscription.EMPTY;

    ActivityPane(ReadOnlyObjectProperty<ProjectRow> selected, ComposeViewModel model) {
        super(6);
        setId("compose-activity");
        getStyleClass().add("compose-activity");
        status.setId("compose-activity-status");
        status.getStyleClass().add(Styles.TEXT_BOLD);
        status.setMinWidth(Region.USE_PREF_SIZE);
        bar.setId("compose-activity-progress");
        bar.setPrefWidth(200);
        cancel.setId("compose-cancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setOnAction(event -> model.cancel());
        dismiss.setId("compose-activity-dismiss");
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        dismiss.setOnAction(event -> model.dismissActivity());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, status, bar, cancel, gap, dismiss);
        head.setAlignment(Pos.CENTER_LEFT);
        CommandLineField line = new CommandLineField(commandLine);
        line.setId("compose-activity-command");
        line.visibleProperty().bind(commandLine.isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        lines.setId("compose-progress");
        lines.getStyleClass().add("compose-progress");
        lines.setFixedCellSize(ROW);
        lines.setCellFactory(list -> new LineCell(model));
        lines.managedProperty().bind(lines.visibleProperty());
        getChildren().addAll(head, line, new NoticeBanner(notice), lines);
        managedProperty().bind(visibleProperty());
        selected.flatMap(ProjectRow::activityProperty).subscribe(this::show);
    }

    private void show(ComposeActivity activity) {
        setVisible(activity != null);
        status.textProperty().unbind();
        bar.progressProperty().unbind();
        bar.visibleProperty().unbind();
        cancel.visibleProperty().unbind();
        dismiss.visibleProperty().unbind();
        commandLine.unbind();
        lines.prefHeightProperty().unbind();
        lines.visibleProperty().unbind();
        noticeOfShown.unsubscribe();
        if (activity == null) {
            lines.setItems(null);
            notice.set(null);
            return;
        }
        status.textProperty().bind(activity.statusProperty());
        bar.progressProperty().bind(activity.progressProperty());
        bar.visibleProperty().bind(activity.runningProperty());
        cancel.visibleProperty().bind(activity.runningProperty());
        dismiss.visibleProperty().bind(activity.runningProperty().not());
        commandLine.bind(activity.commandLineProperty());
        lines.setItems(activity.lines());
        lines.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(MOST_ROWS, Math.max(1, lines.getItems().size())) * ROW + 4, lines.getItems()));
        lines.visibleProperty().bind(Bindings.isNotEmpty(activity.lines()).or(activity.runningProperty()));
        noticeOfShown = activity.notice().property().subscribe(notice::set);
    }

    /** One subject at its step: an icon for working, done or failed, the subject, the step, and the reason. */
    private static final class LineCell extends ListCell<ProgressLine> {
        private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

        private final ProgressIndicator working = new ProgressIndicator();
        private final FontIcon done = Icons.of(MaterialDesignC.CHECK_CIRCLE);
        private final FontIcon failed = Icons.of(MaterialDesignC.CLOSE_CIRCLE);
        private final Label subject = new Label();
        private final Label step = new Label();
        private final Label detail = new Label();
        private final Hyperlink logs = new Hyperlink("Show the log");
        private final HBox row = new HBox(8);

        LineCell(ComposeViewModel model) {
            working.setPrefSize(14, 14);
            working.setMaxSize(14, 14);
            done.getStyleClass().add("progress-done");
            failed.getStyleClass().add("progress-failed");
            subject.getStyleClass().add("progress-subject");
            subject.setMinWidth(Region.USE_PREF_SIZE);
            step.getStyleClass().add("progress-step");
            step.setMinWidth(Region.USE_PREF_SIZE);
            detail.getStyleClass().addAll("progress-detail", Styles.TEXT_MUTED);
            logs.setOnAction(event -> model.showLogs());
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
        }

        @Override
        protected void updateItem(ProgressLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            ProgressLine.Outcome outcome = line.outcome();
            subject.setText(line.subject().isEmpty() ? line.service() : line.subject());
            step.setText(line.stepText());
            detail.setText(line.detail());
            pseudoClassStateChanged(FAILED, outcome == ProgressLine.Outcome.FAILED);
            row.getChildren().setAll(outcome == ProgressLine.Outcome.WORKING ? working
                    : outcome == ProgressLine.Outcome.DONE ? done : failed, subject, step, detail);
            if (outcome == ProgressLine.Outcome.FAILED && !line.service().isEmpty()) {
                row.getChildren().add(logs);
            }
            setGraphic(row);
        }
    }
}
