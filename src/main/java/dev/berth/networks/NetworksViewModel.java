package dev.berth.networks;

import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.cli.NetworkCommandLines;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.daemon.networks.NetworkOperations;
import dev.berth.ui.LiveRows;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.ResourceRows;
import dev.berth.ui.RetryableFailure;
import dev.berth.ui.TabContext;
import dev.berth.ui.dialogs.Confirmation;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Networks tab: every network with its IPAM and connected containers, kept true by the engine's network events
 * (and container removals, which take containers off networks without a network event); removal and disconnection.
 * All properties change on the {@code ui} executor only.
 */
public final class NetworksViewModel implements AutoCloseable {
    static final Duration REFRESH_DEBOUNCE = Duration.ofMillis(60);

    private final NetworkOperations networks;
    private final TabContext context;
    private final ResourceRows<NetworkRow> rows = new ResourceRows<>(row -> new Observable[] {row.infoProperty()},
            NetworkRow::matches);
    private final NoticeHolder notice = new NoticeHolder();
    private final NetworkRemoval removal;
    private final LiveRows<List<NetworkInfo>, NetworkInfo, NetworkRow> live;

    public NetworksViewModel(EngineGateway gateway, TabContext context) {
        this.networks = gateway.networks();
        this.context = context;
        this.removal = new NetworkRemoval(networks, context.ui());
        this.live = new LiveRows<>(LiveRows.Source.of(RetryableFailure.offering(networks::inspectAll, this::reload),
                NetworkInfo::id, NetworkRow::new, NetworkRow::update), rows, notice, context.ui(), context.scheduler(),
                REFRESH_DEBOUNCE);
        live.startAfter(context.startGate());
        live.follow(gateway, NetworksViewModel::changesNetworks);
    }

    private static boolean changesNetworks(DaemonEvent event) {
        return event.isAbout("network") || event.changesContainerList() && "destroy".equals(event.action());
    }

    /** Re-reads every network from the engine; answers that arrive out of order are dropped. */
    public void reload() {
        live.reload();
    }

    /** Selects the network with this id, short id or name as soon as it is listed (the Navigator's way in). */
    public void selectWhenListed(String idOrName) {
        live.selectWhenListed(row -> row.isNamed(idOrName), () -> rows.filterTextProperty().set(""));
    }

    /** The networks the engine has now, for the create dialog's name and overlap checks. */
    public List<NetworkInfo> networks() {
        return rows.all().stream().map(NetworkRow::info).toList();
    }

    /** Whether Berth offers to remove the network: never the engine's built-in ones. */
    public static boolean canRemove(NetworkInfo network) {
        return !network.isBuiltIn();
    }

    /** Whether containers can be connected to the network: "host" and "none" take no further containers. */
    public static boolean acceptsConnections(NetworkInfo network) {
        return !"host".equals(network.name()) && !"none".equals(network.name());
    }

    /** True while the selected network can be removed; follows the selection and the network's changes. */
    public ObservableValue<Boolean> canRemoveSelected() {
        return rows.selectedProperty().flatMap(NetworkRow::infoProperty).map(NetworksViewModel::canRemove)
                .orElse(false);
    }

    /** True while containers can be connected to the selected network. */
    public ObservableValue<Boolean> canConnectSelected() {
        return rows.selectedProperty().flatMap(NetworkRow::infoProperty).map(NetworksViewModel::acceptsConnections)
                .orElse(false);
    }

    /**
     * Asks before removing the network, naming it. While containers are connected the engine would refuse, so the
     * question names them and offers to disconnect them all first, then asks again with every step it will take.
     */
    public CompletableFuture<Void> askRemove(NetworkRow row) {
        NetworkInfo network = row.info();
        CompletableFuture<Void> nothing = CompletableFuture.completedFuture(null);
        if (!canRemove(network)) {
            notice.set(Notice.error(NetworkRemoval.refusal(network)));
            return nothing;
        }
        if (network.containers().isEmpty()) {
            return context.dialogs().confirm(Confirmation.destructive("Remove this network?", List.of(network.name()),
                    "Remove", NetworkCommandLines.remove(List.of(network.name())))).map(yes -> remove(row))
                    .orElse(nothing);
        }
        List<String> connected = network.containers().stream().map(NetworkInfo.Endpoint::containerName).toList();
        Confirmation offer = new Confirmation(network.name() + " still has containers connected",
                "The engine removes a network only when nothing is connected to it. Connected:", connected,
                "Disconnect all and remove…", false, List.of(), null);
        if (context.dialogs().confirm(offer).isEmpty()) {
            return nothing;
        }
        List<String> steps = new ArrayList<>();
        connected.forEach(container -> steps.add("disconnect " + container));
        steps.add("remove network " + network.name());
        return context.dialogs().confirm(Confirmation.destructive("Disconnect every container and remove "
                        + network.name() + "?", steps, "Disconnect and remove", NetworkRemoval.commands(network)))
                .map(yes -> disconnectAllAndRemove(row)).orElse(nothing);
    }

    /** Removes a network nothing is connected to; {@link #askRemove} asks first. */
    public CompletableFuture<Void> remove(NetworkRow row) {
        return act(NetworkCommandLines.remove(List.of(row.name())), () -> removal.remove(row.info()));
    }

    /** Disconnects every container from the network, then removes it; reconnects them all if a step fails. */
    public CompletableFuture<Void> disconnectAllAndRemove(NetworkRow row) {
        return act(NetworkRemoval.commands(row.info()), () -> removal.disconnectAllAndRemove(row.info()));
    }

    /** Asks, naming the container and the network, then disconnects it; a refusal shows on this tab. */
    public CompletableFuture<Void> askDisconnect(String network, String container) {
        return confirmDisconnect(network, container) ? disconnect(network, container)
                : CompletableFuture.completedFuture(null);
    }

    /**
     * Asks, then disconnects, for a place other than this tab (a container's details).
     *
     * @param report gets the engine's refusal, to show where the user asked
     * @return true once the engine answered, false when the user said no
     */
    public CompletableFuture<Boolean> askDisconnect(String network, String container, Consumer<Throwable> report) {
        if (!confirmDisconnect(network, container)) {
            return CompletableFuture.completedFuture(false);
        }
        context.echo().echo(NetworkCommandLines.disconnect(network, container, false));
        return networks.disconnect(network, container, false).handleAsync((done, failure) -> {
            if (failure != null) {
                report.accept(failure);
            }
            live.refreshSoon();
            return true;
        }, context.ui());
    }

    private boolean confirmDisconnect(String network, String container) {
        return context.dialogs().confirm(Confirmation.destructive("Disconnect " + container + " from " + network + "?",
                List.of(container + " (from network " + network + ")"), "Disconnect",
                NetworkCommandLines.disconnect(network, container, false))).isPresent();
    }

    public CompletableFuture<Void> disconnect(String network, String container) {
        return act(NetworkCommandLines.disconnect(network, container, false),
                () -> networks.disconnect(network, container, false));
    }

    /** Makes the call; a failure that may pass offers to make it again. */
    private CompletableFuture<Void> act(String command, Supplier<CompletableFuture<Void>> call) {
        context.echo().echo(command);
        notice.begin();
        return call.get().whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                notice.report(failure, () -> act(command, call));
            } else {
                notice.succeeded();
            }
            live.refreshSoon();
        }, context.ui());
    }

    /** Every network, the ones shown, the search, the selected row and the one to select next. */
    public ResourceRows<NetworkRow> rows() {
        return rows;
    }

    public NoticeHolder notice() {
        return notice;
    }

    @Override
    public void close() {
        live.close();
    }
}
