package dev.berth.containers.details;

import atlantafx.base.theme.Styles;
import dev.berth.daemon.containers.ContainerDetails;
import dev.berth.ui.AgeText;
import dev.berth.ui.DetailsLayout;
import dev.berth.ui.concurrent.AgeClock;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * The Overview page: what `docker inspect` says about the container, in the words of `docker run`'s options.
 * Rebuilt when the details change; the relative times follow the app's one age clock.
 */
final class OverviewPane extends ScrollPane {
    private final VBox sections = new VBox(18);
    private final ObservableValue<Instant> now;
    private final Consumer<String> openUrl;
    private final ContainerNetworkActions networkActions;

    OverviewPane(ContainerDetailsViewModel model, AgeClock ages, Consumer<String> openUrl,
                 ContainerNetworkActions networkActions) {
        this.now = ages.nowProperty();
        this.openUrl = openUrl;
        this.networkActions = networkActions;
        setId("details-overview");
        getStyleClass().addAll("details-overview", "edge-to-edge");
        setFitToWidth(true);
        sections.getStyleClass().add("details-sections");
        setContent(sections);
        model.detailsProperty().subscribe(this::show);
        ages.tickWhileShown(this);
    }

    private void show(ContainerDetails details) {
        sections.getChildren().clear();
        if (details == null) {
            return;
        }
        OverviewSections lists = new OverviewSections(openUrl, networkActions);
        sections.getChildren().addAll(
                facts(details),
                section("Ports", lists.ports(details.ports())),
                section("Mounts", lists.mounts(details.mounts())),
                section("Networks", lists.networks(details.name(), details.networks())),
                section("Environment", lists.environment(details.env())),
                section("Labels", lists.labels(details.labels())));
        setVvalue(0);
    }

    private GridPane facts(ContainerDetails details) {
        GridPane grid = grid();
        int row = 0;
        addRow(grid, row++, "Image", mono(details.image()));
        addRow(grid, row++, "Command", mono(details.command().isEmpty() ? "(the image's default)"
                : OverviewText.command(details.command())));
        addRow(grid, row++, "Created", time(details.created()));
        addRow(grid, row++, "Started", time(details.startedAt()));
        if (OverviewText.showsExitCode(details)) {
            addRow(grid, row++, "Finished", time(details.finishedAt()));
            Label exit = new Label(String.valueOf(details.exitCode()));
            exit.setId("details-exit-code");
            exit.getStyleClass().add(details.exitCode() == 0 ? Styles.SUCCESS : Styles.DANGER);
            addRow(grid, row++, "Exit code", exit);
        }
        String health = details.health().isEmpty() ? "" : " · " + details.health();
        addRow(grid, row++, "State", new Label(details.state().label() + health));
        addRow(grid, row, "Restarts", new Label(String.valueOf(details.restartCount())));
        return grid;
    }

    private Label time(Instant time) {
        Label label = new Label();
        AgeText.follow(label, now, at -> OverviewText.when(time, at, ZoneId.systemDefault()));
        return label;
    }

    static GridPane grid() {
        return DetailsLayout.grid();
    }

    static void addRow(GridPane grid, int row, String key, Node value) {
        DetailsLayout.addRow(grid, row, key, value);
    }

    static Label mono(String text) {
        return DetailsLayout.mono(text);
    }

    private static VBox section(String title, Node content) {
        return DetailsLayout.section(title, content);
    }
}
