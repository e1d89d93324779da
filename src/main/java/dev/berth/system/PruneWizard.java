package dev.berth.system;

import atlantafx.base.theme.Styles;
import dev.berth.daemon.system.PruneKind;
import dev.berth.daemon.system.PruneReport;
import dev.berth.ui.AppIcon;
import dev.berth.ui.CommandLineField;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.Theme;
import dev.berth.ui.UserAction;
import dev.berth.ui.text.ByteSizes;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * THE prune of Berth, for every tab: a window that previews what would go (each object tickable, with its size and the
 * total that comes back, and the `docker …` line it equals), removes exactly the ticked objects, and reports what went
 * and what the engine refused. Open it with {@link #open(Window, Set)} preset to the kinds the caller is about.
 */
public final class PruneWizard {
    private final Function<Set<PruneKind>, PruneWizardViewModel> models;
    private final List<Consumer<PruneReport>> pruned = new CopyOnWriteArrayList<>();

    /** @param models makes the wizard's model with the kinds ticked at the start */
    public PruneWizard(Function<Set<PruneKind>, PruneWizardViewModel> models) {
        this.models = models;
    }

    /** Called on the UI thread after every prune that ran, e.g. so the dashboard recomputes its numbers. */
    public void onPruned(Consumer<PruneReport> listener) {
        pruned.add(listener);
    }

    /**
     * "Prune…" for a resource tab's toolbar: opens the wizard with only that tab's kinds ticked.
     *
     * @param cli the prune command of the tab's kind, for the tooltip: "docker image prune"
     */
    public UserAction command(Supplier<Window> owner, Set<PruneKind> kinds, String cli) {
        return new UserAction("prune", "Prune…", MaterialDesignB.BROOM, null, cli, new SimpleBooleanProperty(true),
                () -> open(owner.get(), kinds), false);
    }

    /**
     * Opens the wizard over {@code owner} and starts looking for candidates; call on the FX thread.
     *
     * @param preselected the kinds ticked at the start, e.g. {@code EnumSet.of(PruneKind.DANGLING_IMAGES)} from the
     *                    Images tab, or {@link PruneWizardViewModel#SYSTEM_PRUNE_DEFAULTS}
     */
    public Stage open(Window owner, Set<PruneKind> preselected) {
        PruneWizardViewModel model = models.apply(preselected);
        Stage window = new Stage();
        window.initOwner(owner);
        window.initModality(Modality.WINDOW_MODAL);
        window.setTitle("Clean up — Berth");
        AppIcon.applyTo(window);
        Scene scene = new Scene(layout(model, window), 720, 640);
        scene.getStylesheets().add(Theme.BERTH_CSS);
        window.setScene(scene);
        model.reportProperty().subscribe(report -> {
            if (report != null) {
                pruned.forEach(listener -> listener.accept(report));
            }
        });
        model.load();
        window.show();
        return window;
    }

    private static BorderPane layout(PruneWizardViewModel model, Stage window) {
        Label title = new Label("Clean up");
        title.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label();
        intro.textProperty().bind(model.stageProperty().map(stage -> stage == PruneWizardViewModel.Stage.REPORT
                ? "Done. This is what went and the space that came back, and what the engine refused."
                : "Tick what should go. Nothing is removed until you press Remove; then exactly the ticked objects"
                + " go, by id — anything created since stays."));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        VBox top = new VBox(6, title, intro, new NoticeBanner(model.notice()));

        VBox sections = new VBox(14);
        sections.setId("prune-preview");
        sections.getStyleClass().add("prune-preview");
        ScrollPane preview = new ScrollPane(sections);
        preview.setFitToWidth(true);
        VBox report = new VBox(8);
        report.setId("prune-report");
        ScrollPane reportPane = new ScrollPane(report);
        reportPane.setFitToWidth(true);
        StackPane center = new StackPane(preview, reportPane, busy("Looking for what nothing uses…",
                PruneWizardViewModel.Stage.LOADING, model), busy("Removing…", PruneWizardViewModel.Stage.RUNNING,
                model));
        preview.visibleProperty().bind(model.stageProperty().isEqualTo(PruneWizardViewModel.Stage.PREVIEW));
        reportPane.visibleProperty().bind(model.stageProperty().isEqualTo(PruneWizardViewModel.Stage.REPORT));
        model.planProperty().subscribe(plan -> {
            sections.getChildren().clear();
            if (plan != null) {
                for (PruneKind kind : PruneKind.values()) {
                    sections.getChildren().add(new PruneKindSection(model, kind));
                }
            }
        });
        model.reportProperty().subscribe(done -> showReport(report, done));

        BorderPane root = new BorderPane(center, top, null, footer(model, window), null);
        root.getStyleClass().add("prune-wizard");
        BorderPane.setMargin(center, new Insets(10, 0, 10, 0));
        return root;
    }

    private static VBox footer(PruneWizardViewModel model, Stage window) {
        Label total = new Label();
        total.setId("prune-total");
        total.getStyleClass().add(Styles.TEXT_BOLD);
        total.textProperty().bind(model.reclaimableBytes().map(bytes -> model.ticked().isEmpty()
                ? "Nothing ticked." : model.ticked().size() + " ticked; about " + ByteSizes.human(bytes.longValue())
                + " comes back."));
        total.visibleProperty().bind(model.stageProperty().isEqualTo(PruneWizardViewModel.Stage.PREVIEW));
        CommandLineField line = new CommandLineField(model.commandLine());
        line.setId("prune-command-line");
        Button close = new Button("Cancel");
        close.setId("prune-close");
        close.setCancelButton(true);
        close.textProperty().bind(model.stageProperty().map(stage -> stage == PruneWizardViewModel.Stage.REPORT
                ? "Close" : "Cancel"));
        close.disableProperty().bind(model.stageProperty().isEqualTo(PruneWizardViewModel.Stage.RUNNING));
        close.setOnAction(event -> window.close());
        Button remove = new Button("Remove");
        remove.setId("prune-run");
        remove.getStyleClass().add(Styles.DANGER);
        remove.setDefaultButton(false); // Enter must not destroy anything
        remove.disableProperty().bind(model.canRun().not());
        remove.visibleProperty().bind(model.stageProperty().isNotEqualTo(PruneWizardViewModel.Stage.REPORT));
        remove.managedProperty().bind(remove.visibleProperty());
        remove.textProperty().bind(model.reclaimableBytes().map(bytes -> "Remove " + model.ticked().size()
                + (model.ticked().size() == 1 ? " object" : " objects")));
        remove.setOnAction(event -> model.run());
        Button again = new Button("Look again");
        again.setId("prune-reload");
        again.setTooltip(new Tooltip("Ask the engine again what a prune would take now"));
        again.visibleProperty().bind(model.stageProperty().isEqualTo(PruneWizardViewModel.Stage.PREVIEW));
        again.managedProperty().bind(again.visibleProperty());
        again.setOnAction(event -> model.load());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, total, spacer, again, close, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, line, buttons);
    }

    private static VBox busy(String text, PruneWizardViewModel.Stage during, PruneWizardViewModel model) {
        VBox busy = new VBox(10, new ProgressIndicator(), new Label(text));
        busy.setAlignment(Pos.CENTER);
        busy.visibleProperty().bind(model.stageProperty().isEqualTo(during));
        return busy;
    }

    private static void showReport(VBox pane, PruneReport report) {
        pane.getChildren().clear();
        if (report == null) {
            return;
        }
        Label headline = new Label(PruneSummary.headline(report));
        headline.setId("prune-headline");
        headline.getStyleClass().add(Styles.TITLE_4);
        headline.setWrapText(true);
        pane.getChildren().add(headline);
        for (String line : PruneSummary.lines(report)) {
            pane.getChildren().add(new Label(line));
        }
        List<String> failures = PruneSummary.failures(report);
        if (!failures.isEmpty()) {
            Label refused = new Label("The engine refused:");
            refused.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.DANGER);
            pane.getChildren().add(refused);
            for (String failure : failures) {
                Label sentence = new Label("• " + failure);
                sentence.getStyleClass().addAll(Styles.DANGER, "prune-failure");
                sentence.setWrapText(true);
                pane.getChildren().add(sentence);
            }
        }
    }
}
