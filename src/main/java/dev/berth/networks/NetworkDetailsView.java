package dev.berth.networks;

import atlantafx.base.theme.Styles;
import dev.berth.ui.EmptyState;
import dev.berth.ui.InspectPane;
import dev.berth.ui.NoticeBanner;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The selected network's Overview and Inspect pages under its name, or a hint to select one. */
final class NetworkDetailsView extends StackPane {

    NetworkDetailsView(NetworkDetailsViewModel model, NetworkOverviewPane.Actions actions) {
        getStyleClass().add("details-pane");
        TabPane pages = new TabPane();
        pages.setId("network-details-tabs");
        pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab overview = new Tab("Overview", new NetworkOverviewPane(model, actions));
        overview.setId("network-tab-overview");
        Tab inspect = new Tab("Inspect", new InspectPane(model.inspect()));
        inspect.setId("network-tab-inspect");
        pages.getTabs().addAll(overview, inspect);

        Label name = new Label();
        name.setId("network-details-name");
        name.getStyleClass().add(Styles.TITLE_4);
        name.textProperty().bind(model.shownProperty().map(NetworkRow::name).orElse(""));
        Label driver = new Label();
        driver.getStyleClass().add(Styles.TEXT_MUTED);
        driver.textProperty().bind(model.shownProperty().flatMap(NetworkRow::infoProperty)
                .map(info -> info.driver() + (info.isBuiltIn() ? " · built-in" : "")).orElse(""));
        HBox header = new HBox(10, name, driver);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("details-header");
        header.setPadding(new Insets(8, 12, 4, 12));

        BorderPane content = new BorderPane(pages);
        content.setTop(header);
        content.visibleProperty().bind(model.shownProperty().isNotNull());
        content.getStyleClass().add("details-content");
        EmptyState none = new EmptyState(MaterialDesignC.CURSOR_DEFAULT_CLICK_OUTLINE,
                "Select a network to see its details",
                "Its connected containers with their addresses, its IPAM, options, labels and the raw inspect "
                        + "answer appear here.");
        none.setId("network-details-none");
        none.visibleProperty().bind(content.visibleProperty().not());
        BorderPane withNotice = new BorderPane(new StackPane(content, none));
        withNotice.setTop(new NoticeBanner(model.notice()));
        getChildren().add(withNotice);
    }
}
