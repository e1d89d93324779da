package dev.berth.ui;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class AgeTextTest {
    private static final Instant CREATED = Instant.parse("2026-12-07T10:00:00Z");
    private final SimpleObjectProperty<Instant> now = new SimpleObjectProperty<>(CREATED.plusSeconds(300));
    private final StringProperty text = new SimpleStringProperty();
    private final Map<Object, Object> keeper = new HashMap<>();

    @Test
    void theTextFollowsTheClock() {
        AgeText.follow(text, keeper, now, at -> RelativeTime.since(CREATED, at) + " ago");
        assertThat(text.get()).isEqualTo("5 minutes ago");

        now.set(CREATED.plusSeconds(3 * 3600));

        assertThat(text.get()).isEqualTo("3 hours ago");
    }

    @Test
    void aTickThatChangesNoWordsLeavesTheLabelAlone() {
        AgeText.follow(text, keeper, now, at -> RelativeTime.since(CREATED, at) + " ago");
        AtomicInteger relayouts = new AtomicInteger();
        text.addListener(changed -> relayouts.incrementAndGet());

        for (int second = 1; second <= 50; second++) {
            now.set(CREATED.plusSeconds(300 + second));
        }
        assertThat(relayouts).as("ticks within the same minute").hasValue(0);

        now.set(CREATED.plusSeconds(360));
        assertThat(relayouts).hasValue(1);
        assertThat(text.get()).isEqualTo("6 minutes ago");
    }
}
