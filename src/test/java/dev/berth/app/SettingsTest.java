package dev.berth.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsTest {
    private final Preferences node = Preferences.userRoot().node("dev/berth-settings-test/" + UUID.randomUUID());
    private final Settings settings = new Settings(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theDockDividerIsRememberedAndAnUnusableOneFallsBackToTheMiddle() {
        assertThat(settings.dockDivider()).isEqualTo(0.5);

        settings.saveDockDivider(0.27);
        assertThat(new Settings(node).dockDivider()).isEqualTo(0.27);

        settings.saveDockDivider(0.0); // a table squeezed to nothing would hide the containers on the next start
        assertThat(new Settings(node).dockDivider()).isEqualTo(0.5);
    }
}
