package dev.berth.volumes;

import dev.berth.daemon.files.FileEntry;
import dev.berth.testing.FakeVolumeOperations;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VolumeBrowserViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final FakeVolumeOperations volumes = new FakeVolumeOperations();
    private final VolumeBrowserViewModel browser = new VolumeBrowserViewModel(volumes, Runnable::run);

    private static FileEntry folder(String path) {
        return new FileEntry(path, FileEntry.Kind.FOLDER, 100, NOW, 0755, "", FileEntry.Owner.ROOT);
    }

    private static FileEntry file(String path) {
        return new FileEntry(path, FileEntry.Kind.FILE, 10, NOW, 0644, "", FileEntry.Owner.ROOT);
    }

    @Test
    void opensFoldersAndGoesBackUpWithTheBreadcrumbFollowing() {
        volumes.setFolder("web", "", List.of(folder("logs"), file("a.txt")));
        volumes.setFolder("web", "logs", List.of(folder("logs/old"), file("logs/app.log")));
        volumes.setFolder("web", "logs/old", List.of());

        browser.show("web");
        assertThat(browser.entries()).extracting(FileEntry::name).containsExactly("logs", "a.txt");
        browser.enter(browser.entries().get(1)); // a file: nothing to open
        assertThat(browser.folderProperty().get()).isEmpty();
        browser.enter(browser.entries().get(0));
        browser.enter(browser.entries().get(0));

        assertThat(browser.folderProperty().get()).isEqualTo("logs/old");
        assertThat(browser.crumbs()).containsExactly("", "logs", "logs/old");
        assertThat(browser.entries()).isEmpty();
        browser.up();
        assertThat(browser.entries()).extracting(FileEntry::path).containsExactly("logs/old", "logs/app.log");
    }

    @Test
    void aFailedListingIsShownAndNothingElseSelectedShowsNothing() {
        browser.show("gone");
        assertThat(browser.notice().get().sentence()).isEqualTo("No folder  in gone.");
        assertThat(browser.loadingProperty().get()).isFalse();

        browser.show(null);
        assertThat(browser.entries()).isEmpty();
        assertThat(browser.notice().get()).isNull();
    }

    @Test
    void entriesSayTheirPermissionsAsLsDoes() {
        assertThat(new FileEntry("run.sh", FileEntry.Kind.FILE, 1, NOW, 0750, "", FileEntry.Owner.ROOT).permissions())
                .isEqualTo("rwxr-x---");
        assertThat(file("logs/app.log").name()).isEqualTo("app.log");
    }
}
