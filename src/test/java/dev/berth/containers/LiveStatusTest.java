package dev.berth.containers;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LiveStatusTest {
    private static final Instant LISTED = Instant.parse("2026-12-02T12:00:00Z");

    private static String after(String status, long seconds) {
        return LiveStatus.at(status, LISTED, LISTED.plusSeconds(seconds));
    }

    @Test
    void aRunningContainersUptimeGrowsFromWhatTheEngineSaid() {
        assertThat(after("Up 5 seconds", 0)).isEqualTo("Up 5 seconds");
        assertThat(after("Up 5 seconds", 10)).isEqualTo("Up 15 seconds");
        assertThat(after("Up Less than a second", 1)).isEqualTo("Up 1 second");
        assertThat(after("Up 50 seconds", 15)).isEqualTo("Up About a minute");
        assertThat(after("Up About a minute", 60)).isEqualTo("Up 2 minutes");
        assertThat(after("Up 59 minutes", 3600)).isEqualTo("Up 2 hours");
        assertThat(after("Up 47 hours", 3600)).isEqualTo("Up 2 days");
    }

    @Test
    void theHealthOrPauseAfterTheUptimeIsKept() {
        assertThat(after("Up 5 seconds (healthy)", 5)).isEqualTo("Up 10 seconds (healthy)");
        assertThat(after("Up 3 minutes (Paused)", 120)).isEqualTo("Up 5 minutes (Paused)");
        assertThat(after("Up 5 seconds (health: starting)", 30)).isEqualTo("Up 35 seconds (health: starting)");
    }

    @Test
    void anExitedContainersAgeGrowsAndKeepsItsExitCode() {
        assertThat(after("Exited (0) 5 seconds ago", 60)).isEqualTo("Exited (0) About a minute ago");
        assertThat(after("Exited (137) 2 hours ago", 86_400)).isEqualTo("Exited (137) 26 hours ago");
        assertThat(after("Exited (-1) 3 weeks ago", 7 * 86_400)).isEqualTo("Exited (-1) 4 weeks ago");
    }

    @Test
    void textWithoutAnAgeOrInAnotherWordingIsLeftAsItIs() {
        assertThat(after("Created", 100)).isEqualTo("Created");
        assertThat(after("Restarting (1) 2 seconds ago", 100)).isEqualTo("Restarting (1) 2 seconds ago");
        assertThat(after("Up forever", 100)).isEqualTo("Up forever");
        assertThat(after("Up 5 seconds ago", 100)).isEqualTo("Up 5 seconds ago");
        assertThat(after("Exited (0) 5 seconds", 100)).isEqualTo("Exited (0) 5 seconds");
        assertThat(LiveStatus.at("Up 5 seconds", LISTED, LISTED.minusSeconds(3))).isEqualTo("Up 5 seconds");
        assertThat(LiveStatus.at(null, LISTED, LISTED.plusSeconds(3))).isNull();
    }

    private static boolean listedAgainAfter(String status, long seconds, String later) {
        return LiveStatus.onlyAged(status, LISTED, later, LISTED.plusSeconds(seconds));
    }

    @Test
    void aListingThatOnlyCountsOnIsTheSameStatus() {
        assertThat(listedAgainAfter("Up 5 seconds", 3, "Up 8 seconds")).isTrue();
        assertThat(listedAgainAfter("Up 5 seconds", 3, "Up 9 seconds")).as("a second of rounding").isTrue();
        assertThat(listedAgainAfter("Up Less than a second", 70, "Up About a minute")).isTrue();
        assertThat(listedAgainAfter("Up 14 minutes (healthy)", 60, "Up 15 minutes (healthy)")).isTrue();
        assertThat(listedAgainAfter("Exited (137) 2 seconds ago", 2, "Exited (137) 4 seconds ago")).isTrue();
        assertThat(listedAgainAfter("Up 3 hours", 1800, "Up 4 hours")).isTrue();
    }

    @Test
    void aListingOfAnotherRunOrAnotherStateIsNot() {
        assertThat(listedAgainAfter("Up 5 minutes", 10, "Up Less than a second")).as("restarted").isFalse();
        assertThat(listedAgainAfter("Up 20 seconds", 20, "Up 5 seconds")).as("restarted").isFalse();
        assertThat(listedAgainAfter("Up 5 seconds", 3, "Up 8 seconds (healthy)")).as("health known").isFalse();
        assertThat(listedAgainAfter("Up 5 seconds", 3, "Up 8 seconds (Paused)")).isFalse();
        assertThat(listedAgainAfter("Up 5 seconds", 3, "Exited (0) Less than a second ago")).isFalse();
        assertThat(listedAgainAfter("Exited (0) 5 seconds ago", 3, "Exited (1) 8 seconds ago")).isFalse();
        assertThat(listedAgainAfter("Created", 3, "Created")).as("no age to count").isFalse();
        assertThat(listedAgainAfter(null, 3, "Up 8 seconds")).isFalse();
    }
}
