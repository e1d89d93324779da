package dev.berth.networks;

import dev.berth.daemon.networks.NetworkInfo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Networks as the engine describes them, for the view-model and validator tests. */
final class NetworkFixtures {
    static final NetworkInfo BRIDGE = network("b1", "bridge", "bridge", "172.17.0.0/16", "172.17.0.1");
    static final NetworkInfo HOST = new NetworkInfo("h1", "host", "host", "local", Instant.EPOCH, false, false, false,
            List.of(), Map.of(), Map.of(), List.of());
    static final NetworkInfo NONE = new NetworkInfo("n0", "none", "null", "local", Instant.EPOCH, false, false,
            false, List.of(), Map.of(), Map.of(), List.of());
    static final NetworkInfo SHOP = network("s1", "shop", "bridge", "10.213.4.0/24", "10.213.4.1",
            endpoint("c1", "web", "10.213.4.2"), endpoint("c2", "db", "10.213.4.3"));

    private NetworkFixtures() {
    }

    static NetworkInfo network(String id, String name, String driver, String subnet, String gateway,
                               NetworkInfo.Endpoint... containers) {
        return new NetworkInfo(id, name, driver, "local", Instant.parse("2026-11-28T10:00:00Z"), false, false, false,
                List.of(new NetworkInfo.IpamPool(subnet, "", gateway)), Map.of(), Map.of(), List.of(containers));
    }

    static NetworkInfo.Endpoint endpoint(String id, String name, String ipv4) {
        return new NetworkInfo.Endpoint(id, name, ipv4, "", "02:42:0a:00:00:02", List.of());
    }

    static List<NetworkInfo> engineWithShop() {
        return List.of(BRIDGE, HOST, NONE, SHOP);
    }
}
