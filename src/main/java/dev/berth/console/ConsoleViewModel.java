package dev.berth.console;

import dev.berth.daemon.cli.ContainerCommandLines;
import dev.berth.daemon.cli.ShellWords;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.containers.ExecSession;
import dev.berth.daemon.containers.ExecSpec;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * An interactive {@code docker exec -it} into one running container: the command (default {@code /bin/sh}) and user
 * to run, the session's output as terminal lines, and keys sent to the process. There is no local echo: the
 * container's TTY echoes what it receives. Output is handed to the UI in batches, as the log view does. All
 * properties change on the {@code ui} executor only.
 */
public final class ConsoleViewModel implements AutoCloseable {
    public static final String HELP = "A simple terminal: line-oriented shells and commands work well. Full-screen "
            + "programs (vi, top, less) may render imperfectly. Ctrl+Shift+C copies the selected lines, "
            + "Ctrl+Shift+V pastes.";

    private final ContainerOperations containers;
    private final String containerId;
    private final String containerName;
    private final Executor ui;
    private final StringProperty command = new SimpleStringProperty(this, "command", "/bin/sh");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final ReadOnlyStringWrapper cliLine = new ReadOnlyStringWrapper(this, "cliLine");
    private final ReadOnlyObjectWrapper<ConsoleState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ConsoleState.NOT_STARTED);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final NoticeHolder notice = new NoticeHolder();
    private final TerminalOutput output;
    private ExecSession session;
    private long attempt;
    private int columns = 80;
    private int rows = 24;
    /** The size the running session was started with. */
    private int startedColumns;
    private int startedRows;

    public ConsoleViewModel(ContainerOperations containers, String containerId, String containerName, Executor ui) {
        this.containers = containers;
        this.containerId = containerId;
        this.containerName = containerName;
        this.ui = ui;
        this.output = new TerminalOutput(ui);
        command.addListener((obs, old, now) -> updateCliLine());
        user.addListener((obs, old, now) -> updateCliLine());
        updateCliLine();
    }

    private void updateCliLine() {
        cliLine.set(ContainerCommandLines.interactiveExec(containerName, user.get(), "", List.of(), command.get()));
    }

    /** Starts the command (again, after it ended): a fresh screen, then the session's output as it comes. */
    public void start() {
        if (!state.get().canStart()) {
            return;
        }
        List<String> words;
        try {
            words = ShellWords.split(command.get());
            if (words.isEmpty()) {
                throw new IllegalArgumentException("Type the command to run, such as /bin/sh.");
            }
        } catch (IllegalArgumentException unreadable) {
            notice.set(new Notice(Notice.Kind.ERROR, unreadable.getMessage(), null));
            return;
        }
        long run = ++attempt;
        notice.set(null);
        output.reset(run, columns);
        state.set(ConsoleState.STARTING);
        status.set("Starting " + command.get() + "…");
        ExecSpec spec = new ExecSpec(words, user.get().trim(), "", List.of(), true, columns, rows);
        startedColumns = columns;
        startedRows = rows;
        try {
            containers.exec(containerId, spec, bytes -> output.arrived(run, bytes), failure -> ui.execute(() -> {
                output.drain(run);
                ended(run, failure);
            })).whenCompleteAsync((opened, failure) -> started(run, opened, failure), ui);
        } catch (RuntimeException failed) {
            started(run, null, failed);
        }
    }

    private void started(long run, ExecSession opened, Throwable failure) {
        if (run != attempt || state.get() == ConsoleState.CLOSED) {
            if (opened != null) {
                opened.close(); // closed (or restarted) while it was starting
            }
            return;
        }
        if (failure != null) {
            state.set(ConsoleState.FAILED);
            status.set("Could not start " + command.get());
            notice.set(Notice.error(failure));
            return;
        }
        if (state.get() == ConsoleState.ENDED) { // it ended before the start was confirmed
            showExitCode(run, opened);
            return;
        }
        session = opened;
        if (columns != startedColumns || rows != startedRows) { // the pane was resized while it started
            opened.resize(columns, rows);
        }
        if (state.get() == ConsoleState.STARTING) {
            state.set(ConsoleState.RUNNING);
            status.set("Running " + command.get() + (user.get().isBlank() ? "" : " as " + user.get().trim())
                    + " in " + containerName);
        }
    }

    private void ended(long run, Throwable failure) {
        if (run != attempt || state.get() == ConsoleState.CLOSED) {
            return;
        }
        ExecSession ending = session;
        session = null;
        state.set(ConsoleState.ENDED);
        status.set(failure == null ? "Ended" : "Ended: the connection to the process was lost");
        if (failure != null) {
            notice.set(Notice.error(failure));
        }
        if (ending != null) {
            showExitCode(run, ending);
        }
    }

    private void showExitCode(long run, ExecSession ended) {
        ended.exitCode().whenCompleteAsync((code, unknown) -> {
            if (run == attempt && code != null && state.get() == ConsoleState.ENDED) {
                status.set("Ended (exit code " + code + ")");
            }
        }, ui);
    }

    /** A key press; answers whether it went to the process (so the view consumes the event). */
    public boolean keyPressed(TerminalKey key) {
        return send(TerminalKeys.pressed(key));
    }

    /** A typed character; answers whether it went to the process. */
    public boolean keyTyped(String character, boolean control, boolean alt) {
        return send(TerminalKeys.typed(character, control, alt));
    }

    /** Pasted text, sent as typed (line breaks as Enter). */
    public void paste(String text) {
        if (text != null && !text.isEmpty()) {
            send(TerminalKeys.pasted(text));
        }
    }

    private boolean send(String input) {
        if (input == null || session == null || state.get() != ConsoleState.RUNNING) {
            return false;
        }
        session.send(input.getBytes(StandardCharsets.UTF_8));
        return true;
    }

    /** The pane's size in characters changed: the process's TTY is told, as a terminal window does. */
    public void resize(int newColumns, int newRows) {
        if (newColumns < 2 || newRows < 1 || (newColumns == columns && newRows == rows)) {
            return;
        }
        columns = newColumns;
        rows = newRows;
        output.setColumns(newColumns);
        if (session != null && state.get() == ConsoleState.RUNNING) {
            session.resize(newColumns, newRows);
        }
    }

    /** Ends the session (the engine stops the process's connection) and forgets the screen's source. */
    @Override
    public void close() {
        attempt++;
        state.set(ConsoleState.CLOSED);
        status.set("Closed");
        output.stop();
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /** The selected rows as plain text; a row that wrapped at the terminal's width joins the next. */
    public String copyText(List<ConsoleLine> selected) {
        StringBuilder text = new StringBuilder();
        for (ConsoleLine line : selected) {
            text.append(line.text().stripTrailing());
            if (!line.wrapped()) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** The terminal's rows, oldest first; the last few change as output arrives. */
    public ObservableList<ConsoleLine> lines() {
        return output.lines();
    }

    public StringProperty commandProperty() {
        return command;
    }

    /** The user to run as ({@code docker exec -u}); empty for the image's user. */
    public StringProperty userProperty() {
        return user;
    }

    /** The equivalent {@code docker exec -it [-u USER] NAME COMMAND} line. */
    public ReadOnlyStringProperty cliLineProperty() {
        return cliLine.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConsoleState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "Running /bin/sh in web", "Ended (exit code 0)"… */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public NoticeHolder notice() {
        return notice;
    }

    public String containerId() {
        return containerId;
    }

    public String containerName() {
        return containerName;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }
}
