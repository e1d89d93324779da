package dev.berth.networks;

import dev.berth.daemon.cli.NetworkCommandLines;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.networks.NetworkConnectSpec;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.daemon.networks.NetworkOperations;
import dev.berth.ui.form.SpecFormModel;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The "Connect to network" dialog: one container and one network (one of them fixed by where the dialog was opened),
 * optional aliases and a fixed address checked against the network's subnet, and the live {@code docker network
 * connect} line. Properties change on the {@code ui} executor.
 */
public final class ConnectNetworkViewModel extends SpecFormModel<NetworkConnectSpec, NetworkField> {
    final StringProperty network = new SimpleStringProperty(this, "network", "");
    final StringProperty container = new SimpleStringProperty(this, "container", "");
    final StringProperty aliases = new SimpleStringProperty(this, "aliases", "");
    final StringProperty ip = new SimpleStringProperty(this, "ip", "");

    private final NetworkOperations networks;
    private final ContainerOperations containers;
    private final List<NetworkInfo> known;
    private final Executor ui;
    private final ObservableList<String> containerChoices = FXCollections.observableArrayList();
    private final ObservableList<String> networkChoices = FXCollections.observableArrayList();

    /** @param known the networks the engine has, with their subnets and connected containers */
    public ConnectNetworkViewModel(NetworkOperations networks, ContainerOperations containers,
                                   List<NetworkInfo> known, Executor ui) {
        super(ui);
        this.networks = networks;
        this.containers = containers;
        this.known = List.copyOf(known);
        this.ui = ui;
        watch(new Observable[] {network, container, aliases, ip}, this::buildSpec,
                spec -> ConnectValidator.problems(chosenNetwork().orElse(null), spec.container(), spec.aliases(),
                        ip.get()), NetworkCommandLines::connect);
        container.addListener((obs, old, now) -> offerNetworks());
    }

    /** Reads the containers to offer; networks are offered by what the chosen container is not on yet. */
    public void loadChoices() {
        offerNetworks();
        containers.list().thenAcceptAsync(list -> containerChoices.setAll(list.stream()
                .map(ContainerSummary::name).sorted().toList()), ui);
    }

    private void offerNetworks() {
        String chosen = container.get().strip();
        networkChoices.setAll(known.stream().filter(info -> !"host".equals(info.name()) && !"none".equals(info.name()))
                .filter(info -> info.containers().stream().noneMatch(e -> e.containerName().equals(chosen)))
                .map(NetworkInfo::name).sorted().toList());
    }

    private Optional<NetworkInfo> chosenNetwork() {
        String name = network.get().strip();
        return known.stream().filter(info -> info.name().equals(name) || info.id().equals(name)).findFirst();
    }

    private NetworkConnectSpec buildSpec() {
        String address = ip.get().strip();
        boolean ipv6 = address.contains(":");
        return new NetworkConnectSpec(network.get().strip(), container.get().strip(),
                ConnectValidator.aliases(aliases.get()), ipv6 ? "" : address, ipv6 ? address : "");
    }

    /** @return true once connected; false when the form has problems or the engine refused (the notice says why) */
    public CompletableFuture<Boolean> submit() {
        return send(spec -> networks.connect(spec).thenApply(done -> true), false);
    }

    /** The chosen network's subnets, as a hint next to the IP field. */
    public String subnetHint() {
        return chosenNetwork().map(NetworkRow::subnets).filter(text -> !text.isEmpty())
                .map(text -> "Subnet " + text + "; blank lets the engine pick.")
                .orElse("Blank lets the engine pick an address.");
    }

    public ObservableList<String> containerChoices() {
        return containerChoices;
    }

    public ObservableList<String> networkChoices() {
        return networkChoices;
    }
}
