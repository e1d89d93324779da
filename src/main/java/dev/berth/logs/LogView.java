package dev.berth.logs;

import atlantafx.base.theme.Styles;
import dev.berth.daemon.logs.LogLine;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.TailScrolling;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A container's log: a virtualised list (one fixed-height row per line, so a million lines cost what a screenful
 * does), with the tool bar above and the stream's state below. The list sticks to the newest line until the user
 * scrolls up, and again once they scroll back to the bottom.
 */
public final class LogView extends BorderPane {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private BiFunction<Window, String, File> chooseFile = LogView::askWhereToSave;
    enum SaveKind { ALL, FILTERED, FULL }

    private final LogViewModel model;
    private final ListView<LogLine> list = new ListView<>();
    private final LogToolbar toolbar;
    private final TailScrolling tail;

    public LogView(LogViewModel model) {
        this.model = model;
        getStyleClass().addAll("log-view", "ansi-palette");
        list.setId("log-list");
        list.getStyleClass().add("log-list");
        LogTailWindow rows = new LogTailWindow(model.lines(), LogTailWindow.DEFAULT_LIMIT, () -> {
            List<Integer> selected = list.getSelectionModel().getSelectedIndices();
            return selected.isEmpty() ? -1 : selected.get(0);
        });
        list.setItems(rows);
        list.setCellFactory(view -> new LogCell(model, rows::sourceRow));
        list.setSkin(LogFlow.skin(list));
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label placeholder = new Label();
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> model.search().filterProperty().get()
                        && !model.search().queryProperty().get().isEmpty() ? "No line matches the search."
                        : model.stateProperty().get() == LogState.OPENING ? "Reading the log…" : "No log lines.",
                model.stateProperty(), model.search().filterProperty(), model.search().queryProperty()));
        list.setPlaceholder(placeholder);
        tail = new TailScrolling(list, model.autoScrollProperty());
        // the flow walks every row on each layout: while following it holds only the newest rows, leaving the end
        // gives it all of them with the newest line still where it was
        rows.setWindowed(model.autoScrollProperty().get());
        model.autoScrollProperty().addListener((obs, old, following) -> {
            if (following) {
                rows.setWindowed(true);
            } else if (rows.windowed()) {
                tail.growAboveEnd(() -> rows.setWindowed(false));
            }
        });

        toolbar = new LogToolbar(model, this);
        VBox top = new VBox(toolbar, new NoticeBanner(model.notice()),
                new NoticeBanner(model.saving().failure()),
                droppedNote(), saveProgress());
        top.getStyleClass().add("log-top");
        setTop(top);
        setCenter(list);
        setBottom(statusLine());

        model.wrapProperty().subscribe(wrap -> {
            list.getStyleClass().remove("wrapped");
            if (wrap) {
                list.getStyleClass().add("wrapped");
            }
            list.refresh();
        });
        model.timestampsProperty().addListener((obs, old, now) -> list.refresh());
        model.search().revisionProperty().addListener((obs, old, now) -> list.refresh());
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private void shortcut(KeyEvent event) {
        if (FIND.match(event)) {
            toolbar.focusSearch();
            event.consume();
        } else if (COPY.match(event) && list.isFocused()) {
            copySelection();
            event.consume();
        }
    }

    private Region droppedNote() {
        Label note = new Label();
        note.setId("log-dropped-note");
        note.textProperty().bind(model.droppedNoteProperty().map(text -> text.replace(" — save the full log", ".")));
        Hyperlink save = new Hyperlink("Save the full log…");
        save.setId("log-save-full");
        save.setOnAction(event -> save(SaveKind.FULL));
        HBox bar = new HBox(6, note, save);
        save.setVisible(model.saving().canSaveFullLog());
        save.setManaged(save.isVisible());
        bar.getStyleClass().add("log-dropped");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(model.droppedNoteProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Region saveProgress() {
        LogSaveModel saving = model.saving();
        ProgressBar bar = new ProgressBar();
        bar.setId("log-save-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(saving.progressProperty());
        bar.visibleProperty().bind(saving.savingProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label status = new Label();
        status.setId("log-save-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(saving.statusProperty());
        Hyperlink cancel = new Hyperlink("Cancel");
        cancel.setOnAction(event -> saving.cancel());
        cancel.visibleProperty().bind(saving.savingProperty().and(saving.progressProperty().lessThan(0)));
        HBox row = new HBox(8, bar, status, cancel);
        row.getStyleClass().add("log-save-row");
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(saving.statusProperty().isNotEmpty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private Region statusLine() {
        Label state = new Label();
        state.setId("log-state");
        state.textProperty().bind(model.stateProperty().map(model::stateSentence));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("log-summary");
        summary.setMinWidth(Region.USE_PREF_SIZE); // the state sentence gives way first
        summary.textProperty().bind(model.summaryProperty());
        HBox line = new HBox(8, state, spacer, summary);
        line.getStyleClass().add("log-status");
        line.setAlignment(Pos.CENTER_LEFT);
        model.stateProperty().subscribe(value -> {
            line.getStyleClass().removeAll("following", "interrupted");
            line.getStyleClass().add(value == LogState.FOLLOWING ? "following"
                    : value.streaming() || value == LogState.READ ? "" : "interrupted");
        });
        return line;
    }

    /** Scrolls the current search match into the middle of the list. */
    void showCurrentMatch() {
        int row = model.search().currentRow();
        if (row >= 0) {
            tail.reveal(row);
        }
    }

    void jumpToEnd() {
        tail.follow();
    }

    void copySelection() {
        List<LogLine> selected = List.copyOf(list.getSelectionModel().getSelectedItems());
        String text = model.copyText(selected);
        if (!text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** Replaces the save dialog (the platform's file chooser), e.g. to save somewhere known. */
    public void setFileChooser(BiFunction<Window, String, File> chooseFile) {
        this.chooseFile = chooseFile;
    }

    private static File askWhereToSave(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the log");
        chooser.setInitialFileName(suggestedName);
        return chooser.showSaveDialog(owner);
    }

    void save(SaveKind kind) {
        File file = chooseFile.apply(getScene() == null ? null : getScene().getWindow(),
                model.name() + (kind == SaveKind.FILTERED ? "-matches" : "") + ".log");
        if (file == null) {
            return;
        }
        if (kind == SaveKind.FULL) {
            model.saving().saveFullLog(file.toPath());
        } else {
            model.saving().save(file.toPath(), kind == SaveKind.FILTERED);
        }
    }

    /** The list, for tests and the composition root (e.g. to focus it). */
    public ListView<LogLine> list() {
        return list;
    }

    public LogViewModel model() {
        return model;
    }
}
