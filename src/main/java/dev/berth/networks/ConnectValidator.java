package dev.berth.networks;

import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.ui.form.Cidr;
import dev.berth.ui.form.EngineNames;
import dev.berth.ui.form.FieldErrors;
import dev.berth.ui.form.IpAddress;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks a {@code docker network connect} before the engine sees it: a container and a network that can take it,
 * aliases that are valid names, and a fixed address inside the network's subnet that no one else has.
 */
final class ConnectValidator {
    private ConnectValidator() {
    }

    /** @param network the chosen network, or null when none is chosen (or it is not listed) */
    static Map<NetworkField, String> problems(NetworkInfo network, String container, List<String> aliases,
                                              String ip) {
        FieldErrors<NetworkField> problems = new FieldErrors<>(NetworkField.class);
        if (container.isBlank()) {
            problems.add(NetworkField.CONTAINER, "Pick the container to connect.");
        } else if (network != null && network.containers().stream()
                .anyMatch(endpoint -> endpoint.containerName().equals(container)
                        || endpoint.containerId().startsWith(container))) {
            problems.add(NetworkField.CONTAINER, container + " is already connected to " + network.name() + ".");
        }
        if (network == null) {
            problems.add(NetworkField.NAME, "Pick the network to connect to.");
        } else if ("host".equals(network.name()) || "none".equals(network.name())) {
            problems.add(NetworkField.NAME, "A running container cannot join the " + network.name() + " network; "
                    + "choose a bridge or user-defined network.");
        }
        problems.add(NetworkField.ALIASES, aliases.stream().filter(alias -> !EngineNames.usesNameCharacters(alias))
                .findFirst().map(bad -> "The alias \"" + bad + "\" is not a valid name: use letters, digits, '_', "
                        + "'.' and '-', separated by commas or spaces."));
        if (!ip.isBlank() && network != null) {
            problems.add(NetworkField.IP, ipProblem(network, ip.strip()));
        }
        return problems.asMap();
    }

    static List<String> aliases(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("[,\\s]+"));
    }

    private static Optional<String> ipProblem(NetworkInfo network, String text) {
        Optional<IpAddress> parsed = IpAddress.parse(text);
        if (parsed.isEmpty()) {
            return Optional.of(text + " is not an IP address; write it like 10.20.0.5, or leave it blank.");
        }
        IpAddress ip = parsed.get();
        List<Cidr> subnets = network.pools().stream().map(pool -> Cidr.parse(pool.subnet()))
                .filter(Cidr.Parsed::ok).map(Cidr.Parsed::cidr).filter(cidr -> cidr.isIpv6() == ip.ipv6()).toList();
        if (subnets.isEmpty()) {
            return Optional.of(network.name() + " has no " + (ip.ipv6() ? "IPv6" : "IPv4") + " subnet to take a "
                    + "fixed address from; leave the IP blank.");
        }
        Optional<Cidr> home = subnets.stream().filter(subnet -> subnet.contains(ip)).findFirst();
        if (home.isEmpty()) {
            return Optional.of(ip + " is outside the subnet " + subnets.get(0) + " of " + network.name()
                    + "; choose an address inside it.");
        }
        if (ip.value().equals(home.get().first().value())
                || !ip.ipv6() && ip.value().equals(home.get().last().value())) {
            return Optional.of(ip + " is the subnet's network or broadcast address; choose one between them.");
        }
        for (NetworkInfo.IpamPool pool : network.pools()) {
            if (IpAddress.parse(pool.gateway()).filter(gateway -> gateway.equals(ip)).isPresent()) {
                return Optional.of(ip + " is the network's gateway; choose another address.");
            }
        }
        for (NetworkInfo.Endpoint endpoint : network.containers()) {
            if (Stream.of(endpoint.ipv4(), endpoint.ipv6()).map(IpAddress::parse).flatMap(Optional::stream)
                    .anyMatch(ip::equals)) {
                return Optional.of(ip + " is taken by " + endpoint.containerName() + "; choose another address.");
            }
        }
        return Optional.empty();
    }
}
