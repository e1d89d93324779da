package dev.berth.containers;

import dev.berth.daemon.ConnectionState;
import dev.berth.ui.EmptyState;
import dev.berth.ui.EngineStatusViewModel;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import java.util.concurrent.Callable;

/**
 * What covers the table when it has nothing to show, and says why: the engine is down (and how to start it), the
 * first list is loading, there are no containers, or nothing matches the filter.
 */
final class ContainersPlaceholder extends StackPane {

    ContainersPlaceholder(ContainersViewModel model, EngineStatusViewModel engine) {
        getStyleClass().add("empty-layer");
        setPickOnBounds(false);
        Button retry = new Button("Retry now");
        retry.setOnAction(event -> engine.retryNow());
        EmptyState down = new EmptyState(MaterialDesignL.LAN_DISCONNECT, "", EngineStatusViewModel.howToStart(),
                retry);
        down.setId("engine-down");
        EmptyState none = new EmptyState(MaterialDesignD.DOCKER, "No containers yet",
                "Containers you create appear here as they start, e.g. `docker run -d --name web nginx`.");
        none.setId("no-containers");
        EmptyState noMatch = new EmptyState(MaterialDesignM.MAGNIFY, "No container matches",
                "Nothing matches the search or the \"Only running\" switch. Clear them to see every container.");
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(48, 48);

        ObservableValue<ConnectionState> state = engine.stateProperty();
        state.subscribe(now -> down.setTitle(now.problem() == null ? "" : now.problem()));
        ObservableValue<Boolean> up = state.map(now -> now.status() != ConnectionState.Status.DOWN);
        var loaded = model.rows().loadedProperty();
        var rows = model.rows().all();
        down.visibleProperty().bind(state.map(now -> now.status() == ConnectionState.Status.DOWN));
        loading.visibleProperty().bind(when(() -> up.getValue() && !loaded.get(), up, loaded));
        none.visibleProperty().bind(when(() -> up.getValue() && loaded.get() && rows.isEmpty(), up, loaded, rows));
        noMatch.visibleProperty().bind(when(() -> up.getValue() && !rows.isEmpty() && model.rows().visible().isEmpty(),
                up, rows, model.rows().visible()));

        getChildren().addAll(down, none, noMatch, loading);
        for (Node child : getChildren()) {
            child.managedProperty().bind(child.visibleProperty());
        }
        visibleProperty().bind(when(() -> getChildren().stream().anyMatch(Node::isVisible), down.visibleProperty(),
                none.visibleProperty(), noMatch.visibleProperty(), loading.visibleProperty()));
    }

    private static BooleanBinding when(Callable<Boolean> test, Observable... on) {
        return Bindings.createBooleanBinding(test, on);
    }
}
