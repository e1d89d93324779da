package dev.berth.containers.files;

import dev.berth.daemon.cli.ContainerFileCommandLines;
import dev.berth.daemon.containers.ContainerFileOperations;
import dev.berth.daemon.containers.FileContent;
import dev.berth.daemon.files.FileEntry;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.TabContext;
import dev.berth.ui.dialogs.Confirmation;
import dev.berth.ui.text.ByteSizes;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A text file of a container open in place: read once (up to {@link #LIMIT}), edited, and written back after a
 * confirmation with the mode and owner it had. Before writing, the file is read again: if it changed in the container
 * since it was opened, nothing is written and the user chooses to reload it or to overwrite it. Binary and larger
 * files are not shown; they can be downloaded. All properties change on the UI executor.
 */
public final class FileEditorViewModel {
    public static final long LIMIT = 1024 * 1024;

    /** What the editor shows. */
    public enum State { CLOSED, LOADING, EDITING, BINARY, TOO_LARGE, SAVING, CONFLICT }

    private final ContainerFileOperations files;
    private final TabContext context;
    private final Runnable afterSave;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.CLOSED);
    private final ReadOnlyStringWrapper path = new ReadOnlyStringWrapper(this, "path", "");
    private final ReadOnlyStringWrapper encoding = new ReadOnlyStringWrapper(this, "encoding", "");
    private final ReadOnlyStringWrapper facts = new ReadOnlyStringWrapper(this, "facts", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper savedText = new ReadOnlyStringWrapper(this, "savedText", "");
    private final NoticeHolder notice = new NoticeHolder();
    private final BooleanBinding dirty = Bindings.createBooleanBinding(() -> !text.get().equals(savedText.get()),
            text, savedText);
    private String container;
    private FileEntry entry;
    private FileText decoded;
    private byte[] savedBytes = new byte[0];
    private long opening;

    /** @param afterSave told once a file was written, so the page can show its new size and time */
    public FileEditorViewModel(ContainerFileOperations files, TabContext context, Runnable afterSave) {
        this.files = files;
        this.context = context;
        this.afterSave = afterSave;
    }

    /** Reads the file of that container (by name or id, as the user knows it) and shows it, or says why not. */
    public CompletableFuture<Void> open(String containerName, FileEntry file) {
        container = containerName;
        entry = file;
        path.set(file.path());
        notice.set(null);
        facts.set(facts(file));
        encoding.set("");
        savedBytes = new byte[0];
        savedText.set("");
        text.set("");
        if (file.size() > LIMIT) {
            state.set(State.TOO_LARGE);
            return CompletableFuture.completedFuture(null);
        }
        state.set(State.LOADING);
        long mine = ++opening;
        return files.read(containerName, file.path(), LIMIT).handleAsync((content, failure) -> {
            if (mine != opening) {
                return null; // another file was opened meanwhile
            }
            if (failure != null) {
                state.set(State.CLOSED);
                notice.set(Notice.error(failure));
            } else {
                show(content);
            }
            return null;
        }, context.ui());
    }

    private void show(FileContent content) {
        entry = content.entry();
        facts.set(facts(entry));
        if (!content.whole()) {
            state.set(State.TOO_LARGE);
            return;
        }
        Optional<FileText> asText = FileText.decode(content.bytes());
        if (asText.isEmpty()) {
            state.set(State.BINARY);
            return;
        }
        decoded = asText.get();
        savedBytes = content.bytes();
        encoding.set(decoded.encoding());
        savedText.set(decoded.text());
        text.set(decoded.text());
        state.set(State.EDITING);
    }

    /**
     * Asks, naming the file, whether to write it back; then writes it unless it changed in the container meanwhile
     * (then the state is {@link State#CONFLICT}).
     */
    public CompletableFuture<Void> save() {
        if (state.get() != State.EDITING || !dirty.get()) {
            return CompletableFuture.completedFuture(null);
        }
        String command = ContainerFileCommandLines.writeBack(container, entry.path());
        Confirmation question = new Confirmation("Write " + entry.path() + " back into container " + container
                + "?", "It keeps its permissions (" + entry.permissions() + ") and owner ("
                + entry.owner().describe() + ").", List.of(entry.path()), "Save", false, List.of(), answer -> command);
        if (context.dialogs().confirm(question).isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        state.set(State.SAVING);
        notice.set(null);
        return files.read(container, entry.path(), LIMIT).handleAsync((now, failure) -> {
            if (failure != null) {
                state.set(State.EDITING);
                notice.set(Notice.error(failure));
                return CompletableFuture.<Void>completedFuture(null);
            }
            if (!Arrays.equals(now.bytes(), savedBytes) || !now.whole()) {
                state.set(State.CONFLICT);
                return CompletableFuture.<Void>completedFuture(null);
            }
            return write();
        }, context.ui()).thenCompose(step -> step);
    }

    /** Writes the edited text over what the container has now (after a conflict). */
    public CompletableFuture<Void> overwrite() {
        if (state.get() != State.CONFLICT) {
            return CompletableFuture.completedFuture(null);
        }
        state.set(State.SAVING);
        return write();
    }

    /** Drops the edits and reads the file as the container has it now. */
    public CompletableFuture<Void> reload() {
        return entry == null ? CompletableFuture.completedFuture(null) : open(container, entry);
    }

    private CompletableFuture<Void> write() {
        String edited = text.get();
        byte[] bytes = decoded.encode(edited);
        context.echo().echo(ContainerFileCommandLines.writeBack(container, entry.path()));
        return files.write(container, entry, bytes).handleAsync((ok, failure) -> {
            if (failure != null) {
                state.set(State.EDITING);
                notice.set(Notice.error(failure));
                return null;
            }
            savedBytes = bytes;
            savedText.set(edited);
            entry = new FileEntry(entry.path(), entry.kind(), bytes.length, entry.modified(), entry.mode(),
                    entry.linkTarget(), entry.owner());
            facts.set(facts(entry));
            state.set(State.EDITING);
            notice.set(new Notice(Notice.Kind.INFO, "Saved " + entry.path() + " into container " + container + ".",
                    null));
            afterSave.run();
            return null;
        }, context.ui());
    }

    /** Closes the file; unsaved edits are dropped only when the user agrees. */
    public boolean close() {
        if (dirty.get() && state.get() != State.CLOSED && context.dialogs().confirm(new Confirmation(
                "Drop your changes to " + path.get() + "?", "", List.of(path.get()), "Drop changes", true, List.of(),
                null)).isEmpty()) {
            return false;
        }
        discard();
        return true;
    }

    /** Closes the file without asking, e.g. when another container is shown. */
    public void discard() {
        opening++;
        state.set(State.CLOSED);
        notice.set(null);
        text.set("");
        savedText.set("");
    }

    private static String facts(FileEntry file) {
        return ByteSizes.human(file.size()) + " · " + file.permissions() + " · " + file.owner().describe();
    }

    /** The open file, for a download of a file that is not shown as text. */
    public FileEntry entry() {
        return entry;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** The encoding the text was read in, as the editor shows it. */
    public ReadOnlyStringProperty encodingProperty() {
        return encoding.getReadOnlyProperty();
    }

    /** Size, permissions and owner, e.g. "3 KB · rw-r----- · 1234:5678". */
    public ReadOnlyStringProperty factsProperty() {
        return facts.getReadOnlyProperty();
    }

    /** The text being edited; the view binds its editor to it. */
    public StringProperty textProperty() {
        return text;
    }

    /** Whether the text differs from what was read or last saved. */
    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public NoticeHolder notice() {
        return notice;
    }
}
