package dev.berth.networks;

import atlantafx.base.theme.Styles;
import dev.berth.ui.CommandLineField;
import dev.berth.ui.FormGrid;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.SubmitButton;
import dev.berth.ui.Theme;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;


/**
 * The `docker network connect` dialog. Opened from a network, the network is fixed and the user picks a container;
 * opened from a container's details, the other way round.
 */
final class ConnectNetworkDialog extends Dialog<Boolean> {

    /** @param onConnected runs once the engine has connected the container */
    ConnectNetworkDialog(Window owner, ConnectNetworkViewModel model, boolean networkFixed, Runnable onConnected) {
        initOwner(owner);
        setTitle("Connect to a network");
        setHeaderText(networkFixed ? "Connect a container to " + model.network.get() + "."
                : "Connect " + model.container.get() + " to a network.");
        getDialogPane().getStylesheets().add(Theme.BERTH_CSS);
        getDialogPane().getStyleClass().add("network-dialog");

        FormGrid grid = new FormGrid();
        grid.showProblems(model.shownProblems(), "network-error-");
        grid.setLabelsCentered(true);
        grid.setProblemWrappingWidth(440); // a long sentence wraps instead of widening the form
        grid.add("Container", choice(model.container, model.containerChoices(), "network-connect-container",
                !networkFixed), NetworkField.CONTAINER);
        grid.add("Network", choice(model.network, model.networkChoices(), "network-connect-network",
                !networkFixed), NetworkField.NAME);
        grid.add("Aliases", FormGrid.fixedField(model.aliases, "other names it answers to here, e.g. db, cache", 320,
                "network-connect-aliases"), NetworkField.ALIASES);
        Label ipHint = new Label();
        ipHint.getStyleClass().add(Styles.TEXT_MUTED);
        ipHint.textProperty().bind(Bindings.createStringBinding(model::subnetHint, model.network));
        grid.add("IP address", new VBox(4, FormGrid.fixedField(model.ip, "the engine picks one", 240,
                "network-connect-ip"), ipHint), NetworkField.IP);
        CommandLineField command = new CommandLineField(model.commandLineProperty());
        command.setId("network-connect-command-line");
        getDialogPane().setContent(new VBox(8, new NoticeBanner(model.submission().notice()), grid,
                command));
        getDialogPane().setPrefWidth(640);
        getDialogPane().setMinWidth(600);

        SubmitButton.install(getDialogPane(), "Connect", "network-connect-submit", model.submission().busyProperty(),
                model.shownProblems().nothingShownProperty(), () -> model.submit().thenAccept(connected -> {
                    if (connected) {
                        setResult(true);
                        close();
                        onConnected.run();
                    }
                }));
        setResultConverter(button -> null);
        setOnShown(event -> grid.lookup(networkFixed ? "#network-connect-container" : "#network-connect-network")
                .requestFocus());
        model.loadChoices();
    }

    private static ComboBox<String> choice(StringProperty value, ObservableList<String> choices, String id,
                                           boolean editable) {
        ComboBox<String> box = new ComboBox<>(choices);
        box.setId(id);
        box.setEditable(true);
        box.getEditor().textProperty().bindBidirectional(value);
        box.setDisable(!editable);
        box.setPrefWidth(320);
        box.setPromptText("pick from the list or type a name");
        return box;
    }
}
