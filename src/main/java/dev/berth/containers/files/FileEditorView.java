package dev.berth.containers.files;

import atlantafx.base.theme.Styles;
import dev.berth.containers.files.FileEditorViewModel.State;
import dev.berth.ui.EmptyState;
import dev.berth.ui.Icons;
import dev.berth.ui.NoticeBanner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * A text file of a container in a monospace editor with line numbers, its encoding, size, permissions and owner;
 * Save (Ctrl+S) writes it back after a confirmation. A file that changed in the container meanwhile is said so, with
 * Reload and Overwrite. Binary and large files show only Download.
 */
final class FileEditorView extends BorderPane {
    private final FileEditorViewModel model;
    private final TextArea editor = new TextArea();
    private final TextArea lineNumbers = new TextArea();
    private int numberedLines = -1;

    FileEditorView(FileEditorViewModel model, Runnable download) {
        this.model = model;
        getStyleClass().add("file-editor");
        Button back = new Button("Files", Icons.of(MaterialDesignA.ARROW_LEFT));
        back.setId("file-editor-close");
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(event -> model.close());
        Label path = new Label();
        path.setId("file-editor-path");
        path.getStyleClass().add(Styles.TEXT_BOLD);
        path.textProperty().bind(Bindings.createStringBinding(() -> model.pathProperty().get()
                + (model.dirtyBinding().get() ? " •" : ""), model.pathProperty(), model.dirtyBinding()));
        Label facts = new Label();
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        facts.textProperty().bind(model.factsProperty());
        Label encoding = new Label();
        encoding.setId("file-editor-encoding");
        encoding.getStyleClass().add(Styles.TEXT_MUTED);
        encoding.textProperty().bind(model.encodingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button reload = new Button("Reload", Icons.of(MaterialDesignF.FILE_RESTORE_OUTLINE));
        reload.setId("file-editor-reload");
        reload.setOnAction(event -> model.reload());
        Button save = new Button("Save", Icons.of(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId("file-editor-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.dirtyBinding().not().or(model.stateProperty().isNotEqualTo(State.EDITING)));
        save.setOnAction(event -> model.save());
        HBox bar = new HBox(8, back, path, facts, encoding, gap, reload, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 0, 6, 0));
        setTop(new VBox(4, bar, conflictBar(), new NoticeBanner(model.notice())));
        setCenter(body(download));
        setOnKeyPressed(event -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(event)) {
                model.save();
                event.consume();
            }
        });
    }

    private HBox conflictBar() {
        Label said = new Label();
        said.textProperty().bind(model.pathProperty().map(path -> path
                + " changed in the container since you opened it. Reload it (your edits are dropped) or overwrite it"
                + " with your version?"));
        said.setWrapText(true);
        Button theirs = new Button("Reload");
        theirs.setId("file-editor-conflict-reload");
        theirs.setOnAction(event -> model.reload());
        Button mine = new Button("Overwrite");
        mine.setId("file-editor-overwrite");
        mine.getStyleClass().add(Styles.DANGER);
        mine.setOnAction(event -> model.overwrite());
        HBox conflict = new HBox(8, said, theirs, mine);
        conflict.setId("file-editor-conflict");
        conflict.getStyleClass().add("file-editor-conflict");
        conflict.setAlignment(Pos.CENTER_LEFT);
        conflict.visibleProperty().bind(model.stateProperty().isEqualTo(State.CONFLICT));
        conflict.managedProperty().bind(conflict.visibleProperty());
        return conflict;
    }

    private StackPane body(Runnable download) {
        editor.setId("file-editor-text");
        editor.textProperty().bindBidirectional(model.textProperty());
        editor.editableProperty().bind(model.stateProperty().isEqualTo(State.EDITING));
        lineNumbers.setId("file-editor-lines");
        lineNumbers.getStyleClass().add("line-numbers");
        lineNumbers.setEditable(false);
        lineNumbers.setFocusTraversable(false);
        lineNumbers.setPrefColumnCount(5);
        lineNumbers.setMaxWidth(64);
        lineNumbers.setMinWidth(64);
        editor.scrollTopProperty().subscribe(top -> lineNumbers.setScrollTop(top.doubleValue()));
        lineNumbers.addEventFilter(ScrollEvent.ANY, ScrollEvent::consume); // they follow the text, never lead
        editor.textProperty().subscribe(this::numberLines);
        HBox.setHgrow(editor, Priority.ALWAYS);
        HBox text = new HBox(lineNumbers, editor);
        BooleanBinding showsText = model.stateProperty().isEqualTo(State.EDITING)
                .or(model.stateProperty().isEqualTo(State.SAVING)).or(model.stateProperty().isEqualTo(State.CONFLICT));
        text.visibleProperty().bind(showsText);

        Button get = new Button("Download…", Icons.of(MaterialDesignD.DOWNLOAD));
        get.setId("file-editor-download");
        get.setOnAction(event -> download.run());
        EmptyState notText = new EmptyState(MaterialDesignF.FILE_CANCEL_OUTLINE, "", "", get);
        notText.visibleProperty().bind(model.stateProperty().isEqualTo(State.BINARY)
                .or(model.stateProperty().isEqualTo(State.TOO_LARGE)));
        model.stateProperty().subscribe(state -> {
            notText.setTitle(state == State.BINARY ? "This is a binary file" : "This file is larger than 1 MB");
            notText.setHint("Berth shows text files up to 1 MB. Download it to open it on this computer.");
        });
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(32, 32);
        loading.visibleProperty().bind(model.stateProperty().isEqualTo(State.LOADING));
        return new StackPane(text, notText, loading);
    }

    /** Rewrites the numbers only when the count of lines changed, not on every key. */
    private void numberLines(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        if (lines == numberedLines) {
            return;
        }
        numberedLines = lines;
        StringBuilder numbers = new StringBuilder(lines * 6);
        for (int line = 1; line <= lines; line++) {
            numbers.append(line).append('\n');
        }
        lineNumbers.setText(numbers.toString());
        lineNumbers.setScrollTop(editor.getScrollTop());
    }
}
