package dev.berth.volumes;

import dev.berth.daemon.Transfer;
import dev.berth.daemon.volumes.VolumeOperations;
import dev.berth.ui.files.FileBrowserViewModel;

import java.util.concurrent.Executor;

/**
 * The shared file browser over one volume: each folder is read through a helper container when it is opened (never
 * in the background). Folders are paths from the volume's root ("/logs"); the volume calls take them without the
 * leading "/".
 */
public final class VolumeBrowserViewModel {
    private final VolumeOperations volumes;
    private final FileBrowserViewModel files;

    public VolumeBrowserViewModel(VolumeOperations volumes, Executor ui) {
        this.volumes = volumes;
        this.files = new FileBrowserViewModel(ui);
    }

    /** Opens the root of {@code name} (null shows nothing); the same volume again keeps the open folder. */
    public void show(String name) {
        files.browse(name, folder -> new Transfer<>(volumes.listFolder(name, folder.substring(1)), () -> { }));
    }

    /** Reads the open folder again. */
    public void refresh() {
        files.refresh();
    }

    public FileBrowserViewModel files() {
        return files;
    }
}
