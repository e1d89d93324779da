package dev.berth.containers;

import dev.berth.ui.HoverTooltips;
import dev.berth.ui.Icons;
import dev.berth.ui.StyleClasses;
import javafx.scene.control.TableCell;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The name of a container, or of a compose project above its containers when the table groups them: a project's
 * row has a chevron that folds its containers away (a click on it, Left and Right, or a double-click on the row),
 * and the containers under it are indented.
 */
final class GroupedNameCell extends TableCell<ContainerRow, String> {
    private final ContainersViewModel model;
    private final FontIcon chevron = Icons.of(MaterialDesignC.CHEVRON_DOWN);

    GroupedNameCell(ContainersViewModel model) {
        this.model = model;
        chevron.getStyleClass().add("group-chevron");
        HoverTooltips.install(this, () -> isEmpty() ? null : getItem());
        chevron.setOnMouseClicked(event -> {
            ContainerRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null && row.isGroupHeader()) {
                model.groups().toggle(row);
                event.consume();
            }
        });
    }

    @Override
    protected void updateItem(String name, boolean empty) {
        super.updateItem(name, empty);
        ContainerRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (row == null || name == null) {
            StyleClasses.setOneOf(getStyleClass(), GroupedNameCell::isKind, null);
            setText(null);
            setGraphic(null);
            HoverTooltips.update(this, null);
            return;
        }
        setText(name);
        HoverTooltips.update(this, name);
        if (row.isGroupHeader()) {
            chevron.setIconCode(model.groups().isFolded(row) ? MaterialDesignC.CHEVRON_RIGHT
                    : MaterialDesignC.CHEVRON_DOWN);
            setGraphic(chevron);
            StyleClasses.setOneOf(getStyleClass(), GroupedNameCell::isKind, "group-name");
        } else {
            setGraphic(null);
            boolean member = model.groupByProjectProperty().get() && ContainerGroups.projectOf(row) != null;
            StyleClasses.setOneOf(getStyleClass(), GroupedNameCell::isKind, member ? "group-member" : null);
        }
    }

    /** The classes that tell a project's row and the rows under it apart. */
    private static boolean isKind(String style) {
        return style.equals("group-name") || style.equals("group-member");
    }
}
