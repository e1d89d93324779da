package dev.berth.daemon.networks;

import dev.berth.daemon.engine.EngineJson;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's network JSON as 20.10 answers it (trimmed from a real answer). */
class NetworkJsonTest {
    private static final String SHOP = """
            {
                "Name": "shop",
                "Id": "d84fd8ea270c",
                "Created": "2026-12-01T18:32:07.122313206Z",
                "Scope": "local",
                "Driver": "bridge",
                "EnableIPv6": true,
                "IPAM": {"Driver": "default", "Options": {}, "Config": [
                    {"Subnet": "10.213.250.0/24", "IPRange": "10.213.250.128/25", "Gateway": "10.213.250.1"},
                    {"Subnet": "fd00:213::/64"}]},
                "Internal": true,
                "Attachable": false,
                "Containers": {
                    "617ae6a7090ac8ce": {"Name": "web", "EndpointID": "ff43", "MacAddress": "02:42:0a:d5:fa:02",
                        "IPv4Address": "10.213.250.2/24", "IPv6Address": "fd00:213::2/64"},
                    "11aa": {"Name": "Api", "EndpointID": "ee", "MacAddress": "", "IPv4Address": "", "IPv6Address": ""}
                },
                "Options": {"com.docker.network.bridge.name": "br-shop"},
                "Labels": {"dev.berth.test": "true"}
            }
            """;

    @Test
    void readsEveryFieldTheTabShows() {
        NetworkInfo info = NetworkJson.info(SHOP, Map.of("617ae6a7090ac8ce", List.of("www")));

        assertThat(info.name()).isEqualTo("shop");
        assertThat(info.created()).isEqualTo(Instant.parse("2026-12-01T18:32:07.122313206Z"));
        assertThat(info.internal()).isTrue();
        assertThat(info.attachable()).isFalse();
        assertThat(info.ipv6()).isTrue();
        assertThat(info.pools()).containsExactly(
                new NetworkInfo.IpamPool("10.213.250.0/24", "10.213.250.128/25", "10.213.250.1"),
                new NetworkInfo.IpamPool("fd00:213::/64", "", ""));
        assertThat(info.options()).containsEntry("com.docker.network.bridge.name", "br-shop");
        assertThat(info.labels()).containsEntry("dev.berth.test", "true");
        assertThat(info.containers()).containsExactly(
                new NetworkInfo.Endpoint("11aa", "Api", "", "", "", List.of()),
                new NetworkInfo.Endpoint("617ae6a7090ac8ce", "web", "10.213.250.2", "fd00:213::2",
                        "02:42:0a:d5:fa:02", List.of("www")));
        assertThat(info.isBuiltIn()).isFalse();
    }

    @Test
    void aNetworkWithoutPoolsOrDateStillReads() {
        NetworkInfo info = NetworkJson.info("{\"Name\":\"none\",\"Id\":\"n0\",\"Driver\":\"null\",\"Scope\":\"local\","
                + "\"IPAM\":{\"Config\":null},\"Containers\":null,\"Options\":null,\"Labels\":null}", Map.of());

        assertThat(info.pools()).isEmpty();
        assertThat(info.containers()).isEmpty();
        assertThat(info.created()).isNull();
        assertThat(info.isBuiltIn()).isTrue();
    }

    @Test
    void aliasesLeaveOutTheShortIdTheEngineAddsItself() {
        String container = """
                {"Id": "617ae6a7090ac8ce38790f8da0d8b8fa",
                 "NetworkSettings": {"Networks": {
                    "shop": {"Aliases": ["617ae6a7090a", "api", "www"]},
                    "bridge": {"Aliases": null}}}}
                """;

        assertThat(NetworkJson.aliases(container, "shop")).containsExactly("api", "www");
        assertThat(NetworkJson.aliases(container, "bridge")).isEmpty();
        assertThat(NetworkJson.aliases(container, "elsewhere")).isEmpty();
    }

    @Test
    void listIdsInOrder() {
        assertThat(NetworkJson.ids("[{\"Id\":\"a\",\"Name\":\"x\"},{\"Id\":\"b\"}]")).containsExactly("a", "b");
    }

    @Test
    void theContainersOfEveryNetworkComeFromTheContainerListAsInspectListsThem() {
        String networks = "[" + SHOP + ", {\"Name\": \"none\", \"Id\": \"n0\", \"Driver\": \"null\", "
                + "\"Scope\": \"local\", \"Containers\": {}}]"; // the list's own Containers are not read
        String containers = """
                [{"Id": "617ae6a7090ac8ce", "Names": ["/web"], "NetworkSettings": {"Networks": {
                    "shop": {"NetworkID": "d84fd8ea270c", "EndpointID": "ff43", "IPAddress": "10.213.250.2",
                        "GlobalIPv6Address": "fd00:213::2", "MacAddress": "02:42:0a:d5:fa:02"}}}},
                 {"Id": "11aa", "Names": ["/Api"], "NetworkSettings": {"Networks": {
                    "shop": {"NetworkID": "d84fd8ea270c", "EndpointID": "ee", "IPAddress": "",
                        "GlobalIPv6Address": "", "MacAddress": ""}}}},
                 {"Id": "22bb", "Names": ["/stopped"], "NetworkSettings": {"Networks": {
                    "shop": {"NetworkID": "d84fd8ea270c", "EndpointID": "", "IPAddress": ""},
                    "none": {"NetworkID": "n0", "EndpointID": ""}}}}]
                """;

        List<NetworkInfo> all = NetworkJson.withEndpoints(networks, EngineJson.tree(containers));

        assertThat(all).extracting(NetworkInfo::name).containsExactly("shop", "none");
        assertThat(all.get(0).containers()).isEqualTo(NetworkJson.info(SHOP, Map.of()).containers());
        assertThat(all.get(0).pools()).hasSize(2);
        assertThat(all.get(1).containers()).isEmpty();
    }
}
