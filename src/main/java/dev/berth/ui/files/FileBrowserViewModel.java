package dev.berth.ui.files;

import dev.berth.daemon.Transfer;
import dev.berth.daemon.containers.FileChange;
import dev.berth.daemon.files.FileEntry;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.concurrent.LatestAnswer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A file browser over one place (a volume, a container's filesystem): the entries of the open folder, read each time
 * a folder is opened (never in the background), a path the user can type, and optional change marks ({@code docker
 * diff}) with a filter that shows only what changed. Folders are absolute paths from the place's root ("/",
 * "/etc/nginx"). A folder the user left is no longer read: its listing is closed. All properties change on {@code ui}.
 */
public final class FileBrowserViewModel {
    /** Reads one folder of the place; closing the transfer stops the read. */
    @FunctionalInterface
    public interface FolderReader {
        Transfer<List<FileEntry>> list(String folder);
    }

    private final ReadOnlyStringWrapper place = new ReadOnlyStringWrapper(this, "place");
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper(this, "folder", "/");
    private final StringProperty typedPath = new SimpleStringProperty(this, "typedPath", "/");
    private final ObservableList<FileEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<FileEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty onlyChanged = new SimpleBooleanProperty(this, "onlyChanged", false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final NoticeHolder notice = new NoticeHolder();
    private final LatestAnswer<List<FileEntry>> listing;
    private List<FileEntry> listed = List.of();
    private Map<String, FileChange.Kind> marks = Map.of();
    private FolderReader reader;
    private Transfer<List<FileEntry>> reading;

    public FileBrowserViewModel(java.util.concurrent.Executor ui) {
        this.listing = new LatestAnswer<>(ui, answer -> {
            loading.set(false);
            reading = null;
            listed = List.copyOf(answer);
            show();
        }, failure -> {
            loading.set(false);
            reading = null;
            listed = List.of();
            show();
            notice.report(failure, this::refresh);
        });
        onlyChanged.addListener((obs, old, now) -> show());
    }

    /**
     * Browses {@code placeName} from its root through {@code folders}; null shows nothing. The same place again keeps
     * the open folder and reads nothing.
     */
    public void browse(String placeName, FolderReader folders) {
        if (placeName != null && placeName.equals(place.get())) {
            return;
        }
        place.set(placeName);
        reader = placeName == null ? null : folders;
        marks = Map.of();
        open("/");
    }

    /** Opens a folder given as a path from the place's root ("/" is the root; a missing leading "/" is added). */
    public void open(String path) {
        String next = normalize(path);
        listing.supersede(); // the user moved on: only this folder's answer counts
        closeReading();
        folder.set(next);
        typedPath.set(next);
        notice.set(null);
        selected.set(null);
        listed = List.of();
        if (reader == null) {
            loading.set(false);
            show();
            return;
        }
        loading.set(true);
        show();
        reading = reader.list(next);
        listing.submit(reading.result());
    }

    /** Opens what the user typed into the path bar. */
    public void openTyped() {
        open(typedPath.get());
    }

    public void refresh() {
        open(folder.get());
    }

    /** Opens a folder entry; answers false for anything else (a file, a link), which the caller may open itself. */
    public boolean enter(FileEntry entry) {
        if (entry == null || !entry.isFolder()) {
            return false;
        }
        open(pathOf(entry));
        return true;
    }

    public void up() {
        String current = folder.get();
        int slash = current.lastIndexOf('/');
        open(slash <= 0 ? "/" : current.substring(0, slash));
    }

    /** Stops reading the open folder, e.g. when the browser is no longer shown; its answer is dropped. */
    public void stopReading() {
        listing.supersede();
        closeReading();
        loading.set(false);
    }

    private void closeReading() {
        if (reading != null) {
            reading.close();
            reading = null;
        }
    }

    /** The entry's absolute path from the place's root. */
    public static String pathOf(FileEntry entry) {
        return normalize(entry.path());
    }

    /**
     * Marks entries as the container's {@code docker diff} says; deleted paths inside the open folder are shown as
     * entries of their own.
     *
     * @param changes path → how it changed
     */
    public void setMarks(Map<String, FileChange.Kind> changes) {
        marks = Map.copyOf(changes);
        show();
    }

    /** How the entry changed against the image, or null. */
    public FileChange.Kind markOf(FileEntry entry) {
        return marks.get(pathOf(entry));
    }

    /** The names in the open folder, e.g. to ask before an upload replaces one. */
    public Set<String> namesShown() {
        return listed.stream().map(FileEntry::name).collect(Collectors.toSet());
    }

    private void show() {
        List<FileEntry> shown = new ArrayList<>();
        for (FileEntry entry : listed) {
            if (!onlyChanged.get() || markOf(entry) != null) {
                shown.add(entry);
            }
        }
        if (!loading.get()) {
            shown.addAll(deletedHere());
        }
        FileEntry keep = selected.get();
        entries.setAll(shown);
        selected.set(keep != null && shown.contains(keep) ? keep : null);
    }

    /** The deleted paths directly inside the open folder, as entries (they have no size, mode or time left). */
    private List<FileEntry> deletedHere() {
        String prefix = folder.get().equals("/") ? "/" : folder.get() + "/";
        Set<String> present = listed.stream().map(FileBrowserViewModel::pathOf).collect(Collectors.toSet());
        return marks.entrySet().stream().filter(mark -> mark.getValue() == FileChange.Kind.DELETED)
                .map(Map.Entry::getKey)
                .filter(path -> path.startsWith(prefix) && path.indexOf('/', prefix.length()) < 0
                        && !present.contains(path))
                .sorted()
                .map(path -> new FileEntry(path, FileEntry.Kind.OTHER, 0, Instant.EPOCH, 0, "",
                        FileEntry.Owner.ROOT))
                .toList();
    }

    static String normalize(String path) {
        String trimmed = Objects.requireNonNullElse(path, "").strip().replaceAll("/+", "/");
        String absolute = trimmed.startsWith("/") ? trimmed : "/" + trimmed;
        return absolute.length() > 1 && absolute.endsWith("/") ? absolute.substring(0, absolute.length() - 1)
                : absolute;
    }

    public ReadOnlyStringProperty placeProperty() {
        return place.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** The path bar's text; {@link #openTyped()} opens it. */
    public StringProperty typedPathProperty() {
        return typedPath;
    }

    public ObservableList<FileEntry> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    /** The entry the user selected; the view keeps it in step with the table. */
    public ObjectProperty<FileEntry> selectedProperty() {
        return selected;
    }

    public BooleanProperty onlyChangedProperty() {
        return onlyChanged;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public NoticeHolder notice() {
        return notice;
    }
}
