package dev.berth.console;

import dev.berth.ui.Icons;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Open consoles, one tab each (a container may have several: each is its own exec session). Closing a tab ends its
 * session.
 */
public final class ConsoleTabs extends TabPane {
    private final BiFunction<String, String, ConsoleViewModel> consoles;
    private final List<ConsoleViewModel> models = new ArrayList<>();

    /** @param consoles makes the model of a new console from the container's id and name */
    public ConsoleTabs(BiFunction<String, String, ConsoleViewModel> consoles) {
        this.consoles = consoles;
        setId("console-tabs");
        setTabClosingPolicy(TabClosingPolicy.ALL_TABS);
    }

    /** Opens a new console into the container, running {@code /bin/sh} at once; answers its model. */
    public ConsoleViewModel open(String containerId, String name) {
        ConsoleViewModel model = consoles.apply(containerId, name);
        ConsoleView view = new ConsoleView(model);
        Tab tab = new Tab(name, view);
        tab.setGraphic(Icons.of(MaterialDesignC.CONSOLE));
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(model.cliLineProperty());
        tab.setTooltip(tooltip);
        tab.setUserData(containerId);
        tab.setOnClosed(event -> {
            models.remove(model);
            model.close();
        });
        tab.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                view.focusTerminal();
            }
        });
        models.add(model);
        getTabs().add(tab);
        getSelectionModel().select(tab);
        model.start();
        view.focusTerminal();
        return model;
    }

    /** Ends every session into this container and closes their tabs (e.g. it was removed). */
    public void closeFor(String containerId) {
        for (Tab tab : List.copyOf(getTabs())) {
            if (containerId.equals(tab.getUserData())) {
                getTabs().remove(tab);
                ConsoleView view = (ConsoleView) tab.getContent();
                models.remove(view.model());
                view.model().close();
            }
        }
    }

    /** Ends every session, e.g. when the window closes. */
    public void closeAll() {
        List.copyOf(models).forEach(ConsoleViewModel::close);
        models.clear();
        getTabs().clear();
    }
}
