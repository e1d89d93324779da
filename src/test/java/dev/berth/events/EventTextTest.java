package dev.berth.events;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import static dev.berth.events.EventsFixtures.T0;
import static dev.berth.events.EventsFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

class EventTextTest {
    private static final String LONG_ID = "3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e";

    @Test
    void actorsReadAsNameAndShortIdOrJustTheIdWhenThereIsNoName() {
        assertThat(EventText.actor(event("container", "start", LONG_ID, 0, Map.of("name", "web"))))
                .isEqualTo("web (3f4e5d6c7b8a)");
        assertThat(EventText.actor(event("volume", "create", "data", 0, Map.of("driver", "local")))).isEqualTo("data");
        assertThat(EventText.actor(event("image", "tag", "sha256:" + LONG_ID, 0, Map.of("name", "app:1"))))
                .isEqualTo("app:1 (3f4e5d6c7b8a)");
    }

    @Test
    void detailsShowWhatMattersForTheAction() {
        assertThat(EventText.details(event("container", "die", "c", 0, Map.of("exitCode", "137", "image", "nginx"))))
                .isEqualTo("exit code 137 · image nginx");
        assertThat(EventText.details(event("container", "kill", "c", 0, Map.of("signal", "15", "image", "nginx"))))
                .isEqualTo("signal 15 · image nginx");
        assertThat(EventText.details(event("container", "health_status: unhealthy", "c", 0, Map.of())))
                .isEqualTo("unhealthy");
        assertThat(EventText.details(event("network", "connect", "n", 0, Map.of("container", LONG_ID,
                "type", "bridge")))).isEqualTo("container 3f4e5d6c7b8a · driver bridge");
        assertThat(EventText.details(event("image", "tag", "sha256:x", 0, Map.of("name", "app:1"))))
                .isEqualTo("app:1");
    }

    @Test
    void aGapSaysBetweenWhichTimesEventsAreMissing() {
        FeedEntry.Gap gap = new FeedEntry.Gap(T0.plusSeconds(4), T0.plusSeconds(9));

        assertThat(EventText.gap(gap, ZoneOffset.UTC)).isEqualTo("No events between 12:03:04 and 12:03:09 — the "
                + "engine keeps only a short history; what it still had follows.");
        assertThat(EventText.gapSpan(gap.from(), gap.until(), ZoneOffset.UTC)).isEqualTo("No events 12:03:04–12:03:09");
    }

    @Test
    void timesReadToTheMillisecondInTheGivenZone() {
        assertThat(EventText.time(T0.plusMillis(4_007), ZoneOffset.UTC)).isEqualTo("12:03:04.007");
        assertThat(EventText.time(T0.plusMillis(4_007), ZoneId.of("Asia/Kolkata"))).isEqualTo("17:33:04.007");
        assertThat(EventText.time(T0.plusNanos(999_999_999), ZoneId.of("America/Los_Angeles")))
                .isEqualTo("04:03:00.999");
        assertThat(EventText.time(Instant.parse("2026-12-01T02:00:00.5Z"), ZoneOffset.ofHours(-5)))
                .isEqualTo("21:00:00.500");
    }

    @Test
    void baseActionDropsTheDetailsAfterTheColon() {
        assertThat(EventText.baseAction("exec_create: sh -c ls")).isEqualTo("exec_create");
        assertThat(EventText.baseAction("start")).isEqualTo("start");
    }
}
