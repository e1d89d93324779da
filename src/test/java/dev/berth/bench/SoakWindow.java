package dev.berth.bench;

import dev.berth.app.BerthApp;
import dev.berth.containers.ContainerRow;
import dev.berth.events.FeedEntry;
import dev.berth.logs.LogTabs;
import dev.berth.logs.LogView;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static dev.berth.testing.FxThread.onFx;

/**
 * Berth's own main window ({@link BerthApp}, as {@code Main} starts it) in this JVM, with what {@link SoakBenchmark}
 * reads from it: the sections, the Containers table, the Events feed, the open log, the connection light, and every
 * other window that opened while it ran. Everything here runs on the FX thread.
 */
final class SoakWindow {
    private final BerthApp app;
    private final Stage stage;
    private final List<String> otherWindows = Collections.synchronizedList(new ArrayList<>());
    private volatile long upSince;
    private volatile boolean seenDown;

    private SoakWindow(BerthApp app, Stage stage) {
        this.app = app;
        this.stage = stage;
    }

    /** Starts the toolkit and the app in it, as the launcher does (init, then start on the FX thread). */
    static SoakWindow open() throws Exception {
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        BerthApp app = new BerthApp();
        app.init();
        SoakWindow window = onFx(() -> {
            Stage stage = new Stage();
            app.start(stage);
            return new SoakWindow(app, stage);
        });
        onFx(window::watch);
        return window;
    }

    /** Notes every window other than the main one that opens (a dialog), and when the connection light turns up. */
    private Void watch() {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window added : change.getAddedSubList()) {
                    if (added instanceof Stage other && other != stage) {
                        otherWindows.add(Optional.ofNullable(other.getTitle()).orElse("(untitled)") + ": "
                                + textOf(other.getScene() == null ? null : other.getScene().getRoot()));
                    }
                }
            }
        });
        Node light = stage.getScene().lookup(".connection-light");
        light.getStyleClass().addListener((ListChangeListener<String>) change -> {
            if (light.getStyleClass().contains("up")) {
                upSince = System.nanoTime();
            } else {
                seenDown = true;
            }
        });
        return null;
    }

    /** Shows a section as its sidebar button does ("containers", "events"…). */
    void show(String section) throws Exception {
        onFx(() -> {
            ((ToggleButton) stage.getScene().lookup("#nav-" + section)).setSelected(true);
            return null;
        });
    }

    /** The status bar's engine line, as shown. */
    String engineSummary() throws Exception {
        return onFx(() -> ((Labeled) stage.getScene().lookup("#engine-summary")).getText());
    }

    boolean connected() throws Exception {
        return onFx(() -> stage.getScene().lookup(".connection-light").getStyleClass().contains("up"));
    }

    /** When the connection light last turned up after being anything else (System.nanoTime), or 0. */
    long upSince() {
        return seenDown ? upSince : 0;
    }

    void forgetConnectionChanges() {
        seenDown = false;
        upSince = 0;
    }

    /** The Containers table's rows (not group headers), as "id state" lines; the section must have been shown. */
    @SuppressWarnings("unchecked")
    List<String> containerRows() throws Exception {
        return onFx(() -> {
            TableView<ContainerRow> table = (TableView<ContainerRow>) stage.getScene().lookup("#containers-table");
            if (table == null) {
                return List.of();
            }
            return table.getItems().stream().filter(row -> !row.isGroupHeader())
                    .map(row -> row.id() + " " + row.state().name().toLowerCase()).sorted().toList();
        });
    }

    /** Selects the container's row and presses the toolbar's Logs button; false while the row is not listed. */
    @SuppressWarnings("unchecked")
    boolean openLog(String containerId) throws Exception {
        return onFx(() -> {
            TableView<ContainerRow> table = (TableView<ContainerRow>) stage.getScene().lookup("#containers-table");
            if (table == null) {
                return false;
            }
            Optional<ContainerRow> row = table.getItems().stream().filter(each -> each.id().equals(containerId))
                    .findFirst();
            row.ifPresent(found -> {
                table.getSelectionModel().clearAndSelect(table.getItems().indexOf(found));
                ((Button) stage.getScene().lookup("#container-logs")).fire();
            });
            return row.isPresent();
        });
    }

    /** The open log's view, or null. */
    LogView logView() throws Exception {
        return onFx(() -> find(stage.getScene().getRoot(), LogView.class));
    }

    /** Closes the container's log tab, as its close button does. */
    void closeLog(String containerId) throws Exception {
        onFx(() -> {
            ((LogTabs) stage.getScene().lookup("#log-tabs")).close(containerId);
            return null;
        });
    }

    /** The Events feed's rows as the section's table holds them, or null before the section shows. */
    @SuppressWarnings("unchecked")
    List<FeedEntry> eventRows() throws Exception {
        return onFx(() -> {
            Node center = ((BorderPane) stage.getScene().getRoot()).getCenter();
            TableView<FeedEntry> table = find(center, TableView.class);
            return table == null ? null : List.copyOf(table.getItems());
        });
    }

    /** Empties the Events feed with its Clear button; the section must be shown. */
    void clearEvents() throws Exception {
        show("events");
        onFx(() -> {
            ((Button) stage.getScene().lookup("#events-clear")).fire();
            return null;
        });
        show("containers");
    }

    /** Every other window that opened since the app started: "title: its text". */
    List<String> otherWindows() {
        synchronized (otherWindows) {
            return List.copyOf(otherWindows);
        }
    }

    /** The notice banners the window shows now, by their text. */
    List<String> notices() throws Exception {
        return onFx(() -> stage.getScene().getRoot().lookupAll("#notice-banner").stream()
                .filter(Node::isVisible).map(SoakWindow::textOf).toList());
    }

    /** Stops the app as closing its window does, and the toolkit. */
    void close() throws Exception {
        onFx(() -> {
            stage.hide();
            return null;
        });
        app.stop();
        Platform.exit();
    }

    Scene scene() {
        return stage.getScene();
    }

    private static <T> T find(Node node, Class<T> type) {
        if (type.isInstance(node)) {
            return type.cast(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String textOf(Node node) {
        List<String> texts = new ArrayList<>();
        collectText(node, texts);
        return String.join(" / ", texts);
    }

    private static void collectText(Node node, List<String> texts) {
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            texts.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectText(child, texts));
        }
    }
}
