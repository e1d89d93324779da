package dev.berth.system;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.UserAction;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.util.List;

/**
 * The System section: what the engine is, what it stores and what could go. The numbers are computed each time the
 * section is shown and on Refresh; the clean-up opens the prune wizard with {@code docker system prune}'s defaults.
 */
public final class DashboardView extends BorderPane {
    private static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CLEAN_UP = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    public DashboardView(DashboardViewModel model, PruneWizard wizard) {
        getStyleClass().add("dashboard-view");
        SimpleBooleanProperty always = new SimpleBooleanProperty(true);
        UserAction refresh = new UserAction("refresh", "Refresh", MaterialDesignR.REFRESH, REFRESH, "docker system df",
                model.computingProperty().not(), model::refresh, false);
        UserAction cleanUp = new UserAction("clean-up", "Clean up…", MaterialDesignB.BROOM, CLEAN_UP,
                "docker system prune", always, () -> wizard.open(getScene().getWindow(),
                PruneWizardViewModel.SYSTEM_PRUNE_DEFAULTS), false);
        Label title = new Label("System");
        title.getStyleClass().add(Styles.TITLE_3);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button cleanUpButton = cleanUp.toButton("system");
        cleanUpButton.getStyleClass().add(Styles.ACCENT);
        HBox toolbar = new HBox(8, title, spacer, refresh.toButton("system"), cleanUpButton);
        toolbar.getStyleClass().add("system-toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        UserAction.installShortcuts(this, List.of(refresh, cleanUp), target -> false);

        EngineInfoPane engine = new EngineInfoPane(model.infoProperty());
        DiskUsagePane disk = new DiskUsagePane(model.diskUsageProperty(), model.computingProperty());
        HBox.setHgrow(disk, Priority.ALWAYS);
        engine.setPrefWidth(420);
        engine.setMinWidth(320);
        HBox cards = new HBox(16, engine, disk);
        VBox content = new VBox(12, new NoticeBanner(model.notice()), cards);
        content.getStyleClass().add("system-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        setTop(toolbar);
        setCenter(scroll);

        wizard.onPruned(report -> {
            if (getScene() != null) {
                model.refresh();
            }
        });
        // Shown = in the window: the section is swapped in and out of the main window's centre.
        sceneProperty().subscribe(scene -> {
            if (scene != null) {
                model.shown();
            } else {
                model.hidden();
            }
        });
    }
}
