package dev.berth.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected wording is docker/go-units HumanDuration, including its own test table (duration_test.go). */
class RelativeTimeTest {

    private static final Instant NOW = Instant.parse("2024-11-28T12:00:00Z");
    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long WEEK = 7 * DAY;
    private static final long MONTH = 30 * DAY;
    private static final long YEAR = 365 * DAY;

    private static String ago(long seconds) {
        return RelativeTime.since(NOW.minusSeconds(seconds), NOW);
    }

    @ParameterizedTest(name = "{0}s -> {1}")
    @CsvSource({
            "0, Less than a second",
            "1, 1 second",
            "2, 2 seconds",
            "45, 45 seconds",
            "59, 59 seconds",
            "60, About a minute",
            "119, About a minute",
            "120, 2 minutes",
            "180, 3 minutes",
            "3599, 59 minutes",
            "3600, About an hour",
    })
    void secondsAndMinutes(long seconds, String expected) {
        assertThat(ago(seconds)).isEqualTo(expected);
    }

    @Test
    void subSecondAgeIsLessThanASecond() {
        assertThat(RelativeTime.since(NOW.minusMillis(999), NOW)).isEqualTo("Less than a second");
    }

    @Test
    void hoursAreRoundedToTheNearestLikeGoUnits() {
        assertThat(ago(HOUR + 29 * MINUTE + 59)).isEqualTo("About an hour");
        assertThat(ago(HOUR + 30 * MINUTE)).isEqualTo("2 hours");
        assertThat(ago(HOUR + 45 * MINUTE)).isEqualTo("2 hours");
        assertThat(ago(3 * HOUR + 59 * MINUTE)).isEqualTo("4 hours");
        assertThat(ago(5 * HOUR)).isEqualTo("5 hours");
        assertThat(ago(36 * HOUR)).isEqualTo("36 hours");
        assertThat(ago(47 * HOUR)).isEqualTo("47 hours");
        assertThat(ago(47 * HOUR + 30 * MINUTE)).isEqualTo("2 days");
    }

    @Test
    void daysAndWeeks() {
        assertThat(ago(2 * DAY)).isEqualTo("2 days");
        assertThat(ago(3 * DAY)).isEqualTo("3 days");
        assertThat(ago(13 * DAY + 5 * HOUR)).isEqualTo("13 days");
        assertThat(ago(2 * WEEK)).isEqualTo("2 weeks");
        assertThat(ago(2 * WEEK + 4 * DAY)).isEqualTo("2 weeks");
        assertThat(ago(3 * WEEK)).isEqualTo("3 weeks");
        assertThat(ago(4 * WEEK + 3 * DAY)).isEqualTo("4 weeks");
        assertThat(ago(MONTH)).isEqualTo("4 weeks");
        assertThat(ago(MONTH + 2 * WEEK)).isEqualTo("6 weeks");
    }

    @Test
    void monthsAndYears() {
        assertThat(ago(2 * MONTH)).isEqualTo("2 months");
        assertThat(ago(3 * MONTH + WEEK)).isEqualTo("3 months");
        assertThat(ago(13 * MONTH)).isEqualTo("13 months");
        assertThat(ago(24 * MONTH)).isEqualTo("24 months");
        assertThat(ago(24 * MONTH + 2 * WEEK)).isEqualTo("2 years");
        assertThat(ago(2 * YEAR)).isEqualTo("2 years");
        assertThat(ago(3 * YEAR + 2 * MONTH)).isEqualTo("3 years");
    }

    @Test
    void futureTimesClampToLessThanASecond() {
        assertThat(RelativeTime.since(NOW.plusSeconds(90), NOW)).isEqualTo("Less than a second");
        assertThat(RelativeTime.since(NOW.plus(Duration.ofMillis(500)), NOW)).isEqualTo("Less than a second");
    }
}
