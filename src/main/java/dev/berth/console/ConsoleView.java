package dev.berth.console;

import atlantafx.base.theme.Styles;
import dev.berth.ui.CommandLineField;
import dev.berth.ui.Icons;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.TailScrolling;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * A console into a running container: what to run and as whom, the {@code docker exec -it} line, and a simple
 * terminal. Click it (or tab to it) and type: keys go to the process, which echoes them. The terminal's size in
 * characters follows the pane.
 */
public final class ConsoleView extends BorderPane {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination PASTE_INSERT = new KeyCodeCombination(KeyCode.INSERT, KeyCombination.SHIFT_DOWN);
    private static final String PROBE_TEXT = "MMMMMMMMMM";

    private final ConsoleViewModel model;
    private final ListView<ConsoleLine> list = new ListView<>();
    /** Styled like the terminal's text, never shown: measures a character cell in the font CSS chose. */
    private final Text probe = new Text(PROBE_TEXT);
    private final StackPane screen = new StackPane(probe, list);
    private final TailScrolling tail;
    private final PauseTransition resizing = new PauseTransition(Duration.millis(120));

    public ConsoleView(ConsoleViewModel model) {
        this.model = model;
        getStyleClass().addAll("console-view", "ansi-palette");
        BooleanBinding running = model.stateProperty().isEqualTo(ConsoleState.RUNNING);
        list.setId("console-lines");
        list.getStyleClass().add("console-lines");
        list.setItems(model.lines());
        list.setCellFactory(view -> new ConsoleCell(running));
        list.setFocusTraversable(false);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        running.addListener((obs, old, now) -> list.refresh());
        probe.getStyleClass().add("ansi-text");
        probe.setManaged(false);
        probe.setVisible(false);
        screen.setId("console-screen");
        screen.getStyleClass().add("console-screen");
        screen.setFocusTraversable(true);
        screen.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> screen.requestFocus());
        screen.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        screen.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        tail = new TailScrolling(list);
        screen.widthProperty().addListener((obs, old, now) -> resizing.playFromStart());
        screen.heightProperty().addListener((obs, old, now) -> resizing.playFromStart());
        resizing.setOnFinished(event -> resizeTerminal());

        Label help = new Label(ConsoleViewModel.HELP);
        help.setId("console-help");
        help.getStyleClass().addAll(Styles.TEXT_MUTED, "console-help");
        help.setWrapText(true);
        VBox top = new VBox(toolbar(), new CommandLineField(model.cliLineProperty()),
                new NoticeBanner(model.notice()));
        top.getStyleClass().add("console-top");
        setTop(top);
        setCenter(screen);
        setBottom(help);
    }

    private HBox toolbar() {
        TextField command = new TextField();
        command.setId("console-command");
        command.setPromptText("/bin/sh");
        command.setPrefColumnCount(14);
        command.setMinWidth(90);
        command.textProperty().bindBidirectional(model.commandProperty());
        command.setTooltip(new Tooltip("The command to run, e.g. /bin/sh, bash, or sh -c 'ls /'"));
        TextField user = new TextField();
        user.setId("console-user");
        user.setPromptText("user (default)");
        user.setPrefColumnCount(8);
        user.setMinWidth(70);
        user.textProperty().bindBidirectional(model.userProperty());
        user.setTooltip(new Tooltip("Run as this user or uid[:gid] (docker exec -u); empty for the image's user"));
        command.disableProperty().bind(model.stateProperty().map(state -> !state.canStart()));
        user.disableProperty().bind(command.disableProperty());
        Button start = new Button();
        start.setId("console-start");
        start.textProperty().bind(model.stateProperty().map(state -> state == ConsoleState.ENDED
                || state == ConsoleState.FAILED ? "Start again" : "Start"));
        start.setGraphic(Icons.of(MaterialDesignP.PLAY));
        start.disableProperty().bind(command.disableProperty());
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.setOnAction(event -> {
            model.start();
            screen.requestFocus();
        });
        command.setOnAction(event -> start.fire());
        Label status = new Label();
        status.setId("console-status");
        status.textProperty().bind(model.statusProperty());
        model.stateProperty().subscribe(state -> {
            status.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER);
            status.getStyleClass().add(state == ConsoleState.RUNNING ? Styles.SUCCESS
                    : state == ConsoleState.FAILED ? Styles.DANGER : Styles.WARNING);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button copy = new Button("Copy lines", Icons.of(MaterialDesignC.CONTENT_COPY));
        copy.setId("console-copy");
        copy.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        copy.disableProperty().bind(Bindings.isEmpty(list.getSelectionModel().getSelectedItems()));
        copy.setTooltip(new Tooltip("Copy the selected lines (Ctrl+Shift+C)"));
        copy.setFocusTraversable(false);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(event -> copySelection());
        Label run = new Label("Run");
        Label as = new Label("as");
        run.setMinWidth(Region.USE_PREF_SIZE);
        as.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, run, command, as, user, start, status, spacer, copy);
        bar.getStyleClass().add("console-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void keyPressed(KeyEvent event) {
        if (COPY.match(event)) {
            copySelection();
        } else if (PASTE.match(event) || PASTE_INSERT.match(event)) {
            model.paste(Clipboard.getSystemClipboard().getString());
        } else if (!model.keyPressed(TerminalKeyEvents.of(event))
                && event.getCode() != KeyCode.TAB) {
            return; // not for the process (e.g. a letter: its KEY_TYPED follows)
        }
        tail.follow(); // typing brings the newest line back, as in a terminal
        event.consume(); // Tab included: it completes in the shell, it does not move the focus away
    }

    private void keyTyped(KeyEvent event) {
        if (model.keyTyped(event.getCharacter(), event.isControlDown(), event.isAltDown())) {
            tail.follow();
            event.consume();
        }
    }

    private void copySelection() {
        String text = model.copyText(list.getSelectionModel().getSelectedItems());
        if (!text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** Tells the process's TTY how many characters fit, from the pane's size and the font's cell size. */
    private void resizeTerminal() {
        double charWidth = probe.getLayoutBounds().getWidth() / PROBE_TEXT.length();
        double rowHeight = list.getFixedCellSize() > 0 ? list.getFixedCellSize() : 18;
        double width = screen.getWidth() - list.snappedLeftInset() - list.snappedRightInset() - 16 - 14;
        double height = screen.getHeight() - list.snappedTopInset() - list.snappedBottomInset();
        if (charWidth > 0 && width > 0 && height > 0) {
            model.resize((int) Math.floor(width / charWidth), (int) Math.floor(height / rowHeight));
        }
    }

    /** Puts the keyboard focus on the terminal, e.g. when its tab is selected. */
    public void focusTerminal() {
        screen.requestFocus();
    }

    public ConsoleViewModel model() {
        return model;
    }
}
