package dev.berth.images.details;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.berth.daemon.images.ImageLayer;
import dev.berth.ui.AgeCell;
import dev.berth.ui.EmptyState;
import dev.berth.ui.FullTextCell;
import dev.berth.ui.InspectPane;
import dev.berth.ui.Navigator;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.concurrent.AgeClock;
import dev.berth.ui.text.ByteSizes;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.time.Instant;
import java.util.List;

/** The selected image's details: Overview, History (its layers) and Inspect (the engine's JSON). */
public final class ImageDetailsView extends BorderPane {

    /** @param ages the clock of the ages it shows; the view that holds this one keeps it ticking */
    public ImageDetailsView(ImageDetailsViewModel model, Navigator navigator, AgeClock ages) {
        setId("image-details");
        getStyleClass().add("image-details");
        TabPane tabs = new TabPane(
                tab("Overview", new ImageOverview(model, navigator, ages.nowProperty())),
                tab("History", history(model, ages.nowProperty())),
                tab("Inspect", new InspectPane(model.inspect())));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setTop(new NoticeBanner(model.notice()));
        tabs.visibleProperty().bind(model.shownProperty().isNotNull());
        EmptyState none = new EmptyState(MaterialDesignC.CURSOR_DEFAULT_CLICK_OUTLINE,
                "Select an image to see its details",
                "Its settings, the containers made from it, its layers (docker history) and the raw inspect answer "
                        + "appear here.");
        none.setId("image-details-none");
        none.visibleProperty().bind(tabs.visibleProperty().not());
        setCenter(new StackPane(tabs, none));
        setPadding(new Insets(0, 12, 8, 12));
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("image-tab-" + title.toLowerCase());
        return tab;
    }

    /** {@code docker history}: created-by, size and age of each layer, newest first. */
    private static TableView<ImageLayer> history(ImageDetailsViewModel model, ObservableValue<Instant> now) {
        TableView<ImageLayer> table = new TableView<>(model.history());
        table.setId("image-history");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Loading the layers…"));
        TableColumn<ImageLayer, Instant> age = new TableColumn<>("Created");
        age.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue().created()));
        age.setCellFactory(unused -> new AgeCell<>(now));
        age.setPrefWidth(110);
        TableColumn<ImageLayer, String> size = column("Size", 90, layer -> ByteSizes.human(layer.size()));
        TableColumn<ImageLayer, String> id = column("Layer", 120, layer -> layer.id().startsWith("sha256:")
                ? layer.id().substring(7, 19) : layer.id());
        id.getStyleClass().add("mono-column");
        TableColumn<ImageLayer, String> createdBy = column("Created by", 420, ImageLayer::createdBy);
        createdBy.getStyleClass().add("mono-column");
        table.getColumns().setAll(List.of(id, age, size, createdBy));
        return table;
    }

    private static TableColumn<ImageLayer, String> column(String title, double width,
                                                          java.util.function.Function<ImageLayer, String> value) {
        TableColumn<ImageLayer, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setCellFactory(unused -> new FullTextCell<>());
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
