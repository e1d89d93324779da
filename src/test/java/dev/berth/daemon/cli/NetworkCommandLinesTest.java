package dev.berth.daemon.cli;

import dev.berth.daemon.networks.DockerNetworkOperations;
import dev.berth.daemon.networks.NetworkConnectSpec;
import dev.berth.daemon.networks.NetworkSpec;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkCommandLinesTest {

    @Test
    void aPlainBridgeIsJustItsName() {
        assertThat(NetworkCommandLines.create(NetworkSpec.bridge("shop"))).isEqualTo("docker network create shop");
    }

    @Test
    void everyOptionInTheOrderTheCliDocumentsThem() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("team", "shop");
        labels.put("note", "two words");
        Map<String, String> options = new LinkedHashMap<>();
        options.put("parent", "eth0.10");
        options.put("macvlan_mode", "private");
        NetworkSpec spec = new NetworkSpec("lan", "macvlan", "10.213.9.0/24", "10.213.9.128/25", "10.213.9.1",
                "fd00:213:9::/64", true, true, true, labels, options);

        assertThat(NetworkCommandLines.create(spec)).isEqualTo("docker network create --driver macvlan"
                + " --subnet 10.213.9.0/24 --ip-range 10.213.9.128/25 --gateway 10.213.9.1 --subnet fd00:213:9::/64"
                + " --internal --attachable --ipv6 --label team=shop --label 'note=two words'"
                + " -o parent=eth0.10 -o macvlan_mode=private lan");
    }

    @Test
    void anUnnamedNetworkShowsWhereTheNameGoes() {
        assertThat(NetworkCommandLines.create(NetworkSpec.bridge(""))).isEqualTo("docker network create NAME");
    }

    @Test
    void connectWithAliasesAndFixedAddresses() {
        assertThat(NetworkCommandLines.connect(new NetworkConnectSpec("shop", "web", List.of("api", "www"), "10.0.0.5",
                ""))).isEqualTo("docker network connect --alias api --alias www --ip 10.0.0.5 shop web");
        assertThat(NetworkCommandLines.connect(new NetworkConnectSpec("shop", "web", List.of(), "", "fd00::5")))
                .isEqualTo("docker network connect --ip6 fd00::5 shop web");
        assertThat(NetworkCommandLines.connect(new NetworkConnectSpec("", "", List.of(), "", "")))
                .isEqualTo("docker network connect NETWORK CONTAINER");
    }

    @Test
    void disconnectAndRemove() {
        assertThat(NetworkCommandLines.disconnect("shop", "web", false)).isEqualTo("docker network disconnect shop web");
        assertThat(NetworkCommandLines.disconnect("shop", "web", true))
                .isEqualTo("docker network disconnect -f shop web");
        assertThat(NetworkCommandLines.remove(List.of("shop", "lab net"))).isEqualTo("docker network rm shop 'lab net'");
    }

    @Test
    void theGatewayGetsTheSamePoolsTheLineShows() {
        NetworkSpec spec = new NetworkSpec("lan", "bridge", "10.213.9.0/24", "", "10.213.9.1", "fd00:213:9::/64",
                false, false, true, Map.of(), Map.of());

        assertThat(DockerNetworkOperations.pools(spec)).satisfiesExactly(
                v4 -> {
                    assertThat(v4.getSubnet()).isEqualTo("10.213.9.0/24");
                    assertThat(v4.getGateway()).isEqualTo("10.213.9.1");
                    assertThat(v4.getIpRange()).isNull();
                },
                v6 -> assertThat(v6.getSubnet()).isEqualTo("fd00:213:9::/64"));
        assertThat(DockerNetworkOperations.pools(NetworkSpec.bridge("plain"))).isEmpty();
    }
}
