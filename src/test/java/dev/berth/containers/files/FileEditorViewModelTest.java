package dev.berth.containers.files;

import dev.berth.containers.files.FileEditorViewModel.State;
import dev.berth.daemon.files.FileEntry;
import dev.berth.testing.FakeContainerFileOperations;
import dev.berth.testing.TabFixture;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FileEditorViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final FileEntry CONF = new FileEntry("/etc/app.conf", FileEntry.Kind.FILE, 6, NOW, 0640, "",
            new FileEntry.Owner(1234, 5678, "", ""));
    private final FakeContainerFileOperations files = new FakeContainerFileOperations();
    private final TabFixture tab = new TabFixture();
    private int saved;
    private final FileEditorViewModel editor = new FileEditorViewModel(files, tab.context(), () -> saved++);

    private String inContainer() {
        return new String(files.read("web", CONF.path(), FileEditorViewModel.LIMIT).join().bytes(),
                StandardCharsets.UTF_8);
    }

    @Test
    void anEditedFileIsWrittenBackWithItsModeAndOwnerAfterAConfirmation() {
        files.setFile(CONF, "key=1\n");
        editor.open("web", CONF);
        assertThat(editor.encodingProperty().get()).isEqualTo("UTF-8");
        assertThat(editor.factsProperty().get()).isEqualTo("6B · rw-r----- · 1234:5678");
        editor.textProperty().set("key=2\n");
        assertThat(editor.dirtyBinding().get()).isTrue();
        tab.dialogs().sayYes();

        editor.save();

        assertThat(tab.dialogs().onlyConfirmation().question()).isEqualTo("Write /etc/app.conf back into container web?");
        assertThat(tab.dialogs().onlyConfirmation().sentence()).contains("rw-r-----", "1234:5678");
        assertThat(files.actions()).contains("write /etc/app.conf 640 1234:5678");
        assertThat(inContainer()).isEqualTo("key=2\n");
        assertThat(editor.dirtyBinding().get()).isFalse();
        assertThat(editor.stateProperty().get()).isEqualTo(State.EDITING);
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker cp ./app.conf web:/etc/app.conf");
        assertThat(saved).isEqualTo(1);
        assertThat(editor.notice().get().sentence()).isEqualTo("Saved /etc/app.conf into container web.");
    }

    @Test
    void aDeclinedSaveWritesNothing() {
        files.setFile(CONF, "key=1\n");
        editor.open("web", CONF);
        editor.textProperty().set("key=2\n");
        tab.dialogs().sayNo();

        editor.save();

        assertThat(files.actions()).noneMatch(action -> action.startsWith("write"));
        assertThat(editor.dirtyBinding().get()).isTrue();
    }

    @Test
    void aFileChangedInTheContainerMeanwhileIsNotOverwrittenUntilTheUserSaysSo() {
        files.setFile(CONF, "key=1\n");
        editor.open("web", CONF);
        editor.textProperty().set("mine\n");
        files.setFile(CONF, "theirs\n");
        tab.dialogs().sayYes();

        editor.save();
        assertThat(editor.stateProperty().get()).isEqualTo(State.CONFLICT);
        assertThat(inContainer()).isEqualTo("theirs\n");

        editor.overwrite();
        assertThat(inContainer()).isEqualTo("mine\n");
        assertThat(editor.stateProperty().get()).isEqualTo(State.EDITING);

        files.setFile(CONF, "theirs again\n");
        editor.textProperty().set("mine again\n");
        tab.dialogs().sayYes();
        editor.save();
        editor.reload();
        assertThat(editor.textProperty().get()).isEqualTo("theirs again\n");
        assertThat(editor.dirtyBinding().get()).isFalse();
    }

    @Test
    void binaryAndLargeFilesAreNotShownAsText() {
        FileEntry binary = new FileEntry("/bin/tool", FileEntry.Kind.FILE, 4, NOW, 0755, "", FileEntry.Owner.ROOT);
        files.setFile(binary, new byte[] {0x7f, 'E', 0, 1});
        editor.open("web", binary);
        assertThat(editor.stateProperty().get()).isEqualTo(State.BINARY);

        FileEntry big = new FileEntry("/var/big.log", FileEntry.Kind.FILE, FileEditorViewModel.LIMIT + 1, NOW, 0644,
                "", FileEntry.Owner.ROOT);
        editor.open("web", big);
        assertThat(editor.stateProperty().get()).isEqualTo(State.TOO_LARGE);
        assertThat(files.actions()).doesNotContain("read /var/big.log");
    }

    @Test
    void closingWithEditsAsksAndKeepsThemWhenTheUserSaysNo() {
        files.setFile(CONF, "key=1\n");
        editor.open("web", CONF);
        editor.textProperty().set("key=2\n");
        tab.dialogs().sayNo();

        assertThat(editor.close()).isFalse();
        assertThat(editor.stateProperty().get()).isEqualTo(State.EDITING);
        tab.dialogs().sayYes();
        assertThat(editor.close()).isTrue();
        assertThat(editor.stateProperty().get()).isEqualTo(State.CLOSED);
    }
}
