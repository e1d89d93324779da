package dev.berth.console;

import dev.berth.daemon.cli.ContainerCommandLines;
import dev.berth.daemon.cli.ShellWords;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.containers.ExecSession;
import dev.berth.daemon.containers.ExecSpec;
import dev.berth.terminal.TerminalEmulator;
import dev.berth.terminal.TerminalListener;
import dev.berth.terminal.view.TerminalFeed;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A terminal into one running container: {@code docker exec -it} of a command (by default the image's bash, else
 * sh) as a user in a working directory, or {@code docker attach} to the container's main process. The process's
 * output goes to a terminal emulator, parsed off the FX thread ({@link TerminalFeed}); the emulator's answers
 * (cursor position, device attributes) go back to the process. Properties change on the {@code ui} executor only.
 */
public final class ConsoleViewModel implements AutoCloseable {
    /** What the console joins. */
    public enum Kind { EXEC, ATTACH }

    /** The terminal Berth emulates, told to the programs in the container. */
    public static final List<String> TERMINAL_ENV = List.of("TERM=xterm-256color");
    public static final String EXEC_HELP = "Ctrl+Shift+C copies the selection, Ctrl+Shift+V pastes, Ctrl +/− sets "
            + "the font size, Shift+PgUp/PgDn and the wheel scroll back. Leave the command empty for bash, or sh "
            + "where the image has no bash.";
    public static final String ATTACH_HELP = "Attached to the container's main process, as docker attach: what you "
            + "type goes to it. Ctrl+P Ctrl+Q detaches and leaves it running (closing the tab detaches too); "
            + "ending the process (exit) stops the container.";
    /** Output waiting to be parsed beyond this holds the engine's stream back. */
    private static final int MAX_PENDING_OUTPUT = 1 << 20;

    private final ContainerOperations containers;
    private final String containerId;
    private final String containerName;
    private final Kind kind;
    private final Executor ui;
    private final TerminalEmulator terminal = new TerminalEmulator(80, 24);
    private final TerminalFeed feed;
    private final StringProperty command = new SimpleStringProperty(this, "command", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty workingDir = new SimpleStringProperty(this, "workingDir", "");
    private final ReadOnlyStringWrapper cliLine = new ReadOnlyStringWrapper(this, "cliLine");
    private final ReadOnlyObjectWrapper<ConsoleState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ConsoleState.NOT_STARTED);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper tabTitle = new ReadOnlyStringWrapper(this, "tabTitle", "");
    private final NoticeHolder notice = new NoticeHolder();
    private volatile Runnable screenChanged = () -> { };
    private volatile ExecSession session;
    /** What runs: the command as typed, or the shell found for an empty one. */
    private String running = "";
    private volatile long attempt;
    private int columns = 80;
    private int rows = 24;

    /** @param parsing where the process's output is parsed (off the FX thread; one task per console at a time) */
    public ConsoleViewModel(ContainerOperations containers, String containerId, String containerName, Kind kind,
                            Executor ui, Executor parsing) {
        this.containers = containers;
        this.containerId = containerId;
        this.containerName = containerName;
        this.kind = kind;
        this.ui = ui;
        this.feed = new TerminalFeed(bytes -> terminal.feed(bytes), parsing, MAX_PENDING_OUTPUT);
        terminal.setListener(new TerminalListener() {
            @Override
            public void reply(byte[] bytes) {
                ExecSession open = session;
                if (open != null) {
                    open.send(bytes);
                }
            }

            @Override
            public void titleChanged(String newTitle) {
                ui.execute(() -> {
                    title.set(newTitle);
                    updateTabTitle();
                });
            }

            @Override
            public void contentChanged() {
                screenChanged.run();
            }
        });
        command.addListener((obs, old, now) -> updateCliLine());
        user.addListener((obs, old, now) -> updateCliLine());
        workingDir.addListener((obs, old, now) -> updateCliLine());
        updateCliLine();
        updateTabTitle();
    }

    private void updateCliLine() {
        if (kind == Kind.ATTACH) {
            cliLine.set(ContainerCommandLines.attach(containerName));
            return;
        }
        String shown = command.get().isBlank() ? (running.isEmpty() ? "sh" : running) : command.get();
        cliLine.set(ContainerCommandLines.interactiveExec(containerName, user.get(), workingDir.get(), TERMINAL_ENV,
                shown));
    }

    private void updateTabTitle() {
        String base = title.get().isBlank() ? containerName : containerName + " — " + title.get();
        String suffix = switch (state.get()) {
            case ENDED -> " (" + status.get().toLowerCase(Locale.ROOT) + ")";
            case FAILED -> " (failed)";
            default -> "";
        };
        tabTitle.set((kind == Kind.ATTACH ? "⇄ " : "") + base + suffix);
    }

    private void setState(ConsoleState newState, String newStatus) {
        state.set(newState);
        status.set(newStatus);
        updateTabTitle();
    }

