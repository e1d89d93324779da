package dev.berth.volumes;

import atlantafx.base.controls.CustomTextField;
import dev.berth.daemon.files.FileEntry;
import dev.berth.daemon.volumes.VolumeUser;
import dev.berth.ui.EmptyState;
import dev.berth.ui.Icons;
import dev.berth.ui.files.FileBrowserView;
import dev.berth.ui.files.FileBrowserViewModel;
import dev.berth.ui.Navigator;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.ResourceSection;
import dev.berth.ui.TaskStrip;
import dev.berth.ui.UserAction;
import dev.berth.ui.concurrent.AgeClock;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.util.List;
import java.util.concurrent.Executor;

/** The Volumes tab: a toolbar, the live table, and the selected volume's users, files and inspect JSON. */
public final class VolumesView extends BorderPane {
    private final VolumesViewModel model;
    private final Executor ui;
    private final VolumeTransfersViewModel transfers;
    private final VolumesTable table;
    private final VolumeDetailsViewModel details;
    private final CustomTextField search;
    private boolean selectionReportPending;

    /** @param prune opens the clean-up wizard for volumes */
    public VolumesView(VolumesViewModel model, Navigator navigator, AgeClock ages, UserAction prune) {
        this.model = model;
        this.ui = model.context().ui();
        this.transfers = model.transfers();
        getStyleClass().add("volumes-view");
        table = new VolumesTable(model, ages.nowProperty());
        search = ResourceSection.searchField("volume-search", "Search name, driver, label or container", 280,
                model.rows().filterTextProperty());
        details = model.details();
        VolumeDetails detailsView = new VolumeDetails(details, filesPage(), navigator);
        model.rows().selectedProperty().subscribe(details::show);
        table.getSelectionModel().selectedItemProperty().subscribe(row -> reportSelectionSoon());

        BooleanBinding none = model.rows().selectedProperty().isNull();
        BooleanBinding idle = transfers.busyProperty().not();
        UserAction create = new UserAction("create", "Create…", MaterialDesignP.PLUS, keys(KeyCode.N), "docker volume create",
                new SimpleBooleanProperty(true), this::openCreateDialog, false);
        UserAction remove = new UserAction("remove", "Remove", MaterialDesignD.DELETE_OUTLINE,
                new KeyCodeCombination(KeyCode.DELETE), "docker volume rm NAME", none.not(), model::askRemoveSelected,
                true);
        UserAction backUp = new UserAction("backup", "Back up…", MaterialDesignA.ARCHIVE_ARROW_DOWN_OUTLINE,
                keys(KeyCode.B), "docker run --rm -v NAME:/volume:ro … tar czf …", none.not().and(idle),
                this::askBackUp, false);
        UserAction restore = new UserAction("restore", "Restore…", MaterialDesignA.ARCHIVE_ARROW_UP_OUTLINE,
                keys(KeyCode.R), "docker run --rm -v NAME:/volume … tar xzf …", idle, this::askRestore, false);
        UserAction sizes = new UserAction("sizes", "Compute sizes", MaterialDesignR.RULER,
                new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                VolumesViewModel.sizesCommand(), model.measuringProperty().not(), model::computeSizes, false);
        List<UserAction> commands = List.of(create, backUp, restore, sizes, remove,
                UserAction.find(search::requestFocus), prune);
        ContextMenu menu = new ContextMenu(backUp.toMenuItem(), restore.toMenuItem(), new SeparatorMenuItem(),
                remove.toMenuItem());
        table.setContextMenu(menu);

        setTop(ResourceSection.top(toolbar(commands), new NoticeBanner(model.notice()),
                inUseActions(navigator), new NoticeBanner(transfers.notice()),
                new TaskStrip("volume-transfer", transfers.statusProperty(), transfers.progressProperty(),
                        transfers.busyProperty(), transfers::cancel)));
        setCenter(ResourceSection.tableOverDetails(new StackPane(table, placeholder(create)), detailsView, 0.45));
        UserAction.installShortcuts(this, commands, target -> target == table);
        ages.tickWhileShown(this);
    }

    /**
     * A re-sort (a size measured, a user started) deselects and reselects the row within one pulse; reporting once
     * after it keeps the files page from reading the volume again for nothing.
     */
    private void reportSelectionSoon() {
        if (!selectionReportPending) {
            selectionReportPending = true;
            ui.execute(() -> {
                selectionReportPending = false;
                model.rows().select(table.getSelectionModel().getSelectedItem());
            });
        }
    }

