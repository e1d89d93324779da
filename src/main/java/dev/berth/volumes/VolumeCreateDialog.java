package dev.berth.volumes;

import atlantafx.base.theme.Styles;
import dev.berth.daemon.volumes.VolumeSummary;
import dev.berth.ui.CommandLineField;
import dev.berth.ui.FormGrid;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.SubmitButton;
import dev.berth.ui.Theme;
import dev.berth.ui.form.KeyValueRow;
import dev.berth.ui.form.RowsEditor;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;

import java.util.function.Consumer;

/** The `docker volume create` dialog: a checked form with its live CLI line; it stays open until the engine answers. */
final class VolumeCreateDialog extends Dialog<VolumeSummary> {
    VolumeCreateDialog(Window owner, VolumeCreateViewModel model, Consumer<VolumeSummary> onCreated) {
        initOwner(owner);
        setTitle("Create a volume");
        setHeaderText("A named volume keeps data outside any container, under the engine's volumes folder.");
        setResizable(true);
        getDialogPane().getStylesheets().add(Theme.BERTH_CSS);
        getDialogPane().getStyleClass().add("volume-create-dialog");
        FormGrid grid = new FormGrid();
        grid.setLabelsCentered(true);
        grid.setPadding(new Insets(4));

        TextField name = field(model.nameProperty(), "a name, or blank for a random one", "volume-name");
        grid.add("Name", name);
        ComboBox<String> driver = new ComboBox<>(FXCollections.observableArrayList("local"));
        driver.setId("volume-driver");
        driver.setEditable(true);
        driver.getEditor().textProperty().bindBidirectional(model.driverProperty());
        grid.add("Driver", driver);
        grid.add("Driver options", new RowsEditor<>("volume-opt", "Add option", model.options(), () -> new KeyValueRow("", ""),
                (row, index) -> pair(row, index, "volume-opt", "type")));
        grid.add("Labels", new RowsEditor<>("volume-label", "Add label", model.labels(), () -> new KeyValueRow("", ""),
                (row, index) -> pair(row, index, "volume-label", "key")));
        Text problem = new Text();
        problem.setId("volume-create-problem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problemProperty());
        problem.setWrappingWidth(460);
        grid.addLine(problem);
        Label hint = new Label("With the local driver, options such as type=tmpfs, device=tmpfs, o=size=64m mount a"
                + " tmpfs or an NFS share instead of a folder.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setPrefWidth(460); // wrapped text would otherwise ask for the whole line's width
        hint.setMinHeight(Region.USE_PREF_SIZE);
        grid.addLine(hint);

        CommandLineField command = new CommandLineField(model.commandLineProperty());
        command.setId("volume-command-line");
        getDialogPane().setContent(new VBox(10, new NoticeBanner(model.submission().notice()), grid,
                command));
        getDialogPane().setPrefWidth(640);

        SubmitButton.install(getDialogPane(), "Create", "volume-create-submit", model.submission().busyProperty(),
                model.problemProperty().isEmpty(), () -> model.submit().thenAccept(made -> {
                    if (made != null) {
                        setResult(made);
                        close();
                        onCreated.accept(made);
                    }
                }));
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
