package dev.berth.networks;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

import java.util.Map;

/** The two-column form of the network dialogs: a label, a control, and under it the field's problem, if any. */
final class FormGrid extends GridPane {
    private final ObservableValue<Map<NetworkField, String>> problems;
    private int row;

    FormGrid(ObservableValue<Map<NetworkField, String>> problems) {
        this.problems = problems;
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(labels, controls);
        setHgap(12);
        setVgap(6);
        setPadding(new Insets(4, 12, 4, 4));
    }

    /** @param field the field whose problem shows under the control, or null for none */
    Node add(String label, Node control, NetworkField field) {
        Label name = new Label(label);
        name.getStyleClass().add(Styles.TEXT_BOLD);
        name.managedProperty().bind(control.managedProperty());
        name.visibleProperty().bind(control.visibleProperty());
        GridPane.setHgrow(control, Priority.ALWAYS);
        add(name, 0, row);
        add(control, 1, row++);
        if (field != null) {
            Text problem = new Text();
            problem.setId("network-error-" + field.name());
            problem.getStyleClass().add("field-error");
            problem.setWrappingWidth(440); // a long sentence wraps instead of widening the form
            problem.textProperty().bind(problems.map(found -> found.getOrDefault(field, "")));
            problem.managedProperty().bind(problem.textProperty().isNotEmpty());
            problem.visibleProperty().bind(problem.managedProperty());
            add(problem, 1, row++);
        }
        return control;
    }

    static TextField field(StringProperty text, String prompt, double width, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        field.setMaxWidth(width);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    /**
     * Cancel and the dialog's own button, which is enabled while the form has no problem and no call runs, and
     * which keeps the dialog open ({@code onClick} closes it once the engine has answered).
     */
    static void submitButton(DialogPane pane, String label, String id, DialogSubmission submission,
                             ObservableValue<Map<NetworkField, String>> problems, Runnable onClick) {
        ButtonType type = new ButtonType(label, ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(ButtonType.CANCEL, type);
        Button submit = (Button) pane.lookupButton(type);
        submit.setId(id);
        submit.getStyleClass().add(Styles.ACCENT);
        submit.disableProperty().bind(Bindings.createBooleanBinding(
                () -> submission.busyProperty().get() || !problems.getValue().isEmpty(),
                submission.busyProperty(), problems));
        submit.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            onClick.run();
        });
    }
}
