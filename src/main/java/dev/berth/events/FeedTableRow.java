package dev.berth.events;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Skin;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.Map;

/**
 * One row of the feed, drawn by {@link FeedTableRowSkin} without a cell per column. Without cells the row selects
 * itself when clicked (the table's cells would otherwise do that).
 */
final class FeedTableRow extends TableRow<FeedEntry> {
    private static final PseudoClass GAP = PseudoClass.getPseudoClass("gap");
    private final Map<TableColumn<FeedEntry, ?>, FeedColumn> columns;
    private final EventsViewModel model;

    FeedTableRow(Map<TableColumn<FeedEntry, ?>, FeedColumn> columns, EventsViewModel model) {
        this.columns = columns;
        this.model = model;
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::select);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new FeedTableRowSkin(this, columns, model);
    }

    @Override
    protected void updateItem(FeedEntry item, boolean empty) {
        super.updateItem(item, empty);
        pseudoClassStateChanged(GAP, item instanceof FeedEntry.Gap);
        if (getSkin() instanceof FeedTableRowSkin skin) {
            skin.show(empty ? null : item);
        }
    }

    /** Shows the actor as a link or not, as the model now says. */
    void recheckActor() {
        if (getSkin() instanceof FeedTableRowSkin skin) {
            skin.recheckActor();
        }
    }

    private void select(MouseEvent event) {
        TableView<FeedEntry> table = getTableView();
        if (isEmpty() || table == null || event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (!table.isFocused()) {
            table.requestFocus();
        }
        table.getSelectionModel().clearAndSelect(getIndex());
        table.getFocusModel().focus(getIndex());
    }

    /** What a screen reader says for the row: its columns' texts, as the cells would have given them. */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT && !isEmpty() && getItem() != null) {
            StringBuilder text = new StringBuilder();
            for (FeedColumn column : FeedColumn.values()) {
                text.append(text.isEmpty() ? "" : ", ").append(column.text(getItem()));
            }
            return text.toString();
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }
}
