package dev.berth.ui;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DistinctValueTest {
    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");
    private final SimpleObjectProperty<Instant> now = new SimpleObjectProperty<>(START.plusSeconds(300));
    private final SimpleStringProperty state = new SimpleStringProperty("Up");

    @Test
    void observersHearOnlyOfADifferentValue() {
        ObservableValue<String> status = DistinctValue.of(
                () -> state.get() + " " + RelativeTime.since(START, now.get()), now, state);
        List<String> heard = new ArrayList<>();
        List<Object> invalidated = new ArrayList<>();
        status.addListener((observable, old, value) -> heard.add(value));
        status.addListener(invalidated::add);

        for (int second = 1; second <= 50; second++) {
            now.set(START.plusSeconds(300 + second));
        }
        assertThat(invalidated).as("ticks that change no words").isEmpty();

        now.set(START.plusSeconds(360));
        state.set("Exited");

        assertThat(heard).containsExactly("Up 6 minutes", "Exited 6 minutes");
        assertThat(status.getValue()).isEqualTo("Exited 6 minutes");
    }
}
