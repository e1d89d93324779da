package dev.berth.console;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;
import javafx.scene.input.ScrollEvent;

/**
 * Keeps the console at its newest line as output arrives, like a terminal, unless the user scrolled up to read;
 * typing brings it back. The scroll happens once per pulse, after the list has counted its new rows.
 */
final class ConsoleScrolling {
    private final ListView<ConsoleLine> list;
    private final Runnable beforeLayout = this::scrollIfPending;
    private boolean stick = true;
    private boolean pending;

    ConsoleScrolling(ListView<ConsoleLine> list) {
        this.list = list;
        list.getItems().addListener((ListChangeListener<ConsoleLine>) change -> pending = stick);
        list.heightProperty().addListener((obs, old, now) -> {
            if (stick) {
                pending = true;
                Platform.requestNextPulse(); // mid-layout, a layout request would not bring one
            }
        });
        list.addEventFilter(ScrollEvent.SCROLL, event -> stick = event.getDeltaY() < 0 && stick);
        list.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(beforeLayout);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(beforeLayout);
            }
        });
    }

    void stickToBottom() {
        stick = true;
        pending = true;
        Platform.requestNextPulse();
    }

    private void scrollIfPending() {
        if (pending) {
            pending = false;
            list.layout();
            list.scrollTo(list.getItems().size() - 1);
        }
    }
}
