package dev.berth.volumes;

import dev.berth.daemon.files.FileEntry;
import dev.berth.daemon.volumes.VolumeOperations;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.concurrent.LatestAnswer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A file browser over one volume: the entries of the open folder, read through a helper container each time a
 * folder is opened (never in the background). All properties change on {@code ui} only.
 */
public final class VolumeBrowserViewModel {
    private final VolumeOperations volumes;
    private final ReadOnlyStringWrapper volume = new ReadOnlyStringWrapper(this, "volume");
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper(this, "folder", "");
    private final ObservableList<FileEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final NoticeHolder notice = new NoticeHolder();
    private final LatestAnswer<List<FileEntry>> listing;

    public VolumeBrowserViewModel(VolumeOperations volumes, Executor ui) {
        this.volumes = volumes;
        this.listing = new LatestAnswer<>(ui, listed -> {
            loading.set(false);
            entries.setAll(listed);
        }, failure -> {
            loading.set(false);
            entries.clear();
            notice.set(Notice.error(failure));
        });
    }

    /** Opens the root of {@code name} (null shows nothing); the same volume again keeps the open folder. */
    public void show(String name) {
        if (name != null && name.equals(volume.get())) {
            return;
        }
        volume.set(name);
        open("");
    }

    /** Reads the open folder again. */
    public CompletableFuture<Void> refresh() {
        return open(folder.get());
    }

    public CompletableFuture<Void> enter(FileEntry entry) {
        return entry.isFolder() ? open(entry.path()) : CompletableFuture.completedFuture(null);
    }

    public CompletableFuture<Void> up() {
        String current = folder.get();
        int slash = current.lastIndexOf('/');
        return open(slash < 0 ? "" : current.substring(0, slash));
    }

    /** Opens a folder given as a path relative to the volume's root ("" is the root). */
    public CompletableFuture<Void> open(String path) {
        String name = volume.get();
        listing.supersede(); // the user moved on: only this folder's answer counts
        folder.set(path);
        notice.set(null);
        if (name == null) {
            entries.clear();
            return CompletableFuture.completedFuture(null);
        }
        loading.set(true);
        return listing.submit(volumes.listFolder(name, path));
    }

    /** The open folder's path from the root, for the breadcrumb: "", "logs", "logs/old". */
    public List<String> crumbs() {
        List<String> out = new ArrayList<>(List.of(""));
        String current = folder.get();
        if (!current.isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (String part : current.split("/")) {
                path.append(path.length() == 0 ? "" : "/").append(part);
                out.add(path.toString());
            }
        }
        return out;
    }

    public ReadOnlyStringProperty volumeProperty() {
        return volume.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ObservableList<FileEntry> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public NoticeHolder notice() {
        return notice;
    }
}
