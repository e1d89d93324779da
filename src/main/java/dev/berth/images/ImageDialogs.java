package dev.berth.images;

import atlantafx.base.theme.Styles;
import dev.berth.ui.CommandLineField;
import dev.berth.ui.ConfirmDialog;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The small questions of the Images tab: a new tag, whether to remove, which .tar file. */
final class ImageDialogs {
    private static final FileChooser.ExtensionFilter TAR = new FileChooser.ExtensionFilter("Image archives (*.tar)",
            "*.tar");

    private ImageDialogs() {
    }

    /** Asks for the new repository:tag, checked as it is typed, with the live `docker tag` line. */
    static Optional<String> askTag(Window owner, ImageRow row) {
        TextInputDialog dialog = new TextInputDialog(row.isDangling() ? "" : row.repository() + ":");
        dialog.initOwner(owner);
        dialog.setTitle("Berth");
        dialog.setHeaderText("Tag " + row.target() + " as…");
        dialog.getEditor().setId("tag-field");
        dialog.getEditor().setPromptText("repository:tag, e.g. 127.0.0.1:5000/team/app:1.0");
        dialog.getEditor().setPrefColumnCount(36);
        Text problem = new Text();
        problem.setId("tag-problem");
        problem.getStyleClass().add("field-error");
        dialog.getEditor().textProperty().subscribe(target -> problem.setText(
                ImagesViewModel.tagProblem(target.strip()).orElse("")));
        ObservableValue<String> command = dialog.getEditor().textProperty().map(target ->
                ImagesViewModel.tagProblem(target.strip()).isPresent() ? "" : ImagesViewModel.tagCommand(row,
                        target.strip()));
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("tag-ok");
        ok.disableProperty().bind(problem.textProperty().isNotEmpty());
        dialog.getDialogPane().setContent(new VBox(6, dialog.getEditor(), problem, new CommandLineField(command)));
        dialog.setOnShown(event -> {
            dialog.getEditor().requestFocus();
            dialog.getEditor().end();
        });
        return dialog.showAndWait().map(String::strip);
    }

    /** @return whether to remove, and with force; empty when the user cancelled */
    static Optional<Boolean> askRemove(Window owner, ImageRow row, int users) {
        CheckBox force = new CheckBox("Force (-f): remove even if containers were made from it");
        force.setId("image-remove-force");
        ObservableValue<String> command = Bindings.createStringBinding(
                () -> ImagesViewModel.removeCommand(row, force.isSelected()), force.selectedProperty());
        String target = row.target() + (users == 0 ? "" : "  (used by " + users + (users == 1 ? " container)"
                : " containers)"));
        Label what = new Label(row.isDangling() ? "Deletes this untagged image."
                : "Removes this tag; the image itself goes when no other tag or container holds it.");
        what.getStyleClass().add(Styles.TEXT_MUTED);
        boolean yes = ConfirmDialog.ask(owner, "Remove this image?", List.of(target), "Remove", command, what, force);
        return yes ? Optional.of(force.isSelected()) : Optional.empty();
    }

    static Optional<Path> askSaveTarget(Window owner, ImageRow row) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save " + row.target() + " to a .tar");
        chooser.getExtensionFilters().add(TAR);
        chooser.setInitialFileName(row.target().replaceAll("[^A-Za-z0-9._-]+", "_") + ".tar");
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    static Optional<Path> askLoadSource(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Load images from a .tar");
        chooser.getExtensionFilters().add(TAR);
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
