package dev.berth.networks;

import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.DaemonException;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.testing.FakeNetworkOperations;
import dev.berth.testing.TabFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.berth.networks.NetworkFixtures.BRIDGE;
import static dev.berth.networks.NetworkFixtures.SHOP;
import static dev.berth.networks.NetworkFixtures.endpoint;
import static dev.berth.networks.NetworkFixtures.network;
import static org.assertj.core.api.Assertions.assertThat;

class NetworksViewModelTest {
    private final FakeEngineGateway engine = new FakeEngineGateway();
    private final FakeNetworkOperations networks = engine.networks();
    private final TabFixture tab = new TabFixture();
    private NetworksViewModel model;

    @BeforeEach
    void connect() {
        networks.setInfos(NetworkFixtures.engineWithShop());
        model = new NetworksViewModel(engine, tab.context());
        engine.goUp();
        tab.scheduler().advance(NetworksViewModel.REFRESH_DEBOUNCE);
        assertThat(model.rows().all()).hasSize(4);
    }

    @AfterEach
    void stop() {
        model.close();
    }

    private NetworkRow row(String name) {
        return model.rows().all().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }

    private static DaemonEvent event(String type, String action) {
        return new DaemonEvent(type, action, "x1", Map.of("name", "x"), System.nanoTime());
    }

    @Test
    void networkEventsAndContainerRemovalsRefreshTheRowsInPlace() {
        NetworkRow shop = row("shop");
        networks.setInfos(List.of(BRIDGE, network("s1", "shop", "bridge", "10.213.4.0/24", "10.213.4.1",
                endpoint("c1", "web", "10.213.4.2"))));

        engine.emit(event("network", "disconnect"));
        engine.emit(event("network", "disconnect"));

        tab.scheduler().advance(NetworksViewModel.REFRESH_DEBOUNCE);

        assertThat(model.rows().all()).hasSize(2);
        assertThat(row("shop")).isSameAs(shop);
        assertThat(shop.info().containers()).hasSize(1);
        int afterBurst = networks.inspectAllCalls();
        assertThat(afterBurst).as("the first list and one for the burst").isEqualTo(2);

        engine.emit(event("container", "start"));
        engine.emit(event("container", "destroy"));
        tab.scheduler().advance(NetworksViewModel.REFRESH_DEBOUNCE);
        assertThat(networks.inspectAllCalls()).isEqualTo(afterBurst + 1);
    }

    @Test
    void filtersByNameDriverOrSubnet() {
        model.rows().filterTextProperty().set("10.213");
        assertThat(model.rows().visible()).extracting(NetworkRow::name).containsExactly("shop");
        model.rows().filterTextProperty().set("null");
        assertThat(model.rows().visible()).extracting(NetworkRow::name).containsExactly("none");
    }

    @Test
    void revealsANetworkByNameOnceItIsListed() {
        model.rows().filterTextProperty().set("shop");
        model.selectWhenListed("lab");
        assertThat(model.rows().selectionRequestProperty().get()).isNull();

        networks.setInfos(List.of(BRIDGE, SHOP, network("l1", "lab", "bridge", "10.213.8.0/24", "10.213.8.1")));
        model.reload();

        assertThat(model.rows().selectionRequestProperty().get().name()).isEqualTo("lab");
        assertThat(model.rows().filterTextProperty().get()).as("the filter would hide it").isEmpty();
    }

    @Test
    void refusesToRemoveBuiltInOrConnectedNetworksWithoutAskingTheEngine() {
        model.remove(row("bridge"));
        assertThat(model.notice().get().sentence()).contains("built into the engine");

        model.remove(row("shop"));
        assertThat(model.notice().get().sentence()).contains("still has containers connected: web, db");
        assertThat(model.notice().get().offeredAction()).contains("Disconnect all and remove");
        assertThat(networks.actions()).isEmpty();
    }

    @Test
    void removesAnUnusedNetworkAndEchoesTheCommand() {
        networks.setInfos(List.of(BRIDGE, network("l1", "lab", "bridge", "10.213.8.0/24", "10.213.8.1")));
        model.reload();

        model.remove(row("lab")).join();

        assertThat(networks.actions()).containsExactly("network rm lab");
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker network rm lab");
    }

    @Test
    void disconnectsEveryContainerThenRemoves() {
        model.disconnectAllAndRemove(row("shop")).join();

        assertThat(networks.actions()).containsExactly("network disconnect s1 c1", "network disconnect s1 c2",
                "network rm s1");
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker network disconnect shop web"
                + " && docker network disconnect shop db && docker network rm shop");
        assertThat(model.notice().get()).isNull();
    }

    @Test
    void aFailedRemovalReconnectsTheContainersWithTheirAddresses() {
        networks.failNext("network rm", new DaemonException("The engine refused to remove network shop.", null));

        model.disconnectAllAndRemove(row("shop")).exceptionally(failure -> null).join();

        assertThat(networks.actions()).containsExactly("network disconnect s1 c1", "network disconnect s1 c2",
                "network rm s1", "network connect s1 c1", "network connect s1 c2");
        assertThat(networks.connected()).extracting(spec -> spec.ipv4Address())
                .containsExactly("10.213.4.2", "10.213.4.3");
        assertThat(model.notice().get().sentence()).isEqualTo("The engine refused to remove network shop.");
    }

    @Test
    void aFailedDisconnectStopsAndPutsBackWhatWasDone() {
        networks.failNext("network disconnect s1 c2", new DaemonException("Could not disconnect db.", null));

        model.disconnectAllAndRemove(row("shop")).exceptionally(failure -> null).join();

        assertThat(networks.actions()).containsExactly("network disconnect s1 c1", "network disconnect s1 c2",
                "network connect s1 c1");
        assertThat(model.notice().get().sentence()).isEqualTo("Could not disconnect db.");
    }

    @Test
    void disconnectsOneContainer() {
        model.disconnect("shop", "web").join();

        assertThat(networks.actions()).containsExactly("network disconnect shop web");
        assertThat(tab.echo().lastCommandProperty().get()).isEqualTo("docker network disconnect shop web");
    }
}
