package dev.berth.console;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A session's output on its way to the screen: bytes arrive on the gateway's thread and are queued; one hop onto
 * {@code ui} feeds everything queued since the last hop to the {@link TerminalScreen} and copies the rows that
 * changed into the observable list the view shows. Output of an earlier session is ignored.
 */
final class TerminalOutput {
    private final Executor ui;
    private final ObservableList<ConsoleLine> lines = FXCollections.observableArrayList();
    private final ObservableList<ConsoleLine> readOnly = FXCollections.unmodifiableObservableList(lines);
    private final Queue<byte[]> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private volatile long session;
    private TerminalScreen screen = new TerminalScreen(TerminalScreen.DEFAULT_SCROLLBACK);

    TerminalOutput(Executor ui) {
        this.ui = ui;
        lines.add(screen.snapshot(0));
    }

    /** A new session starts on a clean screen; what the previous one still sends is dropped. */
    void reset(long newSession, int columns) {
        session = newSession;
        pending.clear();
        screen = new TerminalScreen(TerminalScreen.DEFAULT_SCROLLBACK);
        screen.setColumns(columns);
        lines.setAll(screen.snapshot(0));
    }

    /** Output of {@code fromSession}, on the gateway's thread. */
    void arrived(long fromSession, byte[] bytes) {
        if (fromSession != session) {
            return;
        }
        pending.add(bytes.clone()); // the gateway may reuse its buffer
        if (drainScheduled.compareAndSet(false, true)) {
            ui.execute(() -> drain(fromSession));
        }
    }

    /** Shows what has arrived; on the UI thread. */
    void drain(long fromSession) {
        drainScheduled.set(false);
        if (fromSession != session) {
            return;
        }
        boolean any = false;
        for (byte[] bytes = pending.poll(); bytes != null; bytes = pending.poll()) {
            screen.feed(bytes);
            any = true;
        }
        if (any) {
            showScreen();
        }
    }

    /** Copies the rows that changed into {@link #lines()}: a few set/add calls per batch. */
    private void showScreen() {
        int removed = Math.min(screen.takeRemovedTop(), lines.size());
        if (removed > 0) {
            lines.remove(0, removed);
        }
        for (int row = Math.min(screen.takeFirstDirty(), lines.size()); row < screen.lineCount(); row++) {
            ConsoleLine line = screen.snapshot(row);
            if (row < lines.size()) {
                lines.set(row, line);
            } else {
                lines.add(line);
            }
        }
    }

    /** No more output from any session (the console closed). */
    void stop() {
        session = -1;
        pending.clear();
    }

    void setColumns(int columns) {
        screen.setColumns(columns);
    }

    ObservableList<ConsoleLine> lines() {
        return readOnly;
    }
}
