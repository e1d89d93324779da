package dev.berth.volumes;

import dev.berth.daemon.volumes.VolumeOperations;
import dev.berth.daemon.volumes.VolumeUser;
import dev.berth.ui.InspectSearch;
import dev.berth.ui.Notice;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * The selected volume's details: the containers that use it (following the list), and its Files and Inspect pages,
 * each read from the engine only while it is shown. Answers for a volume no longer shown are dropped.
 */
public final class VolumeDetailsViewModel {
    /** The page under the volume's name. */
    public enum Page { FILES, INSPECT }

    private final VolumeOperations volumes;
    private final Executor ui;
    private final VolumeBrowserViewModel browser;
    private final ReadOnlyObjectWrapper<VolumeRow> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<List<VolumeUser>> users = new ReadOnlyObjectWrapper<>(this, "users",
            List.of());
    private final InspectSearch inspect = new InspectSearch();
    private final ChangeListener<List<VolumeUser>> usersChanged = (obs, old, now) -> users.set(now);
    private Page page = Page.FILES;
    private long request;

    public VolumeDetailsViewModel(VolumeOperations volumes, Executor ui, VolumeBrowserViewModel browser) {
        this.volumes = volumes;
        this.ui = ui;
        this.browser = browser;
    }

    /** Shows this volume, or nothing for null; call it on selection change. */
    public void show(VolumeRow row) {
        if (row == shown.get()) {
            return;
        }
        if (shown.get() != null) {
            shown.get().usersProperty().removeListener(usersChanged);
        }
        users.set(row == null ? List.of() : row.users()); // before the row, so a view of both never mixes two
        shown.set(row);
        if (row != null) {
            row.usersProperty().addListener(usersChanged);
        }
        inspect.setText("");
        load();
    }

    /** The user turned to this page: read what it needs if it has not been read for this volume yet. */
    public void showPage(Page next) {
        page = next;
        load();
    }

    private void load() {
        VolumeRow row = shown.get();
        long mine = ++request;
        if (row == null) {
            browser.show(null);
        } else if (page == Page.FILES) {
            browser.show(row.name());
        } else if (inspect.textProperty().get().isEmpty()) {
            volumes.inspectJson(row.name()).whenCompleteAsync((text, failure) -> {
                if (mine == request) {
                    inspect.setText(failure == null ? text : Notice.error(failure).sentence());
                }
            }, ui);
        }
    }

    /** The files of the shown volume again (e.g. after a restore into it), if they are on show. */
    public void refreshFiles() {
        if (shown.get() != null && page == Page.FILES) {
            browser.refresh();
        }
    }

    public ReadOnlyObjectProperty<VolumeRow> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The containers that use the shown volume, kept up to date with the list. */
    public ReadOnlyObjectProperty<List<VolumeUser>> usersProperty() {
        return users.getReadOnlyProperty();
    }

    public InspectSearch inspect() {
        return inspect;
    }
}
