package dev.berth.volumes;

import atlantafx.base.theme.Styles;
import dev.berth.daemon.volumes.VolumeUser;
import dev.berth.ui.EmptyState;
import dev.berth.ui.InspectPane;
import dev.berth.ui.Navigator;
import dev.berth.ui.files.FileBrowserView;
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

/**
 * Under the table: the selected volume's users (each a link to the container) and its Files and Inspect pages. Both
 * pages read from the engine only while they are shown.
 */
final class VolumeDetails extends BorderPane {
    private final Navigator navigator;
    private final TabPane tabs = new TabPane();
    private final Label title = new Label();
    private final FlowPane users = new FlowPane(4, 2);
    private final EmptyState nothingSelected = new EmptyState(MaterialDesignF.FOLDER_OUTLINE, "Select a volume",
            "Its files, the containers that use it and its inspect data show here.");

    VolumeDetails(VolumeDetailsViewModel model, FileBrowserView browserView, Navigator navigator) {
        this.navigator = navigator;
        getStyleClass().add("volume-details");
        title.setId("volume-details-title");
        title.getStyleClass().add(Styles.TITLE_4);
        users.setId("volume-users");
        users.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(2, title, users);
        header.setPadding(new Insets(8, 12, 4, 12));
        setTop(header);
        Tab files = new Tab("Files", browserView);
        files.setId("volume-tab-files");
        files.setUserData(VolumeDetailsViewModel.Page.FILES);
        Tab json = new Tab("Inspect", new InspectPane(model.inspect()));
        json.setId("volume-tab-inspect");
        json.setUserData(VolumeDetailsViewModel.Page.INSPECT);
        tabs.getTabs().setAll(files, json);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        StackPane.setMargin(tabs, new Insets(0, 12, 8, 12));
        setCenter(new StackPane(tabs, nothingSelected));
        tabs.setVisible(false);
        header.setVisible(false);
        tabs.getSelectionModel().selectedItemProperty().subscribe(tab ->
                model.showPage((VolumeDetailsViewModel.Page) tab.getUserData()));
        model.shownProperty().subscribe(row -> {
            nothingSelected.setVisible(row == null); // both stay in the scene: a table re-added later may not redraw
            tabs.setVisible(row != null);
            header.setVisible(row != null);
            title.setText(row == null ? "" : row.name());
            showUsers(row == null ? null : model.usersProperty().get());
        });
        model.usersProperty().subscribe(list -> showUsers(model.shownProperty().get() == null ? null : list));
    }

    /** @param list the shown volume's users, or null when no volume is shown */
    private void showUsers(List<VolumeUser> list) {
        users.getChildren().clear();
        if (list == null) {
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
}
