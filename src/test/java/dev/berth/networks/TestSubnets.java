package dev.berth.networks;

import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.ui.form.Cidr;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Subnets for test networks, in 10.213.0.0/16, away from the engine's default pools (172.17+/16, 192.168.x) and
 * from every subnet in use now; picked at random so parallel runs rarely meet.
 */
public final class TestSubnets {
    private TestSubnets() {
    }

    /** @param inUse the subnets of the networks that exist, as the engine writes them */
    public static String free(List<String> inUse) {
        for (int tries = 0; tries < 500; tries++) {
            String candidate = "10.213." + ThreadLocalRandom.current().nextInt(1, 255) + ".0/24";
            Cidr subnet = Cidr.parse(candidate).cidr();
            boolean used = inUse.stream().map(Cidr::parse)
                    .anyMatch(theirs -> theirs.ok() && theirs.cidr().overlaps(subnet));
            if (!used) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free /24 left in 10.213.0.0/16");
    }

    static String freeAmong(List<NetworkInfo> existing) {
        return free(existing.stream().flatMap(network -> network.pools().stream()).map(NetworkInfo.IpamPool::subnet)
                .toList());
    }
}
