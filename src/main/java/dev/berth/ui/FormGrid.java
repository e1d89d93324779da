package dev.berth.ui;

import atlantafx.base.theme.Styles;
import dev.berth.ui.form.ShownProblems;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A dialog's form: bold labels on the left, controls filling the rest, and under a control the problem its
 * validator found (taking no room while there is none).
 */
public final class FormGrid extends GridPane {
    private int row;
    private double problemWrappingWidth;
    private boolean labelsCentered;
    private ShownProblems<?> problems;
    private String problemIdPrefix;

    public FormGrid() {
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(labels, controls);
        setHgap(12);
        setVgap(6);
        setPadding(new Insets(4, 12, 4, 4));
    }

    /** How wide a problem's sentence may get before it wraps; 0 (the default) lets it take the line. */
    public void setProblemWrappingWidth(double width) {
        problemWrappingWidth = width;
    }

    /**
     * Whether labels sit in the middle of their rows (for short forms) instead of at the first line of a row of
     * several lines; applies to the rows added after it.
     */
    public void setLabelsCentered(boolean centered) {
        labelsCentered = centered;
    }

    /** A labelled row; the label shows and hides with its control. */
    public Label add(String label, Node control) {
        Label name = new Label(label);
        name.getStyleClass().add(Styles.TEXT_BOLD);
        name.managedProperty().bind(control.managedProperty());
        name.visibleProperty().bind(control.visibleProperty());
        if (!labelsCentered) {
            name.getStyleClass().add("form-label"); // level with a text field's text
            GridPane.setValignment(name, VPos.TOP); // rows of several lines keep their label at the first
        }
        GridPane.setHgrow(control, Priority.ALWAYS);
        add(name, 0, row);
        add(control, 1, row++);
        return name;
    }

    /** A labelled row with its problem shown below it; {@code problemId} names the problem's node. */
    public Label add(String label, Node control, String problemId, ObservableValue<String> problem) {
        Label name = add(label, control);
        Text shown = new Text();
        shown.setId(problemId);
        shown.getStyleClass().add("field-error");
        shown.setWrappingWidth(problemWrappingWidth);
        shown.textProperty().bind(problem);
        shown.managedProperty().bind(shown.textProperty().isNotEmpty());
        shown.visibleProperty().bind(shown.managedProperty());
        addLine(shown);
        return name;
    }

    /** A line under the controls with no label of its own, such as a hint. */
    public void addLine(Node line) {
        add(line, 1, row++);
    }

    /**
     * Where {@link #add(String, Node, Enum)} finds a field's problem: in the problems the user sees by field; each
     * shown problem's node is named {@code idPrefix} + the field's name. Leaving a field's control shows its problem.
     */
    public void showProblems(ShownProblems<?> problems, String idPrefix) {
        this.problems = problems;
        this.problemIdPrefix = idPrefix;
    }

    /** A labelled row with {@code field}'s problem below it, or none when {@code field} is null. */
    public Label add(String label, Node control, Enum<?> field) {
        if (field == null) {
            return add(label, control);
        }
        ShownProblems<?> shown = problems;
        // The focus owner moving on, not the field's focus: that also drops while the user visits another window.
        control.sceneProperty().flatMap(Scene::focusOwnerProperty).addListener((focus, was, now) -> {
            if (now != null && within(was, control) && !within(now, control)) {
                shown.left(field);
            }
        });
        return add(label, control, problemIdPrefix + field.name(),
                problems.shownProperty().map(found -> found.getOrDefault(field, "")));
    }

    private static boolean within(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A text field bound both ways to {@code text}. */
    public static TextField field(StringProperty text, String prompt, double width, String id) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(text);
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        field.setId(id);
        return field;
    }

    /** A text field bound both ways to {@code text} that keeps its width instead of taking the whole line. */
    public static TextField fixedField(StringProperty text, String prompt, double width, String id) {
        TextField field = field(text, prompt, width, id);
        field.setMaxWidth(width);
        return field;
    }
}
