package dev.berth.ui.form;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which of a form's problems the user sees: a field's problem once the user has left that field, and every problem
 * once the user has pressed the form's button. A form that was just opened scolds no one; its button stays
 * enabled until a shown problem says why it cannot be sent.
 *
 * @param <F> the fields a problem can point at
 */
public final class ShownProblems<F> {
    private final ObservableValue<? extends Map<F, String>> problems;
    private final ObservableSet<Object> left = FXCollections.observableSet();
    private final BooleanProperty submitted = new SimpleBooleanProperty(this, "submitted", false);
    private final ObjectBinding<Map<F, String>> shown;

    public ShownProblems(ObservableValue<? extends Map<F, String>> problems) {
        this.problems = problems;
        shown = Bindings.createObjectBinding(this::visible, problems, left, submitted);
    }

    private Map<F, String> visible() {
        Map<F, String> all = problems.getValue();
        if (submitted.get()) {
            return all;
        }
        Map<F, String> visible = new LinkedHashMap<>();
        all.forEach((field, problem) -> {
            if (left.contains(field)) {
                visible.put(field, problem);
            }
        });
        return Map.copyOf(visible);
    }

    /** The user left {@code field} (focus moved elsewhere): its problems show from now on. */
    public void left(Object field) {
        left.add(field);
    }

    /** The user pressed the form's button: every problem shows from now on. */
    public void showAll() {
        submitted.set(true);
    }

    /** The problems the user sees, by field; a subset of all problems until {@link #showAll}. */
    public ObjectBinding<Map<F, String>> shownProperty() {
        return shown;
    }

    /** Whether nothing shown stands in the way: the button is enabled (pressing it may show more). */
    public ObservableValue<Boolean> nothingShownProperty() {
        return shown.map(Map::isEmpty);
    }
}
