package dev.berth.events;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.berth.events.EventsFixtures.container;
import static dev.berth.events.EventsFixtures.died;
import static dev.berth.events.EventsFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationRulesTest {
    private final NotificationRules rules = new NotificationRules();

    @Test
    void aContainerThatExitsWithAnErrorIsNews() {
        Notification notice = rules.noticeFor(died("web", 2, 0)).orElseThrow();

        assertThat(notice.kind()).isEqualTo(NotificationKind.CONTAINER_FAILED);
        assertThat(notice.title()).isEqualTo("web exited with code 2");
        assertThat(notice.targetType()).isEqualTo("container");
        assertThat(notice.targetId()).isEqualTo("web-id");
    }

    @Test
    void aCleanExitIsNot() {
        assertThat(rules.noticeFor(died("web", 0, 0))).isEmpty();
    }

    @Test
    void aDieRightAfterAKillIsTheKillSomeoneAskedFor() {
        rules.noticeFor(event("container", "kill", "web-id", 0, Map.of("name", "web", "signal", "15")));

        assertThat(rules.noticeFor(died("web", 143, 1))).isEmpty();
        assertThat(rules.noticeFor(died("web", 1, 90))).isPresent(); // the kill explained only the die after it
    }

    @Test
    void aKillLongBeforeExplainsNothing() {
        rules.noticeFor(event("container", "kill", "web-id", 0, Map.of("name", "web", "signal", "15")));

        assertThat(rules.noticeFor(died("web", 1, 60))).isPresent();
    }

    @Test
    void anOutOfMemoryKillHasItsOwnNoticeAndItsDieNone() {
        Notification oom = rules.noticeFor(container("oom", "hog", 0)).orElseThrow();

        assertThat(oom.kind()).isEqualTo(NotificationKind.OUT_OF_MEMORY);
        assertThat(oom.title()).isEqualTo("hog ran out of memory");
        assertThat(rules.noticeFor(died("hog", 137, 0))).isEmpty();
    }

    @Test
    void onlyTheTurnToUnhealthyIsNews() {
        assertThat(rules.noticeFor(container("health_status: healthy", "api", 0))).isEmpty();
        assertThat(rules.noticeFor(container("health_status: unhealthy", "api", 1)).orElseThrow().kind())
                .isEqualTo(NotificationKind.UNHEALTHY);
    }

    @Test
    void otherTypesAreNotNews() {
        assertThat(rules.noticeFor(event("image", "die", "x", 0, Map.of("exitCode", "1")))).isEmpty();
        assertThat(rules.noticeFor(container("start", "web", 0))).isEmpty();
    }
}
