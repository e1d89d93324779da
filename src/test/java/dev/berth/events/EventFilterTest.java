package dev.berth.events;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static dev.berth.events.EventsFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

class EventFilterTest {
    private final FeedEntry die = new FeedEntry.Event(event("container", "die", "abc123", 0, Map.of("name", "Web",
            "exitCode", "1")));

    @Test
    void matchesOnTypeActionPrefixAndTextAnywhereIgnoringCase() {
        assertThat(new EventFilter("container", "", "").matches(die)).isTrue();
        assertThat(new EventFilter("image", "", "").matches(die)).isFalse();
        assertThat(new EventFilter(null, "DI", "").matches(die)).isTrue();
        assertThat(new EventFilter(null, "start", "").matches(die)).isFalse();
        assertThat(new EventFilter(null, "", "web").matches(die)).isTrue();
        assertThat(new EventFilter(null, "", "ABC1").matches(die)).isTrue();
        assertThat(new EventFilter(null, "", "exitcode=1").matches(die)).isTrue();
        assertThat(new EventFilter(null, "", "nginx").matches(die)).isFalse();
    }

    @Test
    void gapMarkersAlwaysPass() {
        FeedEntry gap = new FeedEntry.Gap(Instant.EPOCH, Instant.EPOCH.plusSeconds(5));
        assertThat(new EventFilter("image", "pull", "nothing like it").matches(gap)).isTrue();
    }

    @Test
    void blankAndNullMeanEverything() {
        assertThat(new EventFilter(null, null, null).isEmpty()).isTrue();
        assertThat(new EventFilter(null, "  ", " ").matches(die)).isTrue();
    }
}
