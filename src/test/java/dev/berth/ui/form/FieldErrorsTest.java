package dev.berth.ui.form;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class FieldErrorsTest {
    private enum Field { NAME, PORTS, LABELS }

    @Test
    void keepsTheFirstProblemOfEachFieldAndNoneForNull() {
        Map<Field, String> problems = new FieldErrors<>(Field.class)
                .add(Field.PORTS, "Port 0 is out of range.")
                .add(Field.NAME, (String) null)
                .add(Field.PORTS, "Port 80 is published twice.")
                .add(Field.LABELS, Optional.empty())
                .asMap();

        assertThat(problems).containsExactly(entry(Field.PORTS, "Port 0 is out of range."));
    }

    @Test
    void anotherChecksProblemsFillOnlyTheFieldsThatHaveNone() {
        FieldErrors<Field> errors = new FieldErrors<>(Field.class).add(Field.NAME, Optional.of("Enter a name."));
        errors.addAll(Map.of(Field.NAME, "Taken.", Field.LABELS, "A label needs a key."));

        assertThat(errors.has(Field.LABELS)).isTrue();
        assertThat(errors.has(Field.PORTS)).isFalse();
        assertThat(errors.asMap()).containsExactly(entry(Field.NAME, "Enter a name."),
                entry(Field.LABELS, "A label needs a key."));
    }

    @Test
    void theMapIsASnapshot() {
        FieldErrors<Field> errors = new FieldErrors<>(Field.class);
        Map<Field, String> before = errors.asMap();
        errors.add(Field.NAME, "Enter a name.");

        assertThat(before).isEmpty();
        assertThat(errors.asMap()).hasSize(1);
    }
}
