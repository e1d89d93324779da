package dev.berth.compose.config;

import atlantafx.base.theme.Styles;
import dev.berth.compose.model.ComposeProblem;
import dev.berth.ui.CommandLineField;
import dev.berth.ui.Icons;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.util.List;

/**
 * The Configuration page: the project's own files on the left, what they resolve to on the right (or, for a wrong
 * file, every problem: clicking one shows its line in the file), and the loader's warnings under them.
 */
public final class ResolvedConfigView extends BorderPane {
    private final TabPane files = new TabPane();
    private final TextArea resolved = new TextArea();
    private final ListView<ComposeProblem> problems = new ListView<>();
    private final VBox warnings = new VBox(4);
    private final SimpleStringProperty configCommand = new SimpleStringProperty("");

    /** @param configCommand the {@code docker compose … config} line of the project shown */
    public ResolvedConfigView(ResolvedConfigViewModel model, ObservableValue<String> configCommand) {
        setId("compose-config");
        getStyleClass().add("compose-config");
        this.configCommand.bind(configCommand);
        Label status = new Label();
        status.setId("compose-config-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        CommandLineField line = new CommandLineField(this.configCommand);
        line.setId("compose-config-command");
        line.visibleProperty().bind(this.configCommand.isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        HBox.setHgrow(line, Priority.ALWAYS);
        VBox top = new VBox(4, status, line);
        top.getStyleClass().add("compose-config-top");
        setTop(top);

        files.setId("compose-config-files");
        files.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        resolved.setId("compose-config-resolved");
        resolved.setEditable(false);
        resolved.getStyleClass().add("config-text");
        problems.setId("compose-config-problems");
        problems.getStyleClass().add("config-problems");
        problems.setCellFactory(list -> new ProblemCell());
        problems.getSelectionModel().selectedItemProperty().subscribe(this::reveal);
        StackPane right = new StackPane(resolved, problems);
        Label rightTitle = heading("");
        rightTitle.textProperty().bind(problems.visibleProperty().map(wrong -> wrong
                ? "Problems (nothing is created until they are fixed)" : "Resolved (docker compose config)"));
        SplitPane split = new SplitPane(titled(heading("The file"), files), titled(rightTitle, right));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        setCenter(split);
        warnings.setId("compose-config-warnings");
        warnings.getStyleClass().add("config-warnings");
        warnings.managedProperty().bind(warnings.visibleProperty());
        setBottom(warnings);
        model.shownProperty().subscribe(this::show);
    }

    private static Label heading(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TEXT_MUTED, "config-heading");
        return heading;
    }

    private static Node titled(Label heading, Node content) {
        VBox box = new VBox(4, heading, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private void show(ResolvedConfigViewModel.Shown shown) {
        List<Tab> tabs = shown.files().stream().map(file -> {
            TextArea text = new TextArea(file.text());
            text.setEditable(false);
            text.getStyleClass().add("config-text");
            Tab tab = new Tab(file.path().getFileName().toString(), text);
            tab.setUserData(file.path());
            return tab;
        }).toList();
        files.getTabs().setAll(tabs);
        resolved.setText(shown.resolved());
        problems.getItems().setAll(shown.problems());
        boolean wrong = !shown.problems().isEmpty();
        problems.setVisible(wrong);
        resolved.setVisible(!wrong);
        if (wrong) {
            problems.getSelectionModel().clearSelection();
        }
        warnings.getChildren().setAll(shown.warnings().stream().map(ResolvedConfigView::warning).toList());
        warnings.setVisible(!shown.warnings().isEmpty());
    }

    private static Label warning(String sentence) {
        Label label = new Label(sentence, Icons.of(MaterialDesignA.ALERT_OUTLINE));
        label.getStyleClass().add("config-warning");
        label.setWrapText(true);
        return label;
    }

    /** Shows the problem's file and puts the caret at its line. */
    private void reveal(ComposeProblem problem) {
        if (problem == null || problem.file() == null) {
            return;
        }
        for (Tab tab : files.getTabs()) {
            if (problem.file().equals(tab.getUserData())) {
                files.getSelectionModel().select(tab);
                TextArea text = (TextArea) tab.getContent();
                int start = ResolvedConfigViewModel.offsetOfLine(text.getText(), Math.max(1, problem.line()));
                int end = text.getText().indexOf('\n', start);
                text.selectRange(start, end < 0 ? text.getLength() : end);
                text.requestFocus();
            }
        }
    }

    /** A problem: where (file:line:column and key path) over what is wrong. */
    private static final class ProblemCell extends ListCell<ComposeProblem> {
        private final Label where = new Label();
        private final Label sentence = new Label();
        private final VBox box = new VBox(2, where, sentence);

        ProblemCell() {
            where.getStyleClass().addAll("problem-where", "mono");
            sentence.setWrapText(true);
            sentence.getStyleClass().add("problem-sentence");
            box.setAlignment(Pos.CENTER_LEFT);
            sentence.prefWidthProperty().bind(widthProperty().subtract(28));
            sentence.setMinHeight(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(ComposeProblem problem, boolean empty) {
            super.updateItem(problem, empty);
            if (empty || problem == null) {
                setGraphic(null);
                return;
            }
            String sentenceText = problem.sentence();
            String place = problem.message().isEmpty() ? sentenceText
                    : sentenceText.substring(0, Math.max(0, sentenceText.length() - problem.message().length()))
                    .replaceFirst(": $", "");
            where.setText(place.isEmpty() ? "the whole file" : place);
            sentence.setText(problem.message());
            setGraphic(box);
        }
    }
}
