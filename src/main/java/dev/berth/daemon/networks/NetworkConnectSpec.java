package dev.berth.daemon.networks;

import java.util.List;

/**
 * One container to connect to one network, as {@code docker network connect} takes it.
 *
 * @param ipv4Address a fixed IPv4 address ({@code --ip}), or "" for one the engine picks; same for {@code ipv6Address}
 */
public record NetworkConnectSpec(String network, String container, List<String> aliases, String ipv4Address,
                                 String ipv6Address) {
    public NetworkConnectSpec {
        aliases = List.copyOf(aliases);
    }
}
