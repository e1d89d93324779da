package dev.berth.volumes;

import dev.berth.daemon.files.FileEntry;
import dev.berth.testing.FakeVolumeOperations;
import dev.berth.ui.files.FileBrowserViewModel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VolumeBrowserViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final FakeVolumeOperations volumes = new FakeVolumeOperations();
    private final VolumeBrowserViewModel browser = new VolumeBrowserViewModel(volumes, Runnable::run);
    private final FileBrowserViewModel files = browser.files();

    private static FileEntry folder(String path) {
        return new FileEntry(path, FileEntry.Kind.FOLDER, 100, NOW, 0755, "", FileEntry.Owner.ROOT);
    }

    private static FileEntry file(String path) {
        return new FileEntry(path, FileEntry.Kind.FILE, 10, NOW, 0644, "", FileEntry.Owner.ROOT);
    }

    @Test
    void opensFoldersAndGoesBackUpWithThePathFollowing() {
        volumes.setFolder("web", "", List.of(folder("logs"), file("a.txt")));
        volumes.setFolder("web", "logs", List.of(folder("logs/old"), file("logs/app.log")));
        volumes.setFolder("web", "logs/old", List.of());

        browser.show("web");
        assertThat(files.entries()).extracting(FileEntry::name).containsExactly("logs", "a.txt");
        assertThat(files.enter(files.entries().get(1))).as("a file: nothing to open").isFalse();
        assertThat(files.folderProperty().get()).isEqualTo("/");
        files.enter(files.entries().get(0));
        files.enter(files.entries().get(0));

        assertThat(files.folderProperty().get()).isEqualTo("/logs/old");
        assertThat(files.typedPathProperty().get()).isEqualTo("/logs/old");
        assertThat(files.entries()).isEmpty();
        files.up();
        assertThat(files.entries()).extracting(FileEntry::path).containsExactly("logs/old", "logs/app.log");
    }

    @Test
    void aFailedListingIsShownAndNothingElseSelectedShowsNothing() {
        browser.show("gone");
        assertThat(files.notice().get().sentence()).isEqualTo("No folder  in gone.");
        assertThat(files.loadingProperty().get()).isFalse();

        browser.show(null);
        assertThat(files.entries()).isEmpty();
        assertThat(files.notice().get()).isNull();
        assertThat(files.placeProperty().get()).isNull();
    }

    @Test
    void entriesSayTheirPermissionsAndOwnerAsLsDoes() {
        FileEntry script = new FileEntry("run.sh", FileEntry.Kind.FILE, 1, NOW, 0750, "",
                new FileEntry.Owner(1000, 50, "", "staff"));
        assertThat(script.permissions()).isEqualTo("rwxr-x---");
        assertThat(script.owner().describe()).isEqualTo("1000:staff");
        assertThat(file("logs/app.log").name()).isEqualTo("app.log");
    }
}
