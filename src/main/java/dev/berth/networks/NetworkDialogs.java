package dev.berth.networks;

import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.ui.TabContext;
import javafx.stage.Window;

/**
 * Opens the network dialogs (create, connect), for the Networks tab and for a container's details.
 */
public final class NetworkDialogs {
    private final EngineGateway gateway;
    private final NetworksViewModel networks;
    private final TabContext context;

    public NetworkDialogs(EngineGateway gateway, NetworksViewModel networks, TabContext context) {
        this.gateway = gateway;
        this.networks = networks;
        this.context = context;
    }

    void openCreate(Window owner) {
        CreateNetworkViewModel model = new CreateNetworkViewModel(gateway.networks(), networks.networks(),
                context.ui());
        new CreateNetworkDialog(owner, model, name -> {
            context.echo().echo(model.commandLineProperty().get());
            networks.selectWhenListed(name);
        }).show();
    }

    /** Connects a container the user picks to this network. */
    void openConnect(Window owner, NetworkInfo network) {
        ConnectNetworkViewModel model = connectModel();
        model.network.set(network.name());
        new ConnectNetworkDialog(owner, model, true, () -> context.echo().echo(model.commandLineProperty().get()))
                .show();
    }

    /** Connects this container to a network the user picks; {@code onConnected} runs once it is connected. */
    public void openConnectContainer(Window owner, String container, Runnable onConnected) {
        ConnectNetworkViewModel model = connectModel();
        model.container.set(container);
        new ConnectNetworkDialog(owner, model, false, () -> {
            context.echo().echo(model.commandLineProperty().get());
            onConnected.run();
        }).show();
    }

    private ConnectNetworkViewModel connectModel() {
        return new ConnectNetworkViewModel(gateway.networks(), gateway.containers(), networks.networks(),
                context.ui());
    }
}
