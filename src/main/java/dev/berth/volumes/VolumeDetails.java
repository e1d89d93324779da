package dev.berth.volumes;

import atlantafx.base.theme.Styles;
import dev.berth.daemon.volumes.VolumeUser;
import dev.berth.ui.EmptyState;
import dev.berth.ui.InspectPane;
import dev.berth.ui.InspectSearch;
import dev.berth.ui.Navigator;
import dev.berth.ui.Notice;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * Under the table: the selected volume's users (each a link to the container) and its Files and Inspect pages. Both
 * pages read from the engine only while they are shown.
 */
final class VolumeDetails extends BorderPane {
    private final VolumeBrowserViewModel browser;
    private final VolumesViewModel model;
    private final Executor ui;
    private final Navigator navigator;
    private final InspectSearch inspect = new InspectSearch();
    private final TabPane tabs = new TabPane();
    private final Tab files;
    private final Tab json;
    private final Label title = new Label();
    private final FlowPane users = new FlowPane(4, 2);
    private final EmptyState nothingSelected = new EmptyState(MaterialDesignF.FOLDER_OUTLINE, "Select a volume",
            "Its files, the containers that use it and its inspect data show here.");
    private VolumeRow shown;

    VolumeDetails(VolumesViewModel model, VolumeBrowserViewModel browser, VolumeBrowserView browserView,
                  Executor ui, Navigator navigator) {
        this.browser = browser;
        this.model = model;
        this.ui = ui;
        this.navigator = navigator;
        getStyleClass().add("volume-details");
        title.setId("volume-details-title");
        title.getStyleClass().add(Styles.TITLE_4);
        users.setId("volume-users");
        users.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(2, title, users);
        header.setPadding(new Insets(8, 12, 4, 12));
        setTop(header);
        files = new Tab("Files", browserView);
        files.setId("volume-tab-files");
        json = new Tab("Inspect", new InspectPane(inspect));
        json.setId("volume-tab-inspect");
        tabs.getTabs().setAll(files, json);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        StackPane.setMargin(tabs, new Insets(0, 12, 8, 12));
        setCenter(new StackPane(tabs, nothingSelected));
        tabs.setVisible(false);
        header.setVisible(false);
        tabs.getSelectionModel().selectedItemProperty().subscribe(tab -> load());
        model.selectedProperty().subscribe(this::show);
    }

    private void show(VolumeRow row) {
        if (row == shown) {
            return;
        }
        if (shown != null) {
            shown.usersProperty().removeListener(usersChanged);
        }
        shown = row;
        nothingSelected.setVisible(row == null); // both stay in the scene: a table re-added later may not redraw
        tabs.setVisible(row != null);
        getTop().setVisible(row != null);
        title.setText(row == null ? "" : row.name());
        if (row != null) {
            row.usersProperty().addListener(usersChanged);
        }
        showUsers(row == null ? List.of() : row.users());
        inspect.setText("");
        load();
    }

    private final javafx.beans.value.ChangeListener<List<VolumeUser>> usersChanged =
            (obs, old, now) -> showUsers(now);

    private void showUsers(List<VolumeUser> list) {
        users.getChildren().clear();
        if (shown == null) {
            return;
        }
        Label lead = new Label(list.isEmpty() ? "Not used by any container" : "Used by");
        lead.getStyleClass().add(Styles.TEXT_MUTED);
        users.getChildren().add(lead);
        for (VolumeUser user : list) {
            Hyperlink link = new Hyperlink(user.describe());
            link.setId("volume-user-" + user.containerName());
            link.setTooltip(new Tooltip("Show container " + user.containerName() + " (" + user.image() + ")"));
            link.setOnAction(event -> navigator.showContainer(user.containerId()));
            users.getChildren().add(link);
        }
    }

    /** Reads what the shown page needs: the folder listing, or the inspect JSON. */
    private void load() {
        if (shown == null) {
            browser.show(null);
            return;
        }
        String name = shown.name();
        if (tabs.getSelectionModel().getSelectedItem() == files) {
            browser.show(name);
        } else if (inspect.textProperty().get().isEmpty()) {
            model.inspectJson(name).whenCompleteAsync((text, failure) -> {
                if (shown != null && shown.name().equals(name)) {
                    inspect.setText(failure == null ? text : Notice.error(failure).sentence());
                }
            }, ui);
        }
    }

    /** The files of the shown volume again (e.g. after a restore into it). */
    void refreshFiles() {
        if (shown != null && tabs.getSelectionModel().getSelectedItem() == files) {
            browser.refresh();
        }
    }
}