    private static KeyCombination keys(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private HBox toolbar(List<UserAction> commands) {
        ProgressIndicator measuring = new ProgressIndicator();
        measuring.setPrefSize(16, 16);
        measuring.visibleProperty().bind(model.measuringProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, commands.get(0).toButton("volume"), search, gap, commands.get(1).toButton("volume"),
                commands.get(2).toButton("volume"), commands.get(3).toButton("volume"), measuring,
                commands.get(6).toButton("volume"), commands.get(4).toButton("volume"));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Under a refused removal: a button per container that holds the volume. */
    private FlowPane inUseActions(Navigator navigator) {
        FlowPane actions = new FlowPane(6, 6);
        actions.setId("volume-in-use-actions");
        model.refusedByProperty().subscribe(users -> {
            actions.getChildren().clear();
            for (VolumeUser user : users) {
                Button show = new Button("Show container " + user.containerName());
                show.setId("volume-show-user-" + user.containerName());
                show.setOnAction(event -> navigator.showContainer(user.containerId()));
                actions.getChildren().add(show);
            }
        });
        actions.visibleProperty().bind(Bindings.isNotEmpty(actions.getChildren()));
        actions.managedProperty().bind(actions.visibleProperty());
        return actions;
    }

    private StackPane placeholder(UserAction create) {
        Button make = create.toButton("volume-empty");
        EmptyState empty = new EmptyState(MaterialDesignD.DATABASE, "No volumes yet",
                "A volume keeps a container's data after the container is gone. Create one here, or with"
                        + " `docker volume create data`; volumes that containers make appear by themselves.", make);
        empty.setId("no-volumes");
        EmptyState noMatch = new EmptyState(MaterialDesignM.MAGNIFY, "No volume matches",
                "Nothing matches the search. Clear it to see every volume.");
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(48, 48);
        var rows = model.rows().all();
        var visible = model.rows().visible();
        var loaded = model.rows().loadedProperty();
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> loaded.get() && rows.isEmpty(), loaded,
                rows));
        noMatch.visibleProperty().bind(Bindings.createBooleanBinding(() -> !rows.isEmpty() && visible.isEmpty(),
                rows, visible));
        loading.visibleProperty().bind(loaded.not());
        StackPane layer = new StackPane(empty, noMatch, loading);
        layer.getStyleClass().add("empty-layer");
        layer.setPickOnBounds(false);
        layer.visibleProperty().bind(empty.visibleProperty().or(noMatch.visibleProperty())
                .or(loading.visibleProperty()));
        return layer;
    }

    private void openCreateDialog() {
        VolumeCreateViewModel form = model.createForm();
        new VolumeCreateDialog(getScene().getWindow(), form, made -> {
            model.context().echo().echo(form.commandLineProperty().get());
            model.selectWhenListed(made.name());
        }).show();
    }

    private void askBackUp() {
        VolumeRow target = model.rows().selectedProperty().get();
        if (target != null) {
            transfers.askBackUp(target);
        }
    }

    private void askRestore() {
        transfers.askRestoreArchive().ifPresent(archive -> {
            VolumeRow selected = model.rows().selectedProperty().get();
            new RestoreDialog(getScene().getWindow(), archive, selected == null ? null : selected.name(),
                    model.names()).showAndWait().ifPresent(request -> transfers.restore(request)
                    .thenAccept(restored -> afterRestore(restored, request.volume())));
        });
    }

    private void afterRestore(boolean restored, String volume) {
        if (restored) {
            model.selectWhenListed(volume);
            details.refreshFiles();
        }
    }

    /** The shared file browser over the selected volume, with Download for the selected file or folder. */
    private FileBrowserView filesPage() {
        FileBrowserViewModel files = model.browser().files();
        Button get = new Button("Download…", Icons.of(MaterialDesignD.DOWNLOAD));
        get.setId("volume-download");
        get.setTooltip(new Tooltip("Copy the selected file or folder to this computer"));
        get.disableProperty().bind(files.selectedProperty().isNull().or(transfers.busyProperty()));
        get.setOnAction(event -> download(files.selectedProperty().get()));
        return new FileBrowserView(files, "volume-browser", null, List.of(get));
    }

    private void download(FileEntry entry) {
        VolumeRow target = model.rows().selectedProperty().get();
        if (target != null && entry != null) {
            transfers.askDownload(target.name(), entry);
        }
    }
}
