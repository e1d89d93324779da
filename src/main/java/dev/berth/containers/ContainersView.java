package dev.berth.containers;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import dev.berth.ui.EngineStatusViewModel;
import dev.berth.ui.HoverTooltips;
import dev.berth.ui.Icons;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.ResourceSection;
import dev.berth.ui.UserAction;
import dev.berth.ui.concurrent.AgeClock;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The Containers tab: a toolbar, the live table, and an empty state that says what to do. */
public final class ContainersView extends BorderPane {
    private final ContainersViewModel model;
    private final ContainersTable table;
    private final CustomTextField search;
    private final ContainerActions commands;

    /**
     * @param dock          the pane under the table: details of the focused container, open logs and consoles
     * @param openRunDialog opens the Run dialog; given a row, it opens it to edit that container
     */
    public ContainersView(ContainersViewModel model, EngineStatusViewModel engine, ContainerDock dock,
                          AgeClock ages, Consumer<ContainerRow> openRunDialog) {
        this.model = model;
        getStyleClass().add("containers-view");
        this.table = new ContainersTable(model, ages.nowProperty());
        this.search = ResourceSection.searchField("container-search", "Search name, image or ID", 260,
                model.rows().filterTextProperty());
        this.commands = new ContainerActions(model, () -> openRunDialog.accept(null),
                () -> openRunDialog.accept(model.rows().selectedProperty().get()), this::askRename,
                model::askRemoveSelected, this::copySelectedId, () -> withFocused(dock::showLogs),
                () -> withFocused(dock::openConsole), () -> withFocused(dock::attachConsole));
        dock.offer(commands.logs.withLabel("Follow the selected container's log"),
                commands.console.withLabel("Open a shell in the selected container"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // The selected items and the selected item change one after the other; report once both are true.
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ContainerRow>) change ->
                reportSelection());
        table.getSelectionModel().selectedItemProperty().subscribe(this::reportSelection);
        table.setContextMenu(rowMenu());

        setTop(ResourceSection.top(toolbar(), new NoticeBanner(model.notice())));
        table.onDoubleClick(row -> {
            if (row.isGroupHeader()) {
                model.groups().toggle(row);
            } else {
                dock.showLogs(row);
            }
        });
        setCenter(dock.under(new StackPane(table, new ContainersPlaceholder(model, engine))));
        List<UserAction> shortcuts = new ArrayList<>(commands.all());
        shortcuts.add(UserAction.find(search::requestFocus));
        UserAction.installShortcuts(this, shortcuts, target -> target == table);
        ages.tickWhileShown(this);
    }

    private void reportSelection() {
        List<ContainerRow> rows = List.copyOf(table.getSelectionModel().getSelectedItems());
        ContainerRow focused = table.getSelectionModel().getSelectedItem();
        model.setSelection(rows, focused != null || rows.isEmpty() ? focused : rows.get(rows.size() - 1));
    }

    private HBox toolbar() {
        ToggleSwitch hideStopped = new ToggleSwitch("Only running");
        hideStopped.setId("hide-stopped");
        hideStopped.selectedProperty().bindBidirectional(model.hideStoppedProperty());
        hideStopped.setMinWidth(Region.USE_PREF_SIZE);
        ToggleButton grouped = new ToggleButton(null, Icons.of(MaterialDesignL.LAYERS_TRIPLE_OUTLINE));
        grouped.setId("group-by-project");
        grouped.getStyleClass().add(Styles.BUTTON_ICON);
        HoverTooltips.install(grouped,
                () -> "Group the containers of each compose project under it (docker compose ls)");
        grouped.selectedProperty().bindBidirectional(model.groupByProjectProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, commands.run.toButton("container"), search, hideStopped, grouped, spacer);
        for (UserAction command : commands.lifecycle) {
            bar.getChildren().add(command.toButton("container"));
        }
        bar.getChildren().addAll(new Separator(Orientation.VERTICAL),
                commands.logs.toButton("container"), commands.console.toButton("container"),
                commands.edit.toButton("container"), commands.rename.toButton("container"),
                commands.remove.toButton("container"));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private ContextMenu rowMenu() {
        ContextMenu menu = new ContextMenu();
        for (UserAction command : commands.lifecycle) {
            menu.getItems().add(command.toMenuItem());
        }
        menu.getItems().addAll(new SeparatorMenuItem(), commands.logs.toMenuItem(), commands.console.toMenuItem(),
                commands.attach.toMenuItem(), new SeparatorMenuItem(), commands.edit.toMenuItem(), commands.rename.toMenuItem(),
                commands.copyId.toMenuItem(), new SeparatorMenuItem(), commands.remove.toMenuItem());
        return menu;
    }

    private void withFocused(Consumer<ContainerRow> action) {
        ContainerRow focused = model.rows().selectedProperty().get();
        if (focused != null) {
            action.accept(focused);
        }
    }

    private void askRename() {
        ContainerRow target = model.rows().selectedProperty().get();
        if (target == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(target.name());
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("Berth");
        dialog.setHeaderText("Rename " + target.name());
        dialog.getEditor().setId("rename-field");
        Text problem = new Text();
        problem.getStyleClass().add("field-error");
        dialog.getEditor().textProperty().subscribe(name -> problem.setText(
                ContainersViewModel.nameProblem(name).orElse("")));
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(problem.textProperty().isNotEmpty());
        dialog.getDialogPane().setContent(new VBox(6, dialog.getEditor(), problem));
        dialog.showAndWait().ifPresent(model::renameSelected);
    }

    private void copySelectedId() {
        ContainerRow target = model.rows().selectedProperty().get();
        if (target != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(target.id());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
