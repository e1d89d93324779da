package dev.berth.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;

/** The buttons of a form dialog that sends one engine call: Cancel and its own accent button. */
public final class SubmitButton {
    private SubmitButton() {
    }

    /**
     * The button keeps the dialog open ({@code onClick} closes it once the engine has answered), so that a refusal
     * can be shown in the dialog.
     *
     * The button is enabled while {@code valid} holds and the call is not {@code busy}. Forms pass
     * {@link dev.berth.ui.form.ShownProblems#nothingShownProperty}: the button of a form the user has not finished
     * stays pressable, and pressing it shows what is missing.
     */
    public static Button install(DialogPane pane, String label, String id, ObservableBooleanValue busy,
                                 ObservableValue<Boolean> valid, Runnable onClick) {
        ButtonType type = new ButtonType(label, ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(ButtonType.CANCEL, type);
        Button submit = (Button) pane.lookupButton(type);
        submit.setId(id);
        submit.getStyleClass().add(Styles.ACCENT);
        submit.disableProperty().bind(Bindings.createBooleanBinding(
                () -> busy.get() || !Boolean.TRUE.equals(valid.getValue()), busy, valid));
        submit.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            onClick.run();
        });
        return submit;
    }
}
