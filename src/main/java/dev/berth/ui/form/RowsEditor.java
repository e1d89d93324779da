package dev.berth.ui.form;

import atlantafx.base.theme.Styles;
import dev.berth.ui.Icons;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Edits a list of rows (ports, variables, mounts…): one line of controls per row with a remove button, and an
 * "Add" button. Lines are rebuilt only when rows are added or removed, never while the user types in one.
 *
 * @param <R> the row model
 */
public final class RowsEditor<R> extends VBox {
    private final ObservableList<R> rows;
    private final BiFunction<R, Integer, Node[]> lineFactory;
    private final VBox lines = new VBox(6);

    /**
     * @param idPrefix    ids: "{prefix}-add", and the remove buttons "{prefix}-remove-{index}"
     * @param lineFactory the controls of one row, given the row and its index
     */
    public RowsEditor(String idPrefix, String addLabel, ObservableList<R> rows, Supplier<R> newRow,
                      BiFunction<R, Integer, Node[]> lineFactory) {
        super(6);
        this.rows = rows;
        this.lineFactory = lineFactory;
        Button add = new Button(addLabel, Icons.of(MaterialDesignP.PLUS));
        add.setId(idPrefix + "-add");
        add.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        add.setOnAction(event -> rows.add(newRow.get()));
        rows.addListener((ListChangeListener<R>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    rebuild(idPrefix);
                    return;
                }
            }
        });
        rebuild(idPrefix);
        getChildren().addAll(lines, add);
    }

    private void rebuild(String idPrefix) {
        lines.getChildren().clear();
        for (int index = 0; index < rows.size(); index++) {
            R row = rows.get(index);
            Button remove = new Button(null, Icons.of(MaterialDesignC.CLOSE));
            remove.setId(idPrefix + "-remove-" + index);
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            remove.setTooltip(new Tooltip("Remove this line"));
            remove.setOnAction(event -> rows.remove(row));
            HBox line = new HBox(6, lineFactory.apply(row, index));
            line.getChildren().add(remove);
            line.setAlignment(Pos.CENTER_LEFT);
            lines.getChildren().add(line);
        }
    }
}
