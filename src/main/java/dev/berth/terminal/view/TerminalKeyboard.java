package dev.berth.terminal.view;

import dev.berth.terminal.input.KeyEncoder;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard over a {@link TerminalView}: its own shortcuts first (copy, paste, font size, Shift+PgUp/PgDn through
 * the scrollback), then every key the program should get, encoded as xterm does ({@link KeyEncoder}). A key press
 * that sent something swallows the typed character that follows it; Tab never moves the focus away.
 */
final class TerminalKeyboard {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination PASTE_INSERT = new KeyCodeCombination(KeyCode.INSERT,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination[] BIGGER = {
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN)};
    private static final KeyCombination[] SMALLER = {
            new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN)};
    private static final KeyCombination FONT_RESET = new KeyCodeCombination(KeyCode.DIGIT0,
            KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PAGE_UP = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination PAGE_DOWN = new KeyCodeCombination(KeyCode.PAGE_DOWN,
            KeyCombination.SHIFT_DOWN);


    private final TerminalView view;
    private boolean typedIsSent;

    TerminalKeyboard(TerminalView view) {
        this.view = view;
    }

    void install() {
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
    }

    private void keyPressed(KeyEvent event) {
        typedIsSent = true;
        if (COPY.match(event)) {
            view.copySelection();
        } else if (PASTE.match(event) || PASTE_INSERT.match(event)) {
            view.paste(Clipboard.getSystemClipboard().getString());
        } else if (matchesAny(BIGGER, event)) {
            view.setFontSize(view.fontSize() + 1);
        } else if (matchesAny(SMALLER, event)) {
            view.setFontSize(view.fontSize() - 1);
        } else if (FONT_RESET.match(event)) {
            view.setFontSize(TerminalView.DEFAULT_FONT_SIZE);
        } else if (PAGE_UP.match(event) && !view.alternateScreen()) {
            view.scrollBy(view.snapshot().rows() - 1);
        } else if (PAGE_DOWN.match(event) && !view.alternateScreen()) {
            view.scrollBy(-(view.snapshot().rows() - 1));
        } else {
            String bytes = event.isMetaDown() ? null : KeyEncoder.pressed(KeyStrokes.of(event), view.inputModes());
            typedIsSent = bytes != null;
            if (bytes != null) {
                view.send(bytes);
            } else if (event.getCode() != KeyCode.TAB) {
                return; // not for the process (a letter: its KEY_TYPED follows)
            }
        }
        event.consume(); // Tab included: it completes in the shell, it does not move the focus away
    }

    private void keyTyped(KeyEvent event) {
        if (typedIsSent) { // its key press sent it, or was a shortcut
            typedIsSent = false;
            event.consume();
            return;
        }
        String bytes = event.isMetaDown() ? null
                : KeyEncoder.typed(event.getCharacter(), event.isControlDown(), event.isAltDown());
        if (bytes != null) {
            view.send(bytes);
            event.consume();
        }
    }

    private static boolean matchesAny(KeyCombination[] combinations, KeyEvent event) {
        for (KeyCombination combination : combinations) {
            if (combination.match(event)) {
                return true;
            }
        }
        return false;
    }
}
