package dev.berth.containers.details;

import atlantafx.base.theme.Styles;
import dev.berth.daemon.containers.ContainerDetails;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;

import java.util.Locale;

/** The shown container's name, short id, state and health, above the pages. */
final class DetailsHeader extends HBox {
    private final Label name = new Label();
    private final Label id = new Label();
    private final Label state = new Label();
    private final Label health = new Label();

    DetailsHeader(ContainerDetailsViewModel model) {
        super(10);
        getStyleClass().add("details-header");
        setAlignment(Pos.CENTER_LEFT);
        name.setId("details-name");
        name.getStyleClass().add(Styles.TITLE_4);
        id.getStyleClass().addAll("mono", Styles.TEXT_MUTED);
        state.setId("details-state");
        health.setId("details-health");
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(16, 16);
        loading.visibleProperty().bind(model.loadingProperty());
        getChildren().addAll(name, id, state, health, loading);
        model.containerIdProperty().subscribe(shown -> id.setText(shown == null ? "" : OverviewText.shortId(shown)));
        model.detailsProperty().subscribe(this::show);
    }

    private void show(ContainerDetails details) {
        name.setText(details == null ? "" : details.name());
        state.setVisible(details != null);
        health.setVisible(details != null && !details.health().isEmpty());
        if (details == null) {
            return;
        }
        state.getStyleClass().setAll("label", "state-badge",
                "state-" + details.state().name().toLowerCase(Locale.ROOT));
        state.setText(details.state().label());
        health.getStyleClass().setAll("label", "state-badge", "health-" + details.health());
        health.setText(details.health());
    }
}
