package dev.berth.daemon.volumes;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongPredicate;

import static org.assertj.core.api.Assertions.assertThat;

class HelperOwnerTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant MINUTE_AGO = NOW.minusSeconds(60);
    private static final LongPredicate ONLY_42_RUNS = pid -> pid == 42;

    private static boolean leftover(String owner, String state, Instant created) {
        return HelperOwner.isLeftover(owner, state, created, NOW, "laptop", ONLY_42_RUNS);
    }

    @Test
    void aHelperOfAProcessOfThisHostThatIsGoneIsLeftOverAtOnce() {
        assertThat(leftover("laptop:7", "created", MINUTE_AGO)).isTrue();
        assertThat(leftover("laptop:42", "created", MINUTE_AGO)).as("its Berth still runs").isFalse();
        assertThat(leftover("laptop:42", "created", NOW.minus(Duration.ofDays(3)))).as("still runs, however old")
                .isFalse();
    }

    @Test
    void aHelperFromElsewhereOrWithAnUnreadableLabelGoesOnlyOnceADayOld() {
        assertThat(leftover("build-server:7", "created", MINUTE_AGO)).isFalse();
        assertThat(leftover("true", "created", MINUTE_AGO)).isFalse();
        assertThat(leftover("laptop:x", "created", MINUTE_AGO)).isFalse();
        assertThat(leftover(null, "created", MINUTE_AGO)).isFalse();
        assertThat(leftover("build-server:7", "created", NOW.minus(Duration.ofHours(25)))).isTrue();
        assertThat(leftover("true", "created", NOW.minus(Duration.ofHours(25)))).isTrue();
    }

    @Test
    void aStartedContainerIsNotABerthHelperAndStays() {
        assertThat(leftover("laptop:7", "running", MINUTE_AGO)).isFalse();
        assertThat(leftover("laptop:7", "exited", NOW.minus(Duration.ofDays(3)))).isFalse();
    }

    @Test
    void thisProcessIsNamedByHostAndPid() {
        assertThat(HelperOwner.ofThisProcess()).isEqualTo(HelperOwner.thisHost() + ":" + ProcessHandle.current().pid());
    }
}
