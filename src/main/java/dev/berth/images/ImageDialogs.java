package dev.berth.images;

import dev.berth.ui.CommandLineField;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;

import java.util.Optional;

/** The Images tab's one typed question: the new tag of an image. */
final class ImageDialogs {
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
}
