package dev.berth.events;

import dev.berth.testing.FakeEngineGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

import static dev.berth.events.EventsFixtures.died;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationCenterTest {
    private final Preferences prefs = Preferences.userRoot().node("dev/berth-test/notifications-"
            + System.nanoTime());
    private final NotificationSettings settings = new NotificationSettings(prefs);
    private final List<Notification> shown = new ArrayList<>();
    private final NotificationCenter center = new NotificationCenter(settings, Runnable::run, shown::add);
    private final FakeEngineGateway gateway = new FakeEngineGateway();

    @AfterEach
    void forgetSettings() throws Exception {
        center.close();
        prefs.removeNode();
    }

    @Test
    void showsWhatTheRulesFindInTheEngineEvents() {
        center.watch(gateway);
        gateway.emit(died("web", 1, 0));
        gateway.emit(died("ok", 0, 1));

        assertThat(shown).extracting(Notification::title).containsExactly("web exited with code 1");
    }

    @Test
    void aKindTurnedOffStaysQuietAndTheSettingIsRemembered() {
        settings.setEnabled(NotificationKind.CONTAINER_FAILED, false);
        center.watch(gateway);
        gateway.emit(died("web", 1, 0));

        assertThat(shown).isEmpty();
        assertThat(new NotificationSettings(prefs).isEnabled(NotificationKind.CONTAINER_FAILED)).isFalse();
        assertThat(new NotificationSettings(prefs).isEnabled(NotificationKind.UNHEALTHY)).isTrue();
    }

    @Test
    void onlyLongPullsAndBuildsAreNews() {
        center.pullFinished("nginx:1.27", Duration.ofSeconds(3), null);
        center.pullFinished("nginx:1.27", Duration.ofSeconds(72), null);
        center.buildFinished("app:dev", Duration.ofSeconds(15), new IllegalStateException("step 3 failed"));

        assertThat(shown).extracting(Notification::title).containsExactly("Pull of nginx:1.27 finished",
                "Build of app:dev failed after 15 s");
        assertThat(shown.get(0).text()).isEqualTo("It took 1 min 12 s.");
        assertThat(shown.get(0).problem()).isFalse();
        assertThat(shown.get(1).text()).isEqualTo("step 3 failed");
        assertThat(shown.get(1).problem()).isTrue();
    }

    @Test
    void aBurstOfOneKindIsSummedUp() {
        List<Notification> burst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            burst.add(new Notification(NotificationKind.CONTAINER_FAILED, "c" + i + " exited with code 1", "",
                    "container", "c" + i, true));
        }
        burst.add(new Notification(NotificationKind.UNHEALTHY, "api is unhealthy", "", "container", "api", true));

        List<Notification> summed = NotificationCenter.summarize(burst);

        assertThat(summed).extracting(Notification::title).containsExactly(
                "5 notices: a container exits with an error", "api is unhealthy");
        assertThat(summed.get(0).text()).contains("c0 exited with code 1");
    }
}
