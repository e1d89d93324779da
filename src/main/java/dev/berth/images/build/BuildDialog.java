package dev.berth.images.build;

import atlantafx.base.theme.Styles;
import dev.berth.ui.CommandLineField;
import dev.berth.ui.FormGrid;
import dev.berth.ui.Theme;
import dev.berth.ui.form.KeyValueRow;
import dev.berth.ui.form.RowsEditor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The {@code docker build} dialog: the validated form with its live CLI line above the streamed build output. */
final class BuildDialog extends Dialog<Void> {
    private final BuildDialogViewModel model;
    private final FormGrid grid = new FormGrid();

    BuildDialog(Window owner, BuildDialogViewModel model) {
        this.model = model;
        grid.showProblems(model.shownProblems(), "build-error-");
        initOwner(owner);
        initModality(Modality.NONE); // a long build should not lock the window behind it
        setTitle("Build an image");
        setHeaderText("Build an image from a Dockerfile and a context folder.");
        setResizable(true);
        getDialogPane().getStylesheets().add(Theme.BERTH_CSS);
        getDialogPane().getStyleClass().add("build-dialog");

        buildForm();
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        CommandLineField command = new CommandLineField(model.commandLineProperty());
        command.setId("build-command-line");
        VBox top = new VBox(8, scroll, command);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, new BuildLog(model));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        getDialogPane().setContent(new VBox(8, split));
        getDialogPane().setPrefSize(940, 720);
        getDialogPane().setMinWidth(760);
        buttons();
        setOnHidden(event -> model.close());
    }

    private void buttons() {
        ButtonType build = new ButtonType("Build", ButtonBar.ButtonData.OK_DONE);
        ButtonType stop = new ButtonType("Cancel build", ButtonBar.ButtonData.OTHER);
        getDialogPane().getButtonTypes().setAll(stop, ButtonType.CLOSE, build);
        Button buildButton = (Button) getDialogPane().lookupButton(build);
        buildButton.setId("build-submit");
        buildButton.getStyleClass().add(Styles.ACCENT);
        buildButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.runningProperty().get() || !model.shownProblems().shownProperty().get().isEmpty()
                        || !model.buildKitProblemProperty().get().isEmpty(),
                model.runningProperty(), model.shownProblems().shownProperty(), model.buildKitProblemProperty()));
        buildButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog stays open to show the output
            model.build();
        });
        Button stopButton = (Button) getDialogPane().lookupButton(stop);
        stopButton.setId("build-cancel");
        stopButton.disableProperty().bind(model.runningProperty().not());
        stopButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.cancel();
        });
        getDialogPane().lookupButton(ButtonType.CLOSE).setId("build-close");
        setResultConverter(button -> null);
    }

    private void buildForm() {
        BuildForm form = model.form();
        grid.add("Context", BuildDialogLines.path(form.context, "the folder the build can COPY from", "build-context", true,
                this::getOwner), BuildField.CONTEXT);
        grid.add("Dockerfile", BuildDialogLines.path(form.dockerfile, "Dockerfile in the context (-f for another file)",
                "build-dockerfile", false, this::getOwner), BuildField.DOCKERFILE);
        grid.add("Tags", FormGrid.field(form.tags, "e.g. myapp:1.0 myapp:latest — one or more, space separated",
                420, "build-tags"), BuildField.TAGS);

        FlowPane offered = new FlowPane(6, 6);
        model.offeredArgs().subscribe(() -> offered.getChildren().setAll(model.offeredArgs().stream()
                .map(this::offeredArgButton).toList()));
        Text secretWarning = hint(model.secretArgsWarningProperty(), "build-secret-arg-warning", "field-warning");
        grid.add("Build args", new VBox(6, new RowsEditor<>("build-arg", "Add build argument", form.buildArgs,
                () -> new KeyValueRow("", ""), BuildDialogLines::buildArg), offered, secretWarning),
                BuildField.BUILD_ARGS);

        ComboBox<String> target = new ComboBox<>();
        target.setId("build-target");
        target.setEditable(true);
        target.setPromptText("the last stage");
        model.analysisProperty().subscribe(read -> target.getItems().setAll(read.stageNames()));
        target.getEditor().textProperty().bindBidirectional(form.target);
        grid.add("Target stage", target, BuildField.TARGET);
        grid.add("Labels", new RowsEditor<>("build-label", "Add label", form.labels, () -> new KeyValueRow("", ""),
                BuildDialogLines::label), BuildField.LABELS);

        Label buildKit = new Label("This Dockerfile uses RUN --mount, which needs BuildKit: Berth runs the build "
                + "through the docker CLI (DOCKER_BUILDKIT=1). Each secret's file is mounted at /run/secrets/<id> "
                + "for the steps that ask; it does not stay in the image.");
        buildKit.setWrapText(true);
        buildKit.getStyleClass().add(Styles.TEXT_MUTED);
        Text noCli = hint(model.buildKitProblemProperty(), "build-buildkit-problem", "field-error");
        VBox secrets = new VBox(6, buildKit, new RowsEditor<>("build-secret", "Add secret", form.secrets,
                () -> new KeyValueRow("", ""), (row, index) -> BuildDialogLines.secret(row, index, this::getOwner)),
                noCli);
        grid.add("Secrets", secrets, BuildField.SECRETS);
        var shown = model.analysisProperty().map(DockerfileAnalysis::needsBuildKit);
        secrets.visibleProperty().bind(shown);
        secrets.managedProperty().bind(shown);

        grid.add("Options", new FlowPane(16, 6,
                check("Do not use the cache (--no-cache)", form.noCache, "build-no-cache"),
                check("Pull newer base images (--pull)", form.pull, "build-pull")));
    }

    private static Text hint(ObservableValue<String> text, String id, String style) {
        Text hint = new Text();
        hint.setId(id);
        hint.getStyleClass().add(style);
        hint.setWrappingWidth(640);
        hint.textProperty().bind(text);
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.managedProperty());
        return hint;
    }

    private Button offeredArgButton(DockerfileAnalysis.Arg arg) {
        Button button = new Button("+ " + arg.name() + (arg.defaultValue() == null ? "" : "=" + arg.defaultValue()));
        button.setMnemonicParsing(false); // ARG names have underscores
        button.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
        button.setTooltip(new Tooltip("ARG " + arg.name() + " of the Dockerfile"
                + (arg.defaultValue() == null ? ", without a default" : ", default " + arg.defaultValue())));
        button.setOnAction(event -> model.offerArg(arg));
        return button;
    }

    private static CheckBox check(String text, BooleanProperty value, String id) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }
}
