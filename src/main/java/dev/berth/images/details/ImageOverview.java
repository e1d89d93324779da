package dev.berth.images.details;

import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.images.ImageDetails;
import dev.berth.ui.AgeText;
import dev.berth.ui.Navigator;
import dev.berth.ui.RelativeTime;
import dev.berth.ui.text.ByteSizes;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.berth.ui.DetailsLayout.addRow;
import static dev.berth.ui.DetailsLayout.grid;
import static dev.berth.ui.DetailsLayout.mono;
import static dev.berth.ui.DetailsLayout.none;
import static dev.berth.ui.DetailsLayout.section;

/**
 * The image's Overview: what it is (tags, digests, platform, size, age), how it runs (entrypoint, command, working
 * dir, user, exposed ports, environment), its labels, and the containers made from it, each a link to that container.
 */
final class ImageOverview extends ScrollPane {
    private final VBox sections = new VBox(18);
    private final ImageDetailsViewModel model;
    private final Navigator navigator;
    private final ObservableValue<Instant> now;

    ImageOverview(ImageDetailsViewModel model, Navigator navigator, ObservableValue<Instant> now) {
        this.model = model;
        this.navigator = navigator;
        this.now = now;
        setId("image-overview");
        getStyleClass().addAll("details-overview", "edge-to-edge");
        setFitToWidth(true);
        sections.getStyleClass().add("details-sections");
        setContent(sections);
        model.detailsProperty().subscribe(this::rebuild);
        model.usedBy().addListener((ListChangeListener<ContainerSummary>) change -> rebuild());
    }

    private void rebuild() {
        ImageDetails details = model.detailsProperty().get();
        sections.getChildren().clear();
        if (details == null) {
            return;
        }
        sections.getChildren().addAll(facts(details),
                section("Used by", usedBy(model.usedBy())),
                section("Exposed ports", lines(details.exposedPorts(), "The image exposes no ports.")),
                section("Environment", lines(details.env(), "The image sets no environment variables.")),
                section("Labels", labels(details.labels())));
    }

    private GridPane facts(ImageDetails details) {
        GridPane grid = grid();
        int row = 0;
        addRow(grid, row++, "Tags", mono(details.repoTags().isEmpty() ? "(none: a dangling image)"
                : String.join("\n", details.repoTags())));
        if (!details.repoDigests().isEmpty()) {
            addRow(grid, row++, "Digests", mono(String.join("\n", details.repoDigests())));
        }
        addRow(grid, row++, "ID", mono(details.id()));
        Label created = new Label();
        AgeText.follow(created, now, at -> RelativeTime.since(details.created(), at) + " ago ("
                + details.created() + ")");
        addRow(grid, row++, "Created", created);
        addRow(grid, row++, "Size", new Label(ByteSizes.human(details.size())));
        addRow(grid, row++, "Platform", new Label(details.platform()));
        addRow(grid, row++, "Entrypoint", mono(details.entrypoint().isEmpty() ? "(none)"
                : String.join(" ", details.entrypoint())));
        addRow(grid, row++, "Command", mono(details.cmd().isEmpty() ? "(none)" : String.join(" ", details.cmd())));
        addRow(grid, row++, "Working dir", mono(details.workingDir().isEmpty() ? "/" : details.workingDir()));
        addRow(grid, row, "User", mono(details.user().isEmpty() ? "(root)" : details.user()));
        return grid;
    }

    private Node usedBy(List<ContainerSummary> containers) {
        if (containers.isEmpty()) {
            return none("No container uses this image.");
        }
        VBox links = new VBox(2);
        for (ContainerSummary container : containers) {
            Hyperlink link = new Hyperlink(container.name() + " (" + container.state().label() + ")");
            link.getStyleClass().add("image-user-link");
            link.setOnAction(event -> navigator.showContainer(container.id()));
            links.getChildren().add(link);
        }
        return links;
    }

    private static Node lines(List<String> values, String empty) {
        return values.isEmpty() ? none(empty) : mono(String.join("\n", values));
    }

    private static Node labels(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return none("The image has no labels.");
        }
        GridPane grid = grid();
        int row = 0;
        for (Map.Entry<String, String> label : new TreeMap<>(labels).entrySet()) {
            addRow(grid, row++, label.getKey(), mono(label.getValue()));
        }
        return grid;
    }
}
