package dev.berth.networks;

import dev.berth.daemon.NetworkInfo;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Subnets for test networks, in 10.213.0.0/16, away from the engine's default pools (172.17+/16, 192.168.x) and
 * from every network that exists now; picked at random so parallel runs rarely meet.
 */
final class TestSubnets {
    private TestSubnets() {
    }

    static String free(List<NetworkInfo> existing) {
        for (int tries = 0; tries < 500; tries++) {
            String candidate = "10.213." + ThreadLocalRandom.current().nextInt(1, 255) + ".0/24";
            Cidr subnet = Cidr.parse(candidate).cidr();
            boolean used = existing.stream().flatMap(network -> network.pools().stream())
                    .map(pool -> Cidr.parse(pool.subnet())).anyMatch(theirs -> theirs.ok()
                            && theirs.cidr().overlaps(subnet));
            if (!used) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free /24 left in 10.213.0.0/16");
    }
}
