package dev.berth.ui;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class StyleClassesTest {
    private static final Predicate<String> STATE = style -> style.startsWith("state-") && !style.equals("state-badge");
    private final ObservableList<String> classes = FXCollections.observableArrayList("label", "state-badge");

    @Test
    void theClassItAlreadyHasChangesNothing() {
        StyleClasses.setOneOf(classes, STATE, "state-running");
        AtomicInteger changes = new AtomicInteger();
        classes.addListener((ListChangeListener<String>) change -> changes.incrementAndGet());

        StyleClasses.setOneOf(classes, STATE, "state-running");

        assertThat(changes).as("no change that would make the node's CSS be worked out again").hasValue(0);
        assertThat(classes).containsExactly("label", "state-badge", "state-running");
    }

    @Test
    void anotherClassOfTheFamilyTakesItsPlaceAndTheOthersStay() {
        StyleClasses.setOneOf(classes, STATE, "state-running");

        StyleClasses.setOneOf(classes, STATE, "state-exited");

        assertThat(classes).containsExactly("label", "state-badge", "state-exited");
    }

    @Test
    void noneRemovesTheFamilyOnly() {
        classes.addAll("state-paused", "state-busy");

        StyleClasses.setOneOf(classes, STATE, null);

        assertThat(classes).containsExactly("label", "state-badge");
    }
}
