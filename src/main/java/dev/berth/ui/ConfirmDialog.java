package dev.berth.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;

/**
 * Asks before anything destructive: names every target and shows, live, the `docker …` line it equals.
 */
public final class ConfirmDialog {
    private ConfirmDialog() {
    }

    /**
     * @param options extra controls (e.g. "also remove volumes") that change {@code commandLine}; may be empty
     * @return whether the user confirmed
     */
    public static boolean ask(Window owner, String question, List<String> targets, String confirmLabel,
                              ObservableValue<String> commandLine, Node... options) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle("Berth");
        alert.setHeaderText(question);
        VBox content = new VBox(8);
        for (String target : targets) {
            Label name = new Label("• " + target);
            name.getStyleClass().add(Styles.TEXT_BOLD);
            content.getChildren().add(name);
        }
        content.getChildren().addAll(options);
        content.getChildren().add(new CommandLineField(commandLine));
        alert.getDialogPane().setContent(content);
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(ButtonType.CANCEL, confirm);
        alert.getDialogPane().lookupButton(confirm).getStyleClass().add(Styles.DANGER);
        alert.getDialogPane().lookupButton(confirm).setId("confirm-button");
        // Enter must not destroy anything: Cancel is the default button.
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }
}
