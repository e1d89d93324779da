package dev.berth.networks;

import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.ui.CommandEcho;
import javafx.stage.Window;

import java.util.concurrent.Executor;

/**
 * Opens the network dialogs (create, connect), for the Networks tab and for a container's details.
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
}