    /** Starts (again, after it ended) on a fresh screen; an empty command runs the image's bash, else sh. */
    public void start() {
        if (!state.get().canStart()) {
            return;
        }
        List<String> words = List.of();
        if (kind == Kind.EXEC && !command.get().isBlank()) {
            try {
                words = ShellWords.split(command.get());
            } catch (IllegalArgumentException unreadable) {
                notice.set(new Notice(Notice.Kind.ERROR, unreadable.getMessage(), null));
                return;
            }
        }
        long run = ++attempt;
        notice.set(null);
        title.set("");
        terminal.reset();
        if (kind == Kind.ATTACH) {
            setState(ConsoleState.STARTING, "Attaching to " + containerName + "…");
            open(run, containers.attach(containerId, columns, rows, bytes -> output(run, bytes),
                    failure -> ui.execute(() -> ended(run, failure))));
        } else if (words.isEmpty()) {
            setState(ConsoleState.STARTING, "Looking for bash in " + containerName + "…");
            containers.preferredShell(containerId).thenAcceptAsync(shell -> {
                if (run == attempt) {
                    exec(run, List.of(shell), shell);
                }
            }, ui);
        } else {
            exec(run, words, command.get().trim());
        }
    }

    private void exec(long run, List<String> words, String shown) {
        running = shown;
        updateCliLine();
        setState(ConsoleState.STARTING, "Starting " + shown + "…");
        ExecSpec spec = new ExecSpec(words, user.get().trim(), workingDir.get().trim(), TERMINAL_ENV, true, columns,
                rows);
        open(run, containers.exec(containerId, spec, bytes -> output(run, bytes),
                failure -> ui.execute(() -> ended(run, failure))));
    }

    private void open(long run, CompletableFuture<ExecSession> opening) {
        int startedColumns = columns;
        int startedRows = rows;
        opening.whenCompleteAsync((opened, failure) -> {
            if (run != attempt || state.get() == ConsoleState.CLOSED) {
                if (opened != null) {
                    opened.close(); // closed (or restarted) while it was starting
                }
                return;
            }
            if (failure != null) {
                setState(ConsoleState.FAILED, "Could not " + (kind == Kind.ATTACH ? "attach to " + containerName
                        : "start " + running));
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
            setState(ConsoleState.RUNNING, kind == Kind.ATTACH ? "Attached to " + containerName
                    : "Running " + running + (user.get().isBlank() ? "" : " as " + user.get().trim()) + " in "
                    + containerName);
        }, ui);
    }

    /** Output of attempt {@code run}, on the stream's thread: parsed in the background, held back when too much waits. */
    private void output(long run, byte[] bytes) {
        if (run == attempt) {
            feed.accept(bytes);
        }
    }

    private void ended(long run, Throwable failure) {
        if (run != attempt || state.get() == ConsoleState.CLOSED) {
            return;
        }
        ExecSession ending = session;
        session = null;
        setState(ConsoleState.ENDED, failure == null ? "Ended" : "Ended: the connection was lost");
        if (failure != null) {
            notice.set(Notice.error(failure));
        }
        if (ending != null) {
            showExitCode(run, ending);
        }
    }

    private void showExitCode(long run, ExecSession ended) {
        ended.exitCode().whenCompleteAsync((code, unknown) -> {
            if (run != attempt || state.get() != ConsoleState.ENDED || unknown != null) {
                return;
            }
            setState(ConsoleState.ENDED, code == null ? "Detached: the container runs on" : "Exited with code " + code);
        }, ui);
    }

    /** Input for the process (keys, pastes, mouse and focus reports); dropped unless it runs. */
    public void send(byte[] input) {
        ExecSession open = session;
        if (open != null && state.get() == ConsoleState.RUNNING) {
            open.send(input);
        }
    }

    /** The pane's size in characters changed: the terminal and the process's TTY are told, as a window does. */
    public void resize(int newColumns, int newRows) {
        if (newColumns < 2 || newRows < 1 || (newColumns == columns && newRows == rows)) {
            return;
        }
        columns = newColumns;
        rows = newRows;
        terminal.resize(newColumns, newRows);
        ExecSession open = session;
        if (open != null && state.get() == ConsoleState.RUNNING) {
            open.resize(newColumns, newRows);
        }
    }

    /** Ends the session (an exec's process ends; an attach detaches) and drops output not yet shown. */
    @Override
    public void close() {
        attempt++;
        setState(ConsoleState.CLOSED, "Closed");
        feed.close();
        ExecSession open = session;
        session = null;
        if (open != null) {
            open.close();
        }
    }

    /** The emulator the view paints; fed by this model. */
    public TerminalEmulator terminal() {
        return terminal;
    }

    /** Called (off the FX thread) whenever the screen changed; the view asks for a frame. */
    public void setOnScreenChanged(Runnable onChange) {
        screenChanged = onChange;
    }

    /** Every line the terminal holds (scrollback and screen), as text. */
    public String text() {
        int last = terminal.scrollbackLines() + terminal.rows() - 1;
        return terminal.text(0, 0, last, terminal.cols());
    }

    public Kind kind() {
        return kind;
    }

    /** The command to run; empty for the image's bash, else sh. */
    public StringProperty commandProperty() {
        return command;
    }

    /** The user to run as ({@code docker exec -u}); empty for the image's user. */
    public StringProperty userProperty() {
        return user;
    }

    /** The working directory ({@code docker exec -w}); empty for the image's. */
    public StringProperty workingDirProperty() {
        return workingDir;
    }

    /** The equivalent {@code docker exec -it …} or {@code docker attach …} line. */
    public ReadOnlyStringProperty cliLineProperty() {
        return cliLine.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConsoleState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "Running /bin/sh in web", "Exited with code 0"… */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The window title the program set (OSC 0/2), or empty. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The tab's text: the container, the program's title, and how it ended. */
    public ReadOnlyStringProperty tabTitleProperty() {
        return tabTitle.getReadOnlyProperty();
    }

    public String help() {
        return kind == Kind.ATTACH ? ATTACH_HELP : EXEC_HELP;
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
