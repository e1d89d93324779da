package dev.berth.networks;

import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.networks.NetworkConnectSpec;
import dev.berth.testing.FakeEngineGateway;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectNetworkViewModelTest {
    private final FakeEngineGateway engine = new FakeEngineGateway();
    private final ConnectNetworkViewModel model = new ConnectNetworkViewModel(engine.networks(), engine,
            NetworkFixtures.engineWithShop(), Runnable::run);

    private String problem(NetworkField field) {
        return model.problemsProperty().get().getOrDefault(field, "");
    }

    @Test
    void offersTheContainersAndTheNetworksTheContainerIsNotOn() {
        engine.setContainers(FakeEngineGateway.container("c1", "web", "nginx", ContainerState.RUNNING),
                FakeEngineGateway.container("c3", "api", "app", ContainerState.RUNNING));
        model.loadChoices();
        assertThat(model.containerChoices()).containsExactly("api", "web");

        model.container.set("web");

        assertThat(model.networkChoices()).containsExactly("bridge").doesNotContain("host", "none", "shop");
    }

    @Test
    void connectsWithAliasesAndAFixedAddress() {
        model.network.set("shop");
        model.container.set("api");
        model.aliases.set("backend, api-v2  cache");
        model.ip.set("10.213.4.50");

        assertThat(model.commandLineProperty().get()).isEqualTo("docker network connect --alias backend"
                + " --alias api-v2 --alias cache --ip 10.213.4.50 shop api");
        assertThat(model.submit().join()).isTrue();
        assertThat(engine.networks().connected()).containsExactly(new NetworkConnectSpec("shop", "api",
                List.of("backend", "api-v2", "cache"), "10.213.4.50", ""));
    }

    @Test
    void checksTheAddressAgainstTheNetwork() {
        model.network.set("shop");
        model.container.set("api");
        model.ip.set("10.213.5.9");
        assertThat(problem(NetworkField.IP)).contains("outside the subnet 10.213.4.0/24 of shop");
        model.ip.set("10.213.4.1");
        assertThat(problem(NetworkField.IP)).contains("gateway");
        model.ip.set("10.213.4.3");
        assertThat(problem(NetworkField.IP)).contains("taken by db");
        model.ip.set("10.213.4.255");
        assertThat(problem(NetworkField.IP)).contains("broadcast");
        model.ip.set("10.213.4");
        assertThat(problem(NetworkField.IP)).contains("not an IP address");
        model.ip.set("fd00::5");
        assertThat(problem(NetworkField.IP)).contains("no IPv6 subnet");
        model.ip.set("10.213.4.77");
        assertThat(model.problemsProperty().get()).isEmpty();
    }

    @Test
    void refusesWhatTheEngineWouldRefuse() {
        model.network.set("shop");
        model.container.set("web");
        assertThat(problem(NetworkField.CONTAINER)).contains("already connected to shop");
        model.network.set("host");
        model.container.set("api");
        assertThat(problem(NetworkField.NAME)).contains("cannot join the host network");
        model.network.set("nowhere");
        assertThat(problem(NetworkField.NAME)).contains("Pick the network");
        model.network.set("shop");
        model.aliases.set("ok, -bad");
        assertThat(problem(NetworkField.ALIASES)).contains("\"-bad\"");
        model.container.set("");
        assertThat(problem(NetworkField.CONTAINER)).contains("Pick the container");

        assertThat(model.submit().join()).isFalse();
        assertThat(engine.networks().actions()).isEmpty();
    }
}
