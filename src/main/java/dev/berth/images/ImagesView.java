package dev.berth.images;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.images.details.ImageDetailsView;
import dev.berth.images.details.ImageDetailsViewModel;
import dev.berth.images.transfer.TransferDialog;
import dev.berth.images.transfer.TransferDialogViewModel;
import dev.berth.ui.EmptyState;
import dev.berth.ui.Navigator;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.ResourceSection;
import dev.berth.ui.TaskStrip;
import dev.berth.ui.UserAction;
import dev.berth.ui.concurrent.AgeClock;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Images tab: a toolbar, the live table with search and filters, the details of the selected image, and the
 * pull/push/tag/save/load/remove actions, each asking first what it needs.
 */
public final class ImagesView extends BorderPane {
    private final ImagesViewModel model;
    private final ImageDetailsViewModel details;
    private final Consumer<String> runImage;
    private final ImagesTable table;
    private final CustomTextField search;
    private final ImageActions commands;
    private final UserAction build;
    private final UserAction prune;

    /**
     * @param runImage opens the Run dialog for an image reference
     * @param build    opens the Build dialog
     * @param prune    opens the clean-up wizard for images
     */
    public ImagesView(ImagesViewModel model, ImageDetailsViewModel details, Navigator navigator, AgeClock ages,
                      Consumer<String> runImage, UserAction build, UserAction prune) {
        this.build = build;
        this.prune = prune;
        this.model = model;
        this.details = details;
        this.runImage = runImage;
        getStyleClass().add("images-view");
        table = new ImagesTable(model, ages.nowProperty());
        search = ResourceSection.searchField("image-search", "Search images", 200, model.rows().filterTextProperty());
        search.setMinWidth(140);
        commands = new ImageActions(model, model.archives(), new Handlers());
        table.getSelectionModel().selectedItemProperty().subscribe(row -> model.rows().select(row));
        model.rows().selectedProperty().subscribe(this::showDetails);
        model.rows().all().addListener((ListChangeListener<ImageRow>) change ->
                showDetails(model.rows().selectedProperty().get())); // "used by" follows container changes
        table.setContextMenu(rowMenu());
        table.onDoubleClick(row -> runImage.accept(row.target()));

        setTop(ResourceSection.top(toolbar(), new NoticeBanner(model.notice()),
                new RemovalRefusalBar(model, navigator), archiveStrip(model.archives())));
        setCenter(ResourceSection.tableOverDetails(new StackPane(table, placeholder()),
                new ImageDetailsView(details, navigator, ages), 0.55));

        List<UserAction> shortcuts = new ArrayList<>(commands.all());
        shortcuts.add(UserAction.find(search::requestFocus));
        UserAction.installShortcuts(this, shortcuts, target -> target == table);
        ages.tickWhileShown(this);
    }

    private void showDetails(ImageRow row) {
        List<ContainerSummary> users = row == null ? List.of() : model.containersUsing(row);
        details.show(row == null ? null : row.id(), row == null ? List.of() : row.summaryProperty().get().repoTags(),
                users);
    }

