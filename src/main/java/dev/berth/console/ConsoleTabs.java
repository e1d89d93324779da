package dev.berth.console;

import dev.berth.ui.Icons;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

import java.util.ArrayList;
import java.util.List;

/**
 * Open consoles, one tab each (a container may have several: each is its own session). A tab keeps its session
 * while other containers or sections are shown; closing it ends an exec's process, or detaches an attach.
 */
public final class ConsoleTabs extends TabPane {
    /** Makes the model of a new console. */
    @FunctionalInterface
    public interface Consoles {
        ConsoleViewModel create(String containerId, String name, ConsoleViewModel.Kind kind);
    }

    private final Consoles consoles;
    private final List<ConsoleViewModel> models = new ArrayList<>();

    public ConsoleTabs(Consoles consoles) {
        this.consoles = consoles;
        setId("console-tabs");
        setTabClosingPolicy(TabClosingPolicy.ALL_TABS);
    }

    /** Opens a new console into the container, running its shell at once; answers its model. */
    public ConsoleViewModel open(String containerId, String name) {
        return add(containerId, name, ConsoleViewModel.Kind.EXEC);
    }

    /** Attaches a new console to the container's main process ({@code docker attach}); answers its model. */
    public ConsoleViewModel attach(String containerId, String name) {
        return add(containerId, name, ConsoleViewModel.Kind.ATTACH);
    }

    private ConsoleViewModel add(String containerId, String name, ConsoleViewModel.Kind kind) {
        ConsoleViewModel model = consoles.create(containerId, name, kind);
        ConsoleView view = new ConsoleView(model);
        Tab tab = new Tab(name, view);
        tab.textProperty().bind(model.tabTitleProperty());
        tab.setGraphic(Icons.of(kind == ConsoleViewModel.Kind.ATTACH ? MaterialDesignL.LINK_VARIANT
                : MaterialDesignC.CONSOLE));
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
