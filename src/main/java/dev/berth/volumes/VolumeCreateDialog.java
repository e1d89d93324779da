package dev.berth.volumes;

import atlantafx.base.theme.Styles;
import dev.berth.containers.run.KeyValueRow;
import dev.berth.daemon.VolumeSummary;
import dev.berth.ui.CommandLine;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.RowsEditor;
import dev.berth.ui.Theme;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;

import java.util.function.Consumer;

/** The `docker volume create` dialog: a checked form with its live CLI line; it stays open until the engine answers. */
final class VolumeCreateDialog extends Dialog<VolumeSummary> {
    private final GridPane grid = new GridPane();
    private int gridRow;

    VolumeCreateDialog(Window owner, VolumeCreateViewModel model, Consumer<VolumeSummary> onCreated) {
        initOwner(owner);
        setTitle("Create a volume");
        setHeaderText("A named volume keeps data outside any container, under the engine's volumes folder.");
        setResizable(true);
        getDialogPane().getStylesheets().add(Theme.BERTH_CSS);
        getDialogPane().getStyleClass().add("volume-create-dialog");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, controls);
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 4, 4, 4));

        TextField name = field(model.nameProperty(), "a name, or blank for a random one", "volume-name");
        add("Name", name);
        ComboBox<String> driver = new ComboBox<>(FXCollections.observableArrayList("local"));
        driver.setId("volume-driver");
        driver.setEditable(true);
        driver.getEditor().textProperty().bindBidirectional(model.driverProperty());
        add("Driver", driver);
        add("Driver options", new RowsEditor<>("volume-opt", "Add option", model.options(), () -> new KeyValueRow("", ""),
                (row, index) -> pair(row, index, "volume-opt", "type")));
        add("Labels", new RowsEditor<>("volume-label", "Add label", model.labels(), () -> new KeyValueRow("", ""),
                (row, index) -> pair(row, index, "volume-label", "key")));
        Text problem = new Text();
        problem.setId("volume-create-problem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problemProperty());
        problem.setWrappingWidth(460);
        grid.add(problem, 1, gridRow++);
        Label hint = new Label("With the local driver, options such as type=tmpfs, device=tmpfs, o=size=64m mount a"
                + " tmpfs or an NFS share instead of a folder.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setPrefWidth(460); // wrapped text would otherwise ask for the whole line's width
        hint.setMinHeight(Region.USE_PREF_SIZE);
        grid.add(hint, 1, gridRow++);

        CommandLine command = new CommandLine(model.commandLineProperty());
        command.setId("volume-command-line");
        getDialogPane().setContent(new VBox(10, new NoticeBanner(model.noticeProperty(), model::dismissNotice), grid,
                command));
        getDialogPane().setPrefWidth(640);

        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, create);
        Button createButton = (Button) getDialogPane().lookupButton(create);
        createButton.setId("volume-create-submit");
        createButton.getStyleClass().add(Styles.ACCENT);
        createButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.busyProperty().get() || !model.problemProperty().get().isEmpty(),
                model.busyProperty(), model.problemProperty()));
        createButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // stays open until the engine has answered, so a refusal is shown here
            model.submit().thenAccept(made -> {
                if (made != null) {
                    setResult(made);
                    close();
                    onCreated.accept(made);
                }
            });
        });
        setResultConverter(button -> null);
        setOnShown(event -> name.requestFocus());
        // A dialog keeps the size it opened with; each added line would push the buttons out of it.
        ListChangeListener<KeyValueRow> grow = change -> Platform.runLater(() -> {
            if (getDialogPane().getScene() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        model.options().addListener(grow);
        model.labels().addListener(grow);
    }

    private void add(String label, Node control) {
        Label name = new Label(label);
        name.getStyleClass().add(Styles.TEXT_BOLD);
        GridPane.setHgrow(control, Priority.ALWAYS);
        grid.add(name, 0, gridRow);
        grid.add(control, 1, gridRow++);
    }

    private static Node[] pair(KeyValueRow row, int index, String idPrefix, String keyPrompt) {
        TextField key = field(row.keyProperty(), keyPrompt, idPrefix + "-key-" + index);
        key.setPrefWidth(200);
        TextField value = field(row.valueProperty(), "value", idPrefix + "-value-" + index);
        value.setPrefWidth(260);
        return new Node[] {key, new Label("="), value};
    }

    private static TextField field(StringProperty value, String prompt, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
