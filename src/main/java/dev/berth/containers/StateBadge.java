package dev.berth.containers;

import dev.berth.daemon.containers.ContainerState;
import dev.berth.ui.StyleClasses;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

import java.util.Comparator;
import java.util.Locale;

/** The coloured state pill of a container row; shows "Stopping…" while the user's action runs. */
final class StateBadge extends TableCell<ContainerRow, StateBadge.Shown> {
    static final Comparator<Shown> BY_STATE = Comparator.comparing(Shown::state);

    /** What the pill shows: the engine's state, or the user's pending action when there is one. */
    record Shown(ContainerState state, String pendingAction) {
    }

    private final Label badge = new Label();

    StateBadge() {
        badge.getStyleClass().add("state-badge");
    }

    /** Changes with the container's state and with the pending action, so the cell re-renders on either. */
    static ObservableValue<Shown> of(ContainerRow row) {
        return Bindings.createObjectBinding(() -> new Shown(row.state(), row.pendingActionProperty().get()),
                row.summaryProperty(), row.pendingActionProperty());
    }

    @Override
    protected void updateItem(Shown shown, boolean empty) {
        super.updateItem(shown, empty);
        if (empty || shown == null) {
            setGraphic(null);
            return;
        }
        boolean busy = !shown.pendingAction().isEmpty();
        String style = busy ? "state-busy" : "state-" + shown.state().name().toLowerCase(Locale.ROOT);
        StyleClasses.setOneOf(badge.getStyleClass(), kind -> kind.startsWith("state-") && !kind.equals("state-badge"),
                style);
        badge.setText(busy ? shown.pendingAction() : shown.state().label());
        setGraphic(badge);
    }
}
