package dev.berth.images.build;

import atlantafx.base.theme.Styles;
import dev.berth.ui.FormGrid;
import dev.berth.ui.Icons;
import dev.berth.ui.form.KeyValueRow;
import dev.berth.ui.text.SecretText;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.io.File;
import java.util.function.Supplier;

/** The controls of the Build dialog's lines: paths with a chooser, build arguments, labels and secrets. */
final class BuildDialogLines {
    private BuildDialogLines() {
    }

    /** A path field with a chooser button; {@code folder} picks a folder, otherwise a file. */
    static Node path(StringProperty text, String prompt, String id, boolean folder, Supplier<Window> owner) {
        TextField field = FormGrid.field(text, prompt, 420, id);
        HBox.setHgrow(field, Priority.ALWAYS);
        Button browse = new Button(null, Icons.of(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        browse.setId(id + "-browse");
        browse.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        browse.setTooltip(new Tooltip(folder ? "Choose a folder" : "Choose a file"));
        browse.setOnAction(event -> {
            File chosen = folder ? new DirectoryChooser().showDialog(owner.get())
                    : new FileChooser().showOpenDialog(owner.get());
            if (chosen != null) {
                text.set(chosen.getAbsolutePath());
            }
        });
        return new HBox(4, field, browse);
    }

    /** A build argument; a warning sign marks names that look like secrets. */
    static Node[] buildArg(KeyValueRow row, int index) {
        TextField key = FormGrid.field(row.keyProperty(), "NAME", 180, "build-arg-key-" + index);
        TextField value = FormGrid.field(row.valueProperty(), "value", 280, "build-arg-value-" + index);
        HBox.setHgrow(value, Priority.ALWAYS);
        Label warning = new Label(null, Icons.of(MaterialDesignA.ALERT_OUTLINE));
        warning.getStyleClass().add(Styles.WARNING);
        warning.setTooltip(new Tooltip("Looks like a secret: build arguments stay readable in the image history"));
        warning.visibleProperty().bind(row.keyProperty().map(name -> !name.isBlank() && SecretText.looksSecret(name)));
        return new Node[] {key, new Label("="), value, warning};
    }

    static Node[] label(KeyValueRow row, int index) {
        TextField key = FormGrid.field(row.keyProperty(), "key", 200, "build-label-key-" + index);
        TextField value = FormGrid.field(row.valueProperty(), "value", 280, "build-label-value-" + index);
        HBox.setHgrow(value, Priority.ALWAYS);
        return new Node[] {key, new Label("="), value};
    }

    /** A secret: its id, and the file whose content the RUN steps see at /run/secrets/{id}. */
    static Node[] secret(KeyValueRow row, int index, Supplier<Window> owner) {
        TextField id = FormGrid.field(row.keyProperty(), "id", 140, "build-secret-id-" + index);
        Node file = path(row.valueProperty(), "file holding the secret", "build-secret-file-" + index, false, owner);
        HBox.setHgrow(file, Priority.ALWAYS);
        return new Node[] {id, new Label("←"), file};
    }
}
