package dev.berth.networks;

import dev.berth.daemon.DaemonException;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.testing.FakeNetworkOperations;
import dev.berth.testing.TabFixture;
import dev.berth.ui.dialogs.Confirmation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.berth.networks.NetworkFixtures.BRIDGE;
import static dev.berth.networks.NetworkFixtures.HOST;
import static dev.berth.networks.NetworkFixtures.NONE;
import static dev.berth.networks.NetworkFixtures.SHOP;
import static dev.berth.networks.NetworkFixtures.network;
import static org.assertj.core.api.Assertions.assertThat;

/** What the Networks tab asks before removing or disconnecting, and which networks it offers to touch at all. */
class NetworkQuestionsTest {
    private final FakeEngineGateway engine = new FakeEngineGateway();
    private final FakeNetworkOperations networks = engine.networks();
    private final TabFixture tab = new TabFixture();
    private NetworksViewModel model;

    @BeforeEach
    void connect() {
        networks.setInfos(List.of(BRIDGE, HOST, NONE, SHOP, network("l1", "lab", "bridge", "10.213.8.0/24",
                "10.213.8.1")));
        model = new NetworksViewModel(engine, tab.context());
        engine.goUp();
        tab.scheduler().advance(NetworksViewModel.REFRESH_DEBOUNCE);
        assertThat(model.rows().all()).hasSize(5);
    }

    @AfterEach
    void stop() {
        model.close();
    }

    private NetworkRow row(String name) {
        return model.rows().all().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void builtInNetworksCannotBeRemovedAndHostAndNoneTakeNoContainers() {
        assertThat(NetworksViewModel.canRemove(BRIDGE)).isFalse();
        assertThat(NetworksViewModel.canRemove(HOST)).isFalse();
        assertThat(NetworksViewModel.canRemove(NONE)).isFalse();
        assertThat(NetworksViewModel.canRemove(SHOP)).isTrue();
        assertThat(NetworksViewModel.acceptsConnections(BRIDGE)).isTrue();
        assertThat(NetworksViewModel.acceptsConnections(SHOP)).isTrue();
        assertThat(NetworksViewModel.acceptsConnections(HOST)).isFalse();
        assertThat(NetworksViewModel.acceptsConnections(NONE)).isFalse();
    }

    @Test
    void whatIsOfferedFollowsTheSelection() {
        var removable = model.canRemoveSelected();
        var connectable = model.canConnectSelected();
        assertThat(removable.getValue()).isFalse();
        model.rows().select(row("host"));
        assertThat(removable.getValue()).isFalse();
        assertThat(connectable.getValue()).isFalse();
        model.rows().select(row("lab"));
        assertThat(removable.getValue()).isTrue();
        assertThat(connectable.getValue()).isTrue();
    }

    @Test
    void aBuiltInNetworkIsRefusedWithoutAQuestion() {
        model.askRemove(row("bridge")).join();

        assertThat(tab.dialogs().confirmations()).isEmpty();
        assertThat(model.notice().get().sentence()).contains("built into the engine");
        assertThat(networks.actions()).isEmpty();
    }

    @Test
    void anUnusedNetworkIsNamedAndNoRemovesNothing() {
        tab.dialogs().sayNo();

        model.askRemove(row("lab")).join();

        Confirmation asked = tab.dialogs().onlyConfirmation();
        assertThat(asked.question()).isEqualTo("Remove this network?");
        assertThat(asked.targets()).containsExactly("lab");
        assertThat(asked.destructive()).isTrue();
        assertThat(asked.commandLineFor(asked.asOffered())).isEqualTo("docker network rm lab");
        assertThat(networks.actions()).isEmpty();
    }

    @Test
    void yesRemovesTheUnusedNetwork() {
        tab.dialogs().sayYes();

        model.askRemove(row("lab")).join();

        assertThat(networks.actions()).containsExactly("network rm lab");
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker network rm lab");
    }

    /** The engine would refuse while containers are connected, so the first question names them instead. */
    @Test
    void aNetworkWithContainersNamesThemAndOffersToDisconnectThemFirst() {
        tab.dialogs().sayNo();

        model.askRemove(row("shop")).join();

        Confirmation offer = tab.dialogs().onlyConfirmation();
        assertThat(offer.question()).isEqualTo("shop still has containers connected");
        assertThat(offer.targets()).containsExactly("web", "db");
        assertThat(offer.action()).isEqualTo("Disconnect all and remove…");
        assertThat(offer.destructive()).isFalse();
        assertThat(networks.actions()).isEmpty();
    }

    @Test
    void takingTheOfferAsksAgainNamingEveryStepAndOnlyThatYesActs() {
        tab.dialogs().sayYes().sayNo();
        model.askRemove(row("shop")).join();

        Confirmation steps = tab.dialogs().confirmations().get(1);
        assertThat(steps.targets()).containsExactly("disconnect web", "disconnect db", "remove network shop");
        assertThat(steps.destructive()).isTrue();
        assertThat(steps.commandLineFor(steps.asOffered())).isEqualTo("docker network disconnect shop web && docker"
                + " network disconnect shop db && docker network rm shop");
        assertThat(networks.actions()).isEmpty();

        tab.dialogs().sayYes().sayYes();
        model.askRemove(row("shop")).join();

        assertThat(networks.actions()).containsExactly("network disconnect s1 c1", "network disconnect s1 c2",
                "network rm s1");
    }

    @Test
    void aDisconnectNamesTheContainerAndTheNetwork() {
        tab.dialogs().sayNo().sayYes();

        model.askDisconnect("shop", "web").join();
        assertThat(networks.actions()).isEmpty();
        model.askDisconnect("shop", "web").join();

        assertThat(tab.dialogs().confirmations()).extracting(Confirmation::targets)
                .containsOnly(List.of("web (from network shop)"));
        assertThat(networks.actions()).containsExactly("network disconnect shop web");
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker network disconnect shop web");
    }

    @Test
    void aDisconnectAskedElsewhereReportsThereAndSaysWhetherItRan() {
        List<Throwable> reported = new ArrayList<>();
        tab.dialogs().sayNo();
        assertThat(model.askDisconnect("shop", "db", reported::add).join()).isFalse();
        assertThat(networks.actions()).isEmpty();

        networks.failNext("network disconnect", new DaemonException("Could not disconnect db.", null));
        tab.dialogs().sayYes();
        assertThat(model.askDisconnect("shop", "db", reported::add).join()).isTrue();

        assertThat(networks.actions()).containsExactly("network disconnect shop db");
        assertThat(reported).extracting(Throwable::getMessage).containsExactly("Could not disconnect db.");
        assertThat(model.notice().get()).as("not on the Networks tab").isNull();
    }
}
