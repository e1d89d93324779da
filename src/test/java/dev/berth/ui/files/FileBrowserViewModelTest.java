package dev.berth.ui.files;

import dev.berth.daemon.containers.FileChange;
import dev.berth.daemon.files.FileEntry;
import dev.berth.testing.FakeContainerFileOperations;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FileBrowserViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final FakeContainerFileOperations files = new FakeContainerFileOperations();
    private final FileBrowserViewModel browser = new FileBrowserViewModel(Runnable::run);

    private static FileEntry folder(String path) {
        return new FileEntry(path, FileEntry.Kind.FOLDER, 100, NOW, 0755, "", FileEntry.Owner.ROOT);
    }

    private static FileEntry file(String path) {
        return new FileEntry(path, FileEntry.Kind.FILE, 10, NOW, 0644, "", FileEntry.Owner.ROOT);
    }

    private void browseWeb() {
        browser.browse("web", folder -> files.listFolder("web", folder));
    }

    @Test
    void aTypedPathIsOpenedCleanedUpAndBackspaceGoesUpToTheRoot() {
        files.setFolder("/", List.of(folder("/etc"), folder("/tmp")));
        files.setFolder("/etc/nginx", List.of(file("/etc/nginx/nginx.conf")));
        files.setFolder("/etc", List.of(folder("/etc/nginx")));
        browseWeb();

        browser.typedPathProperty().set(" etc//nginx/ ");
        browser.openTyped();

        assertThat(browser.folderProperty().get()).isEqualTo("/etc/nginx");
        assertThat(browser.typedPathProperty().get()).isEqualTo("/etc/nginx");
        assertThat(browser.entries()).extracting(FileEntry::name).containsExactly("nginx.conf");
        browser.up();
        assertThat(browser.folderProperty().get()).isEqualTo("/etc");
        browser.up();
        browser.up();
        assertThat(browser.folderProperty().get()).isEqualTo("/");
        assertThat(browser.entries()).extracting(FileEntry::name).containsExactly("etc", "tmp");
    }

    @Test
    void aMissingPathSaysSoAndShowsNothing() {
        browseWeb();
        browser.open("/nope");

        assertThat(browser.notice().get().sentence()).isEqualTo("There is no /nope in container web.");
        assertThat(browser.entries()).isEmpty();
        assertThat(browser.loadingProperty().get()).isFalse();
    }

    @Test
    void changesMarkEntriesShowDeletedOnesAndTheFilterKeepsOnlyWhatChanged() {
        files.setFolder("/", List.of(folder("/etc"), folder("/tmp"), file("/notes")));
        browseWeb();

        browser.setMarks(Map.of("/tmp", FileChange.Kind.CHANGED, "/notes", FileChange.Kind.ADDED,
                "/tmp/x", FileChange.Kind.ADDED, "/gone.txt", FileChange.Kind.DELETED,
                "/etc/deep/gone", FileChange.Kind.DELETED));

        assertThat(browser.entries()).extracting(FileEntry::path)
                .containsExactly("/etc", "/tmp", "/notes", "/gone.txt");
        assertThat(browser.markOf(browser.entries().get(3))).isEqualTo(FileChange.Kind.DELETED);
        assertThat(browser.markOf(browser.entries().get(0))).isNull();

        browser.onlyChangedProperty().set(true);
        assertThat(browser.entries()).extracting(FileEntry::path).containsExactly("/tmp", "/notes", "/gone.txt");
        browser.onlyChangedProperty().set(false);
        assertThat(browser.entries()).hasSize(4);
    }

    @Test
    void leavingAFolderStillBeingReadClosesItsListingAndItsLateAnswerIsDropped() {
        files.holdListings();
        browseWeb();
        browser.open("/usr");

        assertThat(files.actions()).containsExactly("ls /", "closed listing of /", "ls /usr");
        files.listings().get(0).result().complete(List.of(file("/stale")));
        assertThat(browser.entries()).isEmpty();
        assertThat(browser.loadingProperty().get()).isTrue();

        files.listings().get(1).result().complete(List.of(file("/usr/lib")));
        assertThat(browser.entries()).extracting(FileEntry::name).containsExactly("lib");
        assertThat(browser.namesShown()).containsExactly("lib");
    }

    @Test
    void theSamePlaceAgainKeepsTheOpenFolderAndAnotherStartsAtItsRoot() {
        files.setFolder("/", List.of(folder("/etc")));
        files.setFolder("/etc", List.of());
        browseWeb();
        browser.open("/etc");

        browseWeb();
        assertThat(browser.folderProperty().get()).isEqualTo("/etc");
        browser.browse("db", folder -> files.listFolder("db", folder));
        assertThat(browser.folderProperty().get()).isEqualTo("/");
        assertThat(browser.placeProperty().get()).isEqualTo("db");
    }
}
