package dev.berth.containers.run;

import atlantafx.base.theme.Styles;
import dev.berth.daemon.containers.RunSpec.MountSpec.Kind;
import dev.berth.daemon.containers.RunSpec.RestartPolicy;
import dev.berth.ui.CommandLineField;
import dev.berth.ui.FormGrid;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.SubmitButton;
import dev.berth.ui.Theme;
import dev.berth.ui.form.KeyValueRow;
import dev.berth.ui.form.RowsEditor;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.function.Consumer;

/** The `docker run` dialog (and, when editing, the recreate dialog): a validated form with its live CLI line. */
public final class RunDialog extends Dialog<String> {
    private static final Map<String, String> NETWORK_HINTS = Map.of(
            "", "Default bridge: a private network with NAT; reach the container through published ports.",
            "bridge", "Default bridge: a private network with NAT; reach the container through published ports.",
            "host", "Host: shares the host's network stack; published ports are not needed (and ignored).",
            "none", "None: no network at all, only loopback inside the container.");

    private final RunDialogViewModel model;
    private final FormGrid grid = new FormGrid();

    /** @param onStarted gets the new container's id after a successful run */
    public RunDialog(Window owner, RunDialogViewModel model, Consumer<String> onStarted) {
        this.model = model;
        grid.showProblems(model.shownProblems(), "run-error-");
        initOwner(owner);
        setTitle(model.isEditing() ? "Edit container" : "Run a container");
        setHeaderText(model.isEditing() ? "Change the settings; Berth recreates the container under the same name."
                : "Run a new container from an image.");
        setResizable(true);
        getDialogPane().getStylesheets().add(Theme.BERTH_CSS);
        getDialogPane().getStyleClass().add("run-dialog");

        buildForm();
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        CommandLineField command = CommandLineField.of(model.displayedCommandProperty());
        command.setId("run-command-line");
        command.visibleProperty().bind(model.displayedCommandProperty().map(line -> !line.isEmpty()));
        Button paste = new Button("Paste a docker run line…");
        paste.setId("run-paste");
        paste.getStyleClass().add(Styles.FLAT);
        paste.setOnAction(event -> askForCommandLine());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        Label working = new Label(model.isEditing()
                ? "Recreating: stopping the old container can take up to 10 s…" : "Starting the container…");
        HBox busy = new HBox(8, progress, working);
        busy.visibleProperty().bind(model.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox content = new VBox(8, new NoticeBanner(model.notice()), scroll,
                command, new HBox(8, paste, gap, busy));
        getDialogPane().setContent(content);
        getDialogPane().setPrefSize(900, 760);
        getDialogPane().setMinWidth(760);

        SubmitButton.install(getDialogPane(), model.isEditing() ? "Recreate" : "Run", "run-submit", model.busyProperty(),
                model.shownProblems().nothingShownProperty(), () -> model.submit().thenAccept(id -> {
                    if (id != null) {
                        setResult(id);
                        close();
                        onStarted.accept(id);
                    }
                }));
        setResultConverter(button -> null);
        model.loadSuggestions();
    }

    private void buildForm() {
        RunForm form = model.form();
        ComboBox<String> image = new ComboBox<>(model.imageSuggestions());
        image.setId("run-image");
        image.setEditable(true);
        image.setPromptText("e.g. nginx:1.27 or 127.0.0.1:5000/team/app:1.0");
        image.setMaxWidth(Double.MAX_VALUE);
        image.getEditor().textProperty().bindBidirectional(form.image);
        grid.add("Image", image, RunField.IMAGE);
        grid.add("Name", RunDialogLines.field(form.name, "a name, or blank for a random one", 260, "run-name"),
                RunField.NAME);
        grid.add("Command", RunDialogLines.field(form.command, "the image's default command", 420, "run-command"),
                RunField.COMMAND);
        grid.add("Entrypoint", RunDialogLines.field(form.entrypoint, "the image's default entrypoint", 260,
                "run-entrypoint"), RunField.ENTRYPOINT);

        FlowPane exposed = new FlowPane(6, 6);
        exposed.setId("run-exposed-ports");
        var suggestions = model.exposedPortSuggestions();
        suggestions.subscribe(() -> exposed.getChildren().setAll(suggestions.stream()
                .map(this::exposedPortButton).toList()));
        CheckBox publishAll = new CheckBox("Publish all exposed ports to random host ports (-P)");
        publishAll.selectedProperty().bindBidirectional(form.publishAll);
        grid.add("Ports", new VBox(6, new RowsEditor<>("run-port", "Add port", form.ports,
                () -> new PortRow("", "", "", "tcp"), RunDialogLines::port), exposed, publishAll), RunField.PORTS);
        grid.add("Environment", new VBox(6, new RowsEditor<>("run-env", "Add variable", form.env,
                () -> new KeyValueRow("", ""), RunDialogLines::environment), importEnvButton()), RunField.ENV);
        grid.add("Volumes", new RowsEditor<>("run-mount", "Add volume or folder", form.mounts,
                () -> new MountRow(Kind.VOLUME, "", "", false),
                (row, index) -> RunDialogLines.mount(row, index, model.volumes(), this::getOwner)), RunField.MOUNTS);
        grid.add("Network", networkChoice(), RunField.NETWORK);
        grid.add("Restart", restartChoice(), RunField.RESTART);
        grid.add("Labels", new RowsEditor<>("run-label", "Add label", form.labels, () -> new KeyValueRow("", ""),
                RunDialogLines::label), RunField.LABELS);
        grid.add("Working dir", RunDialogLines.field(form.workingDir, "the image's", 260, "run-workdir"),
                RunField.WORKING_DIR);
        grid.add("User", RunDialogLines.field(form.user, "the image's (e.g. 1000:1000 or nobody)", 260, "run-user"),
                RunField.USER);
        grid.add("Options", options());
    }

    private Button exposedPortButton(String port) {
        Button button = new Button("+ " + port);
        button.setId("run-expose-" + port.replace('/', '-'));
        button.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
        button.setOnAction(event -> model.publishExposed(port));
        return button;
    }

    private Node importEnvButton() {
        Button importEnv = new Button("Import .env file…");
        importEnv.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        importEnv.setOnAction(event -> {
            File file = new FileChooser().showOpenDialog(getOwner());
            if (file != null) {
                try {
                    model.importEnvFile(Files.readString(file.toPath()));
                } catch (IOException unreadable) {
                    model.importEnvFile("unreadable file " + file + ": " + unreadable.getMessage());
                }
            }
        });
        return importEnv;
    }

    private Node networkChoice() {
        ComboBox<String> network = new ComboBox<>();
        network.setId("run-network");
        network.setEditable(true);
        network.setPromptText("default bridge");
        model.networks().subscribe(() -> network.getItems().setAll(model.networks()));
        network.getEditor().textProperty().bindBidirectional(model.form().network);
        Label hint = new Label();
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.textProperty().bind(model.form().network.map(name -> NETWORK_HINTS.getOrDefault(name.strip(),
                "User-defined network \"" + name.strip() + "\": containers on it reach each other by name.")));
        return new VBox(4, network, hint);
    }

    private Node restartChoice() {
        ChoiceBox<String> policy = new ChoiceBox<>(FXCollections.observableArrayList(RestartPolicy.NAMES));
        policy.setId("run-restart");
        policy.valueProperty().bindBidirectional(model.form().restart);
        TextField retries = RunDialogLines.field(model.form().maxRetries, "max retries", 110, "run-max-retries");
        retries.visibleProperty().bind(model.form().restart.isEqualTo("on-failure"));
        return new HBox(8, policy, retries);
    }

    private Node options() {
        RunForm form = model.form();
        return new FlowPane(16, 6,
                check("Run in the background (-d)", form.detach),
                check("Remove when it stops (--rm)", form.autoRemove),
                check("Keep STDIN open (-i)", form.interactive),
                check("Allocate a terminal (-t)", form.tty));
    }

    private static CheckBox check(String text, BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    private void askForCommandLine() {
        TextInputDialog paste = new TextInputDialog();
        paste.initOwner(getDialogPane().getScene().getWindow());
        paste.setTitle("Berth");
        paste.setHeaderText("Paste a docker run command; Berth fills the form from it.");
        paste.getEditor().setPrefColumnCount(60);
        paste.showAndWait().ifPresent(model::pasteCommandLine);
    }
}