    private HBox toolbar() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, commands.pull.toButton("image"), commands.load.toButton("image"),
                build.iconOnlyVersion().toButton("image"), search, filters(), spacer, commands.run.toButton("image"),
                new Separator(Orientation.VERTICAL), commands.tag.toButton("image"), commands.push.toButton("image"),
                commands.pullAgain.toButton("image"), commands.save.toButton("image"),
                commands.remove.toButton("image"), prune.iconOnlyVersion().toButton("image"));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** All / In use / Unused / Dangling, as one segmented control. */
    private HBox filters() {
        ToggleGroup group = new ToggleGroup();
        HBox segments = new HBox();
        ImageFilter[] values = ImageFilter.values();
        for (int i = 0; i < values.length; i++) {
            ImageFilter filter = values[i];
            ToggleButton button = new ToggleButton(filter.toString());
            button.setId("image-filter-" + filter.name().toLowerCase().replace('_', '-'));
            button.setUserData(filter);
            button.setToggleGroup(group);
            button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == values.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            button.setMinWidth(Region.USE_PREF_SIZE);
            segments.getChildren().add(button);
        }
        model.filterProperty().subscribe(filter -> group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == filter).findFirst().ifPresent(toggle ->
                        toggle.setSelected(true)));
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true); // one filter is always on
            } else {
                model.filterProperty().set((ImageFilter) selected.getUserData());
            }
        });
        return segments;
    }

    /** A save or load under way (or just ended): what, how far, the bytes, and Cancel. */
    private static TaskStrip archiveStrip(ArchiveTasks tasks) {
        return new TaskStrip("image-archive", tasks.descriptionProperty(), tasks.fractionProperty(),
                tasks.runningProperty(), tasks::cancel).withDetail(tasks.bytesTextProperty())
                .withDismiss(tasks::dismiss);
    }

    private ContextMenu rowMenu() {
        ContextMenu menu = new ContextMenu(commands.run.toMenuItem(), new SeparatorMenuItem(),
                commands.tag.toMenuItem(), commands.push.toMenuItem(), commands.pullAgain.toMenuItem(),
                commands.save.toMenuItem(), new SeparatorMenuItem(), commands.remove.toMenuItem());
        return menu;
    }

    private StackPane placeholder() {
        Button pull = commands.pull.toButton("image-empty");
        EmptyState empty = new EmptyState(MaterialDesignP.PACKAGE_VARIANT_CLOSED, "", "", pull);
        Button showAll = new Button("Show all images");
        showAll.setOnAction(event -> {
            model.rows().filterTextProperty().set("");
            model.filterProperty().set(ImageFilter.ALL);
        });
        EmptyState noMatch = new EmptyState(MaterialDesignM.MAGNIFY, "No image matches",
                "Nothing here fits the search and the filter.", showAll);
        StackPane holder = new StackPane(empty, noMatch);
        holder.setId("images-placeholder");
        holder.setPickOnBounds(false);
        Runnable update = () -> {
            boolean loaded = model.rows().loadedProperty().get();
            boolean none = model.rows().all().isEmpty();
            boolean hidden = !model.rows().visible().isEmpty();
            empty.setVisible(!hidden && none);
            empty.setTitle(loaded ? "No images yet" : "Loading images…");
            empty.setHint(loaded ? "Pull one from a registry (Ctrl+P) or load a .tar archive (Ctrl+O)." : "");
            pull.setVisible(loaded);
            noMatch.setVisible(!hidden && !none);
        };
        model.rows().visible().addListener((ListChangeListener<ImageRow>) change -> update.run());
        model.rows().loadedProperty().subscribe(loaded -> update.run());
        return holder;
    }

    private Window window() {
        return getScene().getWindow();
    }

    private void openTransfer(TransferDialogViewModel dialogModel, boolean startAtOnce) {
        TransferDialog dialog = new TransferDialog(window(), dialogModel);
        dialog.show();
        if (startAtOnce) {
            dialogModel.start();
        }
    }

    /** What the commands do: each asks what it needs, then hands the action to the view model. */
    private final class Handlers implements ImageActions.Handlers {
        private ImageRow selected() {
            return model.rows().selectedProperty().get();
        }

        @Override
        public void pull() {
            openTransfer(model.pullDialog(""), false);
        }

        @Override
        public void pullAgain() {
            ImageRow row = selected();
            if (row != null && !row.isDangling()) {
                openTransfer(model.pullDialog(row.reference()), true);
            }
        }

        @Override
        public void load() {
            model.archives().askLoad();
        }

        @Override
        public void run() {
            ImageRow row = selected();
            if (row != null) {
                runImage.accept(row.target());
            }
        }

        @Override
        public void tag() {
            ImageRow row = selected();
            if (row != null) {
                ImageDialogs.askTag(window(), row).ifPresent(model::tagSelected);
            }
        }

        @Override
        public void push() {
            ImageRow row = selected();
            if (row != null && !row.isDangling()) {
                openTransfer(model.pushDialog(row), true);
            }
        }

        @Override
        public void save() {
            ImageRow row = selected();
            if (row != null) {
                model.archives().askSave(row);
            }
        }

        @Override
        public void remove() {
            ImageRow row = selected();
            if (row != null) {
                model.askRemove(row);
            }
        }
    }
}
