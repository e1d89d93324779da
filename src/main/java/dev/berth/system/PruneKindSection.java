package dev.berth.system;

import atlantafx.base.theme.Styles;
import dev.berth.daemon.system.PruneKind;
import dev.berth.ui.text.ByteSizes;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * One kind in the prune preview: a box that ticks or unticks the whole kind (mixed while only some are ticked), the
 * rule in a phrase, and every candidate with its own box, name, detail and size.
 */
final class PruneKindSection extends VBox {
    private final PruneWizardViewModel model;
    private final PruneKind kind;
    private final CheckBox all = new CheckBox();
    private final Label summary = new Label();
    private final List<CandidateRow> rows;
    private boolean syncing;

    PruneKindSection(PruneWizardViewModel model, PruneKind kind) {
        super(4);
        this.model = model;
        this.kind = kind;
        this.rows = model.rowsOf(kind);
        getStyleClass().add("prune-kind");
        all.setText(kind.title());
        all.setId("prune-kind-" + kind.name().toLowerCase().replace('_', '-'));
        all.getStyleClass().add(Styles.TEXT_BOLD);
        all.setAllowIndeterminate(false);
        all.setDisable(rows.isEmpty());
        all.setOnAction(event -> {
            if (!syncing) {
                model.tickAll(kind, all.isSelected());
            }
        });
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, all, spacer, summary);
        header.setAlignment(Pos.CENTER_LEFT);
        String sentence = Character.toUpperCase(kind.rule().charAt(0)) + kind.rule().substring(1) + ".";
        Label rule = new Label(rows.isEmpty() ? "Nothing to remove: " + kind.rule() + "." : sentence);
        rule.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        getChildren().addAll(header, rule);
        for (CandidateRow row : rows) {
            getChildren().add(item(row));
            row.tickedProperty().addListener((obs, was, now) -> sync());
        }
        sync();
    }

    private HBox item(CandidateRow row) {
        CheckBox box = new CheckBox(row.candidate().name());
        box.getStyleClass().add("prune-item");
        box.setUserData(row.candidate());
        box.selectedProperty().bindBidirectional(row.tickedProperty());
        Label detail = new Label(row.candidate().detail());
        detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        detail.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label size = new Label(kind == PruneKind.UNUSED_NETWORKS ? "" : ByteSizes.human(row.candidate().size()));
        size.getStyleClass().add("prune-size");
        size.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(10, box, detail, spacer, size);
        line.getStyleClass().add("prune-item-line");
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private void sync() {
        long ticked = rows.stream().filter(CandidateRow::isTicked).count();
        long bytes = rows.stream().filter(CandidateRow::isTicked).mapToLong(row -> row.candidate().size())
                .filter(size -> size > 0).sum();
        syncing = true;
        all.setIndeterminate(ticked > 0 && ticked < rows.size());
        all.setSelected(!rows.isEmpty() && ticked == rows.size());
        syncing = false;
        summary.setText(rows.isEmpty() ? "none" : ticked + " of " + rows.size() + " ticked"
                + (kind == PruneKind.UNUSED_NETWORKS ? "" : " · " + ByteSizes.human(bytes)));
    }
}
