package dev.berth.containers;

import dev.berth.daemon.ContainerState;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

import java.util.Locale;

/** The coloured state pill of a container row; shows "Stopping…" while the user's action runs. */
final class StateBadge extends TableCell<ContainerRow, ContainerRow> {
    private final Label badge = new Label();

    StateBadge() {
        badge.getStyleClass().add("state-badge");
    }

    @Override
    protected void updateItem(ContainerRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        ContainerState state = row.state();
        badge.getStyleClass().removeIf(style -> style.startsWith("state-") && !style.equals("state-badge"));
        badge.getStyleClass().add(row.isBusy() ? "state-busy" : "state-" + state.name().toLowerCase(Locale.ROOT));
        badge.setText(row.isBusy() ? row.pendingActionProperty().get() : state.label());
        setGraphic(badge);
    }
}
