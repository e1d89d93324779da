package dev.berth.system;

import atlantafx.base.theme.Styles;
import dev.berth.daemon.system.SystemInfo;
import dev.berth.ui.Icons;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.util.ArrayList;
import java.util.List;

/** The engine card: `docker info`'s facts as label/value lines, and the warnings the engine reports. */
final class EngineInfoPane extends VBox {
    private final GridPane facts = new GridPane();
    private final List<Label> values = new ArrayList<>();
    private final VBox warnings = new VBox(4);

    EngineInfoPane(ObservableValue<SystemInfo> info) {
        super(10);
        getStyleClass().addAll("system-card", "engine-info");
        Label title = new Label("Engine");
        title.getStyleClass().add(Styles.TITLE_4);
        facts.getStyleClass().add("engine-facts");
        facts.setHgap(16);
        facts.setVgap(4);
        ColumnConstraints valueColumn = new ColumnConstraints();
        valueColumn.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(new ColumnConstraints(), valueColumn);
        Label waiting = new Label("Reading the engine's information…");
        waiting.getStyleClass().add(Styles.TEXT_MUTED);
        facts.add(waiting, 0, 0, 2, 1);
        warnings.managedProperty().bind(warnings.visibleProperty());
        warnings.setVisible(false);
        getChildren().addAll(title, facts, warnings);
        info.subscribe(this::show);
    }

    private void show(SystemInfo info) {
        if (info == null) {
            return;
        }
        List<EngineFacts.Fact> lines = EngineFacts.of(info);
        if (values.size() != lines.size()) { // first answer: lay the lines out once, later ones only change text
            facts.getChildren().clear();
            values.clear();
            for (int i = 0; i < lines.size(); i++) {
                Label label = new Label(lines.get(i).label());
                label.getStyleClass().add(Styles.TEXT_MUTED);
                label.setMinWidth(Region.USE_PREF_SIZE);
                Label value = new Label();
                value.setId("engine-fact-" + lines.get(i).label().toLowerCase().replace(' ', '-'));
                value.setWrapText(true);
                values.add(value);
                facts.addRow(i, label, value);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            values.get(i).setText(lines.get(i).value());
        }
        warnings.getChildren().clear();
        for (String warning : info.warnings()) {
            Label line = new Label(warning, Icons.of(MaterialDesignA.ALERT_OUTLINE));
            line.getStyleClass().addAll(Styles.WARNING, "engine-warning");
            line.setWrapText(true);
            warnings.getChildren().add(line);
        }
        warnings.setVisible(!info.warnings().isEmpty());
    }
}
