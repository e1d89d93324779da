package dev.berth.networks;

import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.ui.CommandEcho;
import dev.berth.ui.ConfirmDialog;
import javafx.beans.binding.Bindings;
import javafx.stage.Window;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Opens the network dialogs (create, connect) and asks before a disconnect, for the Networks tab and for a
 * container's details.
 */
public final class NetworkDialogs {
    private final EngineGateway gateway;
    private final Executor ui;
    private final NetworksViewModel networks;
    private final CommandEcho echo;

    public NetworkDialogs(EngineGateway gateway, Executor ui, NetworksViewModel networks, CommandEcho echo) {
        this.gateway = gateway;
        this.ui = ui;
        this.networks = networks;
        this.echo = echo;
    }

    void openCreate(Window owner) {
        CreateNetworkViewModel model = new CreateNetworkViewModel(gateway.networks(), networks.networks(), ui);
        new CreateNetworkDialog(owner, model, name -> {
            echo.echo(model.commandLineProperty().get());
            networks.selectWhenListed(name);
        }).show();
    }

    /** Connects a container the user picks to this network. */
    void openConnect(Window owner, NetworkInfo network) {
        ConnectNetworkViewModel model = connectModel();
        model.network.set(network.name());
        new ConnectNetworkDialog(owner, model, true, () -> echo.echo(model.commandLineProperty().get())).show();
    }

    /** Connects this container to a network the user picks; {@code onConnected} runs once it is connected. */
    public void openConnectContainer(Window owner, String container, Runnable onConnected) {
        ConnectNetworkViewModel model = connectModel();
        model.container.set(container);
        new ConnectNetworkDialog(owner, model, false, () -> {
            echo.echo(model.commandLineProperty().get());
            onConnected.run();
        }).show();
    }

    private ConnectNetworkViewModel connectModel() {
        return new ConnectNetworkViewModel(gateway.networks(), gateway.containers(), networks.networks(), ui);
    }

    /**
     * Asks, then disconnects the container from the network.
     *
     * @param onAnswer gets null once disconnected, or the engine's refusal; not called when the user cancels
     */
    public void askDisconnect(Window owner, String network, String container, Consumer<Throwable> onAnswer) {
        String command = NetworksViewModel.disconnectCommand(network, container);
        if (ConfirmDialog.ask(owner, "Disconnect " + container + " from " + network + "?",
                List.of(container + " (from network " + network + ")"), "Disconnect",
                Bindings.createStringBinding(() -> command))) {
            networks.disconnectForCaller(network, container)
                    .whenCompleteAsync((done, failure) -> onAnswer.accept(failure), ui);
        }
    }
}
