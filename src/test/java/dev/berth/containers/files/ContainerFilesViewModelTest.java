package dev.berth.containers.files;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.containers.FileChange;
import dev.berth.daemon.files.FileEntry;
import dev.berth.testing.FakeContainerFileOperations;
import dev.berth.testing.TabFixture;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerFilesViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final FakeContainerFileOperations files = new FakeContainerFileOperations();
    private final TabFixture tab = new TabFixture();
    private final ContainerFilesViewModel model = new ContainerFilesViewModel(files, tab.context());

    private static FileEntry folder(String path) {
        return new FileEntry(path, FileEntry.Kind.FOLDER, 100, NOW, 0755, "", FileEntry.Owner.ROOT);
    }

    private static FileEntry file(String path) {
        return new FileEntry(path, FileEntry.Kind.FILE, 10, NOW, 0644, "", FileEntry.Owner.ROOT);
    }

    private void showWeb() {
        files.setFolder("/", List.of(folder("/etc"), folder("/srv")));
        files.setFolder("/srv", List.of(file("/srv/index.html"), file("/srv/app.conf")));
        files.setChanges(List.of(new FileChange("/srv", FileChange.Kind.ADDED),
                new FileChange("/srv/index.html", FileChange.Kind.ADDED)));
        model.show("c0ffee", "web");
    }

    @Test
    void theContainersRootIsListedWithItsChangesAndTheFilterEchoesDockerDiff() {
        showWeb();

        assertThat(model.browser().placeProperty().get()).isEqualTo("web");
        assertThat(model.browser().entries()).extracting(FileEntry::name).containsExactly("etc", "srv");
        assertThat(model.browser().markOf(model.browser().entries().get(1))).isEqualTo(FileChange.Kind.ADDED);
        model.browser().onlyChangedProperty().set(true);

        assertThat(model.browser().entries()).extracting(FileEntry::name).containsExactly("srv");
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker diff web");
        assertThat(files.actions()).containsExactly("diff web", "ls /");
    }

    @Test
    void theSameContainerAgainReadsNothingAndAnotherStartsAtItsRoot() {
        showWeb();
        model.browser().open("/srv");
        model.show("c0ffee", "web");
        assertThat(model.browser().folderProperty().get()).isEqualTo("/srv");

        model.show(null, null);
        assertThat(model.browser().entries()).isEmpty();
        assertThat(model.browser().placeProperty().get()).isNull();
    }

    @Test
    void aDownloadGoesWhereTheUserPicksWithProgressAndACancelSaysSo() {
        showWeb();
        tab.dialogs().pick(Path.of("/home/me/Downloads"));

        CompletableFuture<Boolean> done = model.askDownload(file("/srv/index.html"));

        assertThat(files.actions()).contains("cp web:/srv/index.html /home/me/Downloads");
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker cp web:/srv/index.html /home/me/Downloads");
        files.lastProgress().advanced(512, 1024);
        assertThat(model.transfers().progressProperty().get()).isEqualTo(0.5);
        model.transfers().cancel();
        assertThat(files.lastProgress().cancelled()).isTrue();
        files.finishTransfer(new CancellationException("Cancelled"));

        assertThat(done).isCompletedWithValue(false);
        assertThat(model.transfers().statusProperty().get()).isEqualTo("Downloading index.html was cancelled.");
        assertThat(model.transfers().notice().get()).isNull();
    }

    @Test
    void anUploadThatWouldReplaceFilesAsksNamingThemAndReadsTheFolderAgain() {
        showWeb();
        model.browser().open("/srv");
        tab.dialogs().sayYes();

        CompletableFuture<Boolean> done = model.upload(List.of(Path.of("/tmp/app.conf"), Path.of("/tmp/new.txt")));

        assertThat(tab.dialogs().onlyConfirmation().targets()).containsExactly("app.conf");
        assertThat(tab.dialogs().onlyConfirmation().question()).isEqualTo("Replace app.conf in /srv of container web?");
        assertThat(tab.echo().lastCommandProperty().get())
                .isEqualTo("docker cp /tmp/app.conf web:/srv && docker cp /tmp/new.txt web:/srv");
        files.finishTransfer(null);
        assertThat(done).isCompletedWithValue(true);
        assertThat(files.actions()).endsWith("ls /srv");
        assertThat(model.transfers().statusProperty().get()).isEqualTo("Copied 2 items into /srv.");
    }

    @Test
    void aDeclinedReplaceCopiesNothingAndANewNameIsNotAsked() {
        showWeb();
        model.browser().open("/srv");
        tab.dialogs().sayNo();

        assertThat(model.upload(List.of(Path.of("/tmp/index.html")))).isCompletedWithValue(false);
        assertThat(files.lastProgress()).isNull();

        model.upload(List.of(Path.of("/tmp/other.html")));
        assertThat(tab.dialogs().confirmations()).hasSize(1);
        files.finishTransfer(new DaemonException("/srv in container web is on a read-only file system.",
                "Choose a folder on a writable volume, or run the container without --read-only."));
        assertThat(model.transfers().notice().get().sentence())
                .isEqualTo("/srv in container web is on a read-only file system.");
    }

    @Test
    void aFileOpensInTheEditorAndAFolderInTheBrowser() {
        showWeb();
        files.setFile(file("/srv/app.conf"), "key=1\n");

        model.openFile(folder("/etc"));
        assertThat(model.editor().stateProperty().get()).isEqualTo(FileEditorViewModel.State.CLOSED);
        model.openFile(file("/srv/app.conf"));

        assertThat(model.editor().stateProperty().get()).isEqualTo(FileEditorViewModel.State.EDITING);
        assertThat(model.editor().textProperty().get()).isEqualTo("key=1\n");
        model.show("d00d", "db");
        assertThat(model.editor().stateProperty().get()).as("another container closes the file")
                .isEqualTo(FileEditorViewModel.State.CLOSED);
    }
}
