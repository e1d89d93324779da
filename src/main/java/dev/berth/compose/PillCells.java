package dev.berth.compose;

import dev.berth.ui.StyleClasses;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TreeTableCell;

/** Table and tree cells that show a {@link Pill}, restyled in place as the state changes. */
final class PillCells {
    private PillCells() {
    }

    static <S> TableCell<S, Pill> table() {
        Label badge = badge();
        return new TableCell<>() {
            @Override
            protected void updateItem(Pill pill, boolean empty) {
                super.updateItem(pill, empty);
                setGraphic(show(badge, empty ? null : pill));
            }
        };
    }

    static <S> TreeTableCell<S, Pill> tree() {
        Label badge = badge();
        return new TreeTableCell<>() {
            @Override
            protected void updateItem(Pill pill, boolean empty) {
                super.updateItem(pill, empty);
                setGraphic(show(badge, empty ? null : pill));
            }
        };
    }

    private static Label badge() {
        Label badge = new Label();
        badge.getStyleClass().add("state-badge");
        return badge;
    }

    private static Label show(Label badge, Pill pill) {
        if (pill == null) {
            return null;
        }
        StyleClasses.setOneOf(badge.getStyleClass(),
                style -> style.startsWith("state-") && !style.equals("state-badge"), pill.styleClass());
        badge.setText(pill.text());
        return badge;
    }
}
