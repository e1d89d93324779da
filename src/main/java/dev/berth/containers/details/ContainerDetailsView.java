package dev.berth.containers.details;

import dev.berth.containers.files.ContainerFilesView;
import dev.berth.containers.files.ContainerFilesViewModel;
import dev.berth.ui.EmptyState;
import dev.berth.ui.InspectPane;
import dev.berth.ui.LayoutBoundary;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.concurrent.AgeClock;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The selected container's details: Overview, Inspect, Stats, Processes and Files pages under a header, or a hint to
 * select a container. {@code openUrl} opens a published port in the browser (the app passes HostServices).
 */
public final class ContainerDetailsView extends StackPane {
    private final Map<DetailsTab, Tab> tabs = new EnumMap<>(DetailsTab.class);

    /**
     * @param networkActions connect and disconnect buttons in the Networks section; null for none
     * @param files          the Files page's model, which reads only while that page shows a container
     */
    public ContainerDetailsView(ContainerDetailsViewModel model, AgeClock ages, Consumer<String> openUrl,
                                ContainerNetworkActions networkActions, ContainerFilesViewModel files) {
        getStyleClass().add("details-pane");
        EmptyState none = new EmptyState(MaterialDesignC.CURSOR_DEFAULT_CLICK_OUTLINE,
                "Select a container to see its details",
                "Its settings, the raw inspect answer, live resource use and its processes appear here.");
        none.setId("details-none");
        none.visibleProperty().bind(model.containerIdProperty().isNull());
        StackPane body = new StackPane(none);
        // The pages are built when a container is first selected, so the window opens without them.
        model.containerIdProperty().subscribe(id -> {
            if (id != null && tabs.isEmpty()) {
                body.getChildren().add(0, pages(model, ages, openUrl, networkActions, files));
            }
        });
        BorderPane withNotice = new BorderPane(body);
        withNotice.setTop(new NoticeBanner(model.notice()));
        getChildren().add(new LayoutBoundary(withNotice)); // live stats and ages lay out the details alone

        // Streams are open only while seen: off screen (another section open, window closed) counts as hidden.
        model.showingProperty().bind(sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false));
    }

    private Node pages(ContainerDetailsViewModel model, AgeClock ages, Consumer<String> openUrl,
                       ContainerNetworkActions networkActions, ContainerFilesViewModel files) {
        TabPane pages = new TabPane();
        pages.setId("details-tabs");
        pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        add(pages, DetailsTab.OVERVIEW, new OverviewPane(model, ages, openUrl, networkActions));
        add(pages, DetailsTab.INSPECT, new InspectPane(model.inspect()));
        add(pages, DetailsTab.STATS, new StatsPane(model));
        add(pages, DetailsTab.PROCESSES, new ProcessesPane(model));
        add(pages, DetailsTab.FILES, new ContainerFilesView(files));
        keepInStep(pages, model);
        followShownContainer(model, files);

        BorderPane content = new BorderPane(pages);
        content.setTop(new DetailsHeader(model));
        content.visibleProperty().bind(model.containerIdProperty().isNotNull());
        content.getStyleClass().add("details-content");
        return content;
    }

    private void add(TabPane pages, DetailsTab page, Node content) {
        Tab tab = new Tab(page.title, content);
        tab.setId("details-tab-" + page.name().toLowerCase(Locale.ROOT));
        tab.setUserData(page);
        tabs.put(page, tab);
        pages.getTabs().add(tab);
    }

    /** The Files page reads the shown container while it is the page on screen, and stops reading when it is not. */
    private static void followShownContainer(ContainerDetailsViewModel model, ContainerFilesViewModel files) {
        Runnable sync = () -> {
            var shown = model.detailsProperty().get();
            if (model.tabProperty().get() == DetailsTab.FILES && model.showingProperty().get() && shown != null) {
                files.show(shown.id(), shown.name());
            } else {
                files.hide();
            }
        };
        model.detailsProperty().subscribe(details -> sync.run());
        model.tabProperty().subscribe(tab -> sync.run());
        model.showingProperty().subscribe(showing -> sync.run());
    }

    private void keepInStep(TabPane pages, ContainerDetailsViewModel model) {
        pages.getSelectionModel().select(tabs.get(model.tabProperty().get()));
        pages.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.tabProperty().set((DetailsTab) now.getUserData());
            }
        });
        model.tabProperty().addListener((obs, old, now) -> pages.getSelectionModel().select(tabs.get(now)));
    }
}
