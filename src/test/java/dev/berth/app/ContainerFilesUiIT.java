package dev.berth.app;

import dev.berth.daemon.cli.CliWords;
import dev.berth.daemon.files.FileEntry;
import dev.berth.testing.TestEngine;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.berth.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Files tab of a container end to end: browse with changes marked, type a path with a space and non-ASCII names,
 * show only what changed, edit a file and save it (checked through `docker exec cat`), and a stopped container.
 */
class ContainerFilesUiIT extends BerthUiIT {
    private static final String FOLDER = "/srv/a b";
    private static final String FILE = "ñandú.txt";

    @SuppressWarnings("unchecked")
    private TableView<FileEntry> files() {
        return robot.lookup("#container-files-files").queryAs(TableView.class);
    }

    private List<String> namesShown() {
        return onFx(() -> files().getItems().stream().map(FileEntry::name).toList());
    }

    /** The row of that entry, scrolled into view (the details pane shows only a few rows). */
    private TableRow<?> fileRow(String name) {
        robot.interact(() -> files().getItems().stream().filter(entry -> entry.name().equals(name)).findFirst()
                .ifPresent(files()::scrollTo));
        return robot.lookup("#container-files-files .table-row-cell").match((TableRow<?> row) -> row.getItem()
                instanceof FileEntry entry && entry.name().equals(name)).queryAs(TableRow.class);
    }

    /** The change mark the row of that entry shows: "A", "C", "D" or "". */
    private String markOf(String name) {
        TableRow<?> row = fileRow(name);
        return onFx(() -> robot.from(row).lookup(".file-mark").queryLabeled().getText());
    }

    private void openFilesTabOf(String name) {
        awaitRow(name);
        selectRow(name, name);
        robot.clickOn("#details-tab-files");
        await().atMost(Duration.ofSeconds(10)).until(() -> namesShown().contains("srv"));
    }

    private void typePath(String path) {
        robot.interact(() -> robot.lookup("#container-files-path").queryTextInputControl().setText(path));
        robot.clickOn("#container-files-path").type(KeyCode.ENTER);
    }

    @Test
    void aContainersFilesAreBrowsedWithTheirChangesAndAnEditedFileIsSavedIntoIt() throws Exception {
        String name = TestEngine.uniqueName("ui-files");
        String id = engine.runContainer(name);
        engine.exec(id, "sh", "-c", "mkdir -p '" + FOLDER + "' && printf 'ave\\n' > '" + FOLDER + "/" + FILE + "'");
        openFilesTabOf(name);

        await("srv marked as added by the container").atMost(Duration.ofSeconds(10)).until(() ->
                markOf("srv").equals("A"));
        assertThat(markOf("bin")).isEmpty();
        robot.clickOn("#container-files-only-changed");
        await().atMost(Duration.ofSeconds(5)).until(() -> !namesShown().contains("bin"));
        assertThat(namesShown()).contains("srv");
        assertThat(onFx(() -> robot.lookup("#last-command .command-text").queryLabeled().getText()))
                .isEqualTo("$ docker diff " + name);
        robot.clickOn("#container-files-only-changed");

        typePath(FOLDER);
        await().atMost(Duration.ofSeconds(10)).until(() -> namesShown().equals(List.of(FILE)));
        robot.doubleClickOn(fileRow(FILE));
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() ->
                robot.lookup("#file-editor-text").queryTextInputControl().getText()).equals("ave\n"));
        assertThat(onFx(() -> robot.lookup("#file-editor-encoding").queryLabeled().getText())).isEqualTo("UTF-8");

        robot.interact(() -> robot.lookup("#file-editor-text").queryTextInputControl().appendText("grüße\n"));
        robot.clickOn("#file-editor-save");
        robot.clickOn("#confirm-button");

        await().atMost(Duration.ofSeconds(10)).until(() -> engine.exec(id, "cat", FOLDER + "/" + FILE)
                .equals("ave\ngrüße\n"));
        assertThat(onFx(() -> robot.lookup("#last-command .command-text").queryLabeled().getText()))
                .isEqualTo("$ docker cp " + CliWords.quote("./" + FILE) + " " + CliWords.quote(name + ":" + FOLDER + "/" + FILE));
        robot.clickOn("#file-editor-close");
        await().atMost(Duration.ofSeconds(5)).until(() -> namesShown().equals(List.of(FILE)));
        robot.type(KeyCode.BACK_SPACE);
    }

    @Test
    void aStoppedContainersFilesAreBrowsedToo() throws Exception {
        String name = TestEngine.uniqueName("ui-files-stopped");
        String id = engine.runContainer(name);
        engine.exec(id, "sh", "-c", "mkdir -p '" + FOLDER + "' && printf 'ave\\n' > '" + FOLDER + "/" + FILE + "'");
        engine.client().stopContainerCmd(id).withTimeout(1).exec();
        await().atMost(Duration.ofSeconds(10)).until(() -> !engine.isRunning(id));
        openFilesTabOf(name);

        robot.doubleClickOn(fileRow("srv"));
        await().atMost(Duration.ofSeconds(10)).until(() -> namesShown().equals(List.of("a b")));
        robot.clickOn(fileRow("a b")).type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> namesShown().equals(List.of(FILE)));
        robot.clickOn(fileRow(FILE)).type(KeyCode.BACK_SPACE);
        await().atMost(Duration.ofSeconds(10)).until(() -> namesShown().equals(List.of("a b")));
        assertThat(onFx(() -> robot.lookup("#container-files-path").queryTextInputControl().getText()))
                .isEqualTo("/srv");

        typePath("/nope");
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> robot.lookup(".container-files #notice-banner")
                .queryAll().stream().anyMatch(node -> node.isVisible()
                        && node instanceof atlantafx.base.controls.Message banner
                        && ("There is no /nope in container " + name + ".").equals(banner.getTitle()))));
    }

}
