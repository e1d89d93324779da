package dev.berth.ui.form;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What is wrong with a form, field by field: the first problem found in each field, as a sentence that says how to
 * fix it. Every form's validator builds one the same way and hands the dialog its {@link #asMap()}; a field with no
 * entry is fine.
 */
public final class FieldErrors<F extends Enum<F>> {
    private final EnumMap<F, String> messages;

    public FieldErrors(Class<F> fields) {
        messages = new EnumMap<>(fields);
    }

    /** Records {@code problem} (null for none) unless the field has a problem already: the first one found stays. */
    public FieldErrors<F> add(F field, String problem) {
        if (problem != null) {
            messages.putIfAbsent(field, problem);
        }
        return this;
    }

    public FieldErrors<F> add(F field, Optional<String> problem) {
        return add(field, problem.orElse(null));
    }

    /** Another check's problems, for the fields that have none yet. */
    public FieldErrors<F> addAll(Map<F, String> problems) {
        problems.forEach(this::add);
        return this;
    }

    public boolean has(F field) {
        return messages.containsKey(field);
    }

    /** The problems by field, in the fields' order; empty when the form can be sent. */
    public Map<F, String> asMap() {
        return Collections.unmodifiableMap(new EnumMap<>(messages));
    }
}
