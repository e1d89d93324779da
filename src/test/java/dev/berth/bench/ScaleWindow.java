package dev.berth.bench;

import dev.berth.app.BerthApp;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static dev.berth.testing.FxThread.onFx;

/**
 * The real Berth window ({@link BerthApp}) in this JVM, driven as a user would through its sidebar, tables and
 * search fields, with the times the benchmark needs: from an action to the end of the layout of the first frame
 * that shows its result, and the FX thread's CPU time from an action until the frame after it is done.
 */
final class ScaleWindow {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private final Stage stage;
    private final BerthApp app;

    private ScaleWindow(Stage stage, BerthApp app) {
        this.stage = stage;
        this.app = app;
    }

    /** Starts the toolkit and Berth's window, as {@code Main} does, and returns once the window shows. */
    private static boolean toolkitStarted;

    /** Starts JavaFX once, for the window or for a baseline shown before it. */
    static synchronized void startToolkit() {
        if (!toolkitStarted) {
            Platform.startup(() -> { });
            Platform.setImplicitExit(false);
            toolkitStarted = true;
        }
    }

    static ScaleWindow open() throws Exception {
        startToolkit();
        return onFx(() -> {
            Stage stage = new Stage();
            BerthApp app = new BerthApp();
            app.start(stage);
            return new ScaleWindow(stage, app);
        });
    }

    void close() throws Exception {
        onFx(() -> {
            app.stop();
            stage.close();
            return null;
        });
    }

    Scene scene() {
        return stage.getScene();
    }

    /** A node of the window by its CSS id (call on the FX thread). */
    @SuppressWarnings("unchecked")
    <N extends Node> N lookup(String id) {
        return (N) scene().lookup("#" + id);
    }

    TableView<?> table(String id) throws Exception {
        return onFx(() -> lookup(id));
    }

    /**
     * Clicks the sidebar's button of {@code section} ("images") and returns the milliseconds until the end of the
     * layout of the first frame whose table {@code tableId} holds at least {@code rows} rows and shows them.
     */
    double openSection(String section, String tableId, int rows) throws Exception {
        return untilFrame(() -> ((ToggleButton) lookup("nav-" + section)).fire(), () -> {
            TableView<?> table = lookup(tableId);
            return table != null && table.getItems().size() >= rows && showsRows(table);
        });
    }

    private static boolean showsRows(TableView<?> table) {
        return table.lookupAll(".table-row-cell").stream()
                .anyMatch(cell -> cell.isVisible() && ((TableRow<?>) cell).getItem() != null);
    }

    /**
     * Scrolls {@code row} of {@code tableId} into view, then selects it, timed until {@code labelId}'s text is
     * {@code expected} (as a click on a row in view would). The row is found where it is at that moment: another
     * program using the same engine may move it.
     */
    double selectRow(String tableId, Object row, String labelId, String expected) throws Exception {
        untilFrame(() -> {
            TableView<?> table = lookup(tableId);
            table.scrollTo(table.getItems().indexOf(row));
        }, () -> true);
        return untilFrame(() -> {
            TableView<?> table = lookup(tableId);
            table.getSelectionModel().clearAndSelect(table.getItems().indexOf(row));
        }, () -> {
            Label label = lookup(labelId);
            return label != null && expected.equals(label.getText());
        });
    }

    /**
     * Runs {@code action} on the FX thread and returns the milliseconds from then to the end of the layout of the
     * first frame after which {@code shown} holds.
     */
    double untilFrame(Runnable action, BooleanSupplier shown) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        long start = onFx(() -> {
            watch(shown, done);
            long now = System.nanoTime();
            action.run();
            Platform.requestNextPulse();
            return now;
        });
        return (done.get(PATIENCE.toSeconds(), TimeUnit.SECONDS) - start) / 1e6;
    }

    /**
     * Completes with the time ({@link System#nanoTime}) at the end of the layout of the first frame after which
     * {@code shown} (checked on the FX thread after each frame's layout) holds; asks for a frame each time it does not.
     */
    CompletableFuture<Long> whenShown(BooleanSupplier shown) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        onFx(() -> {
            watch(shown, done);
            Platform.requestNextPulse();
            return null;
        });
        return done;
    }

    private void watch(BooleanSupplier shown, CompletableFuture<Long> done) {
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (shown.getAsBoolean()) {
                scene().removePostLayoutPulseListener(check[0]);
                done.complete(System.nanoTime());
            } else {
                Platform.requestNextPulse();
            }
        };
        scene().addPostLayoutPulseListener(check[0]);
    }

    /**
     * The FX thread's CPU time, in ms, from running {@code action} on it until the frame after it is painted (the
     * pulse's CSS, layout and the copy to the renderer included, and whatever else ran on the thread meanwhile).
     */
    double fxCpu(Runnable action) throws Exception {
        CompletableFuture<Long> after = new CompletableFuture<>();
        long before = onFx(() -> {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene().removePostLayoutPulseListener(once[0]);
                Platform.runLater(() -> after.complete(BenchSupport.threadCpu())); // after this pulse is done
            };
            long cpu = BenchSupport.threadCpu();
            action.run();
            scene().addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
            return cpu;
        });
        return (after.get(PATIENCE.toSeconds(), TimeUnit.SECONDS) - before) / 1e6;
    }

    /** One keystroke per character typed into {@code fieldId}, then one per character erased: their FX times. */
    List<Double> typeAndErase(String fieldId, String text) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            String typed = text.substring(i, i + 1);
            times.add(fxCpu(() -> {
                TextInputControl field = lookup(fieldId);
                field.insertText(field.getLength(), typed);
            }));
        }
        for (int i = 0; i < text.length(); i++) {
            times.add(fxCpu(() -> ((TextInputControl) lookup(fieldId)).deletePreviousChar()));
        }
        return times;
    }

    /** Sorts {@code tableId} by each of its columns, ascending and then descending: their FX times; then as before. */
    List<Double> sortByEachColumn(String tableId) throws Exception {
        TableView<?> table = table(tableId);
        List<TableColumn<?, ?>> before = onFx(() -> List.copyOf(sortOrder(table)));
        List<TableColumn.SortType> directions = onFx(() -> before.stream().map(TableColumn::getSortType).toList());
        List<Double> times = new ArrayList<>();
        for (TableColumn<?, ?> column : onFx(() -> List.copyOf(table.getColumns()))) {
            if (!column.isSortable()) {
                continue;
            }
            for (TableColumn.SortType direction : TableColumn.SortType.values()) {
                times.add(fxCpu(() -> {
                    setSortType(column, direction);
                    sortOrder(table).setAll(column);
                }));
            }
        }
        fxCpu(() -> {
            for (int i = 0; i < before.size(); i++) {
                setSortType(before.get(i), directions.get(i));
            }
            sortOrder(table).setAll(before);
        });
        return times;
    }

    @SuppressWarnings("unchecked")
    private static javafx.collections.ObservableList<TableColumn<?, ?>> sortOrder(TableView<?> table) {
        return (javafx.collections.ObservableList<TableColumn<?, ?>>) (Object) table.getSortOrder();
    }

    private static void setSortType(TableColumn<?, ?> column, TableColumn.SortType direction) {
        column.setSortType(direction);
    }
}
