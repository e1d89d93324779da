package dev.berth.networks;

import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.daemon.networks.NetworkSpec;
import dev.berth.ui.form.Cidr;
import dev.berth.ui.form.EngineNames;
import dev.berth.ui.form.FieldErrors;
import dev.berth.ui.form.IpAddress;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a network to create before the engine sees it: the name, the driver's needs, and the IPAM (valid CIDRs, the
 * gateway and the range inside the subnet, no overlap with the subnets of the networks that exist). One sentence per
 * field that says what is wrong and how to fix it.
 */
final class NetworkSpecValidator {
    static final List<String> DRIVERS = List.of("bridge", "overlay", "macvlan", "ipvlan");
    /** Drivers that put containers straight on a host interface, named by the {@code parent} option. */
    static final Set<String> NEEDS_PARENT = Set.of("macvlan", "ipvlan");
    /** Linux interface names: at most 15 characters, no '/', no blanks, no ':' (eth0.10 names a VLAN). */
    private static final Pattern INTERFACE = Pattern.compile("[a-zA-Z0-9_.-]{1,15}");

    private NetworkSpecValidator() {
    }

    /** @param existing the networks the engine has now, for the name and the overlap checks */
    static Map<NetworkField, String> problems(NetworkSpec spec, List<NetworkInfo> existing) {
        FieldErrors<NetworkField> problems = new FieldErrors<>(NetworkField.class);
        problems.add(NetworkField.NAME, nameProblem(spec.name(), existing));
        if (!DRIVERS.contains(spec.driver())) {
            problems.add(NetworkField.DRIVER, "Choose one of: " + String.join(", ", DRIVERS) + ".");
        } else if (NEEDS_PARENT.contains(spec.driver())) {
            problems.add(NetworkField.PARENT, parentProblem(spec.options().getOrDefault("parent", ""), spec.driver()));
        }
        checkIpv4(spec, existing, problems);
        checkIpv6(spec, existing, problems);
        problems.add(NetworkField.LABELS, pairsProblem(spec.labels(), "label"));
        problems.add(NetworkField.OPTIONS, pairsProblem(spec.options(), "option"));
        return problems.asMap();
    }

    static Optional<String> nameProblem(String name, List<NetworkInfo> existing) {
        if (name.isBlank()) {
            return Optional.of("Enter a name for the network.");
        }
        if (!EngineNames.usesNameCharacters(name)) {
            return Optional.of("Use letters, digits, '_', '.' and '-', starting with a letter or digit.");
        }
        if (existing.stream().anyMatch(network -> network.name().equals(name))) {
            return Optional.of("A network named " + name + " exists already: choose another name.");
        }
        return Optional.empty();
    }

    private static Optional<String> parentProblem(String parent, String driver) {
        if (parent.isBlank()) {
            return Optional.of(driver + " puts containers straight on a host interface: name it, such as eth0.");
        }
        if (!INTERFACE.matcher(parent).matches()) {
            return Optional.of("An interface name has at most 15 letters, digits, '.', '_' or '-', such as eth0 or "
                    + "eth0.10.");
        }
        return Optional.empty();
    }

    private static void checkIpv4(NetworkSpec spec, List<NetworkInfo> existing, FieldErrors<NetworkField> problems) {
        Optional<Cidr> subnet = Optional.empty();
        if (!spec.subnet().isBlank()) {
            Cidr.Parsed parsed = Cidr.parse(spec.subnet());
            String problem = !parsed.ok() ? parsed.problem() : rangeProblem(parsed.cidr(), false, existing);
            if (problem != null) {
                problems.add(NetworkField.SUBNET, problem);
            } else {
                subnet = Optional.of(parsed.cidr());
            }
        }
        if (!spec.ipRange().isBlank()) {
            problems.add(NetworkField.IP_RANGE, ipRangeProblem(spec.ipRange(), spec.subnet(), subnet));
        }
        if (!spec.gateway().isBlank()) {
            problems.add(NetworkField.GATEWAY, gatewayProblem(spec.gateway(), spec.subnet(), subnet));
        }
    }

    private static void checkIpv6(NetworkSpec spec, List<NetworkInfo> existing, FieldErrors<NetworkField> problems) {
        if (spec.ipv6Subnet().isBlank()) {
            if (spec.ipv6()) {
                problems.add(NetworkField.IPV6_SUBNET, "IPv6 needs an IPv6 subnet of your own, such as "
                        + "fd00:213:1::/64: the engine has no IPv6 range to pick from.");
            }
            return;
        }
        Cidr.Parsed parsed = Cidr.parse(spec.ipv6Subnet());
        String problem = !parsed.ok() ? parsed.problem() : rangeProblem(parsed.cidr(), true, existing);
        if (problem == null && !spec.ipv6()) {
            problem = "Tick IPv6 to use an IPv6 subnet, or clear this field.";
        }
        problems.add(NetworkField.IPV6_SUBNET, problem);
    }

    /** What is wrong with a well-formed subnet: the wrong family, host bits, too small, or already in use. */
    private static String rangeProblem(Cidr subnet, boolean wantIpv6, List<NetworkInfo> existing) {
        if (subnet.isIpv6() != wantIpv6) {
            return wantIpv6 ? "This field takes an IPv6 subnet, such as fd00:213:1::/64."
                    : "This field takes an IPv4 subnet; put an IPv6 subnet in the IPv6 field.";
        }
        if (subnet.hasHostBits()) {
            return subnet + " does not start its range: did you mean " + subnet.normalized() + "?";
        }
        int smallest = wantIpv6 ? 124 : 30;
        if (subnet.prefix() > smallest) {
            return "A /" + subnet.prefix() + " leaves no room for a gateway and containers: use /" + smallest
                    + " or a shorter prefix.";
        }
        for (NetworkInfo network : existing) {
            for (NetworkInfo.IpamPool pool : network.pools()) {
                Cidr.Parsed theirs = Cidr.parse(pool.subnet());
                if (theirs.ok() && theirs.cidr().overlaps(subnet)) {
                    return subnet + " overlaps the subnet " + pool.subnet() + " of network " + network.name()
                            + ": choose a range no other network uses.";
                }
            }
        }
        return null;
    }

    private static Optional<String> ipRangeProblem(String text, String subnetText, Optional<Cidr> subnet) {
        if (subnetText.isBlank()) {
            return Optional.of("An IP range needs a subnet to lie in: fill in the subnet first.");
        }
        Cidr.Parsed range = Cidr.parse(text);
        if (!range.ok()) {
            return Optional.of(range.problem());
        }
        if (subnet.isPresent() && !subnet.get().contains(range.cidr())) {
            return Optional.of("The IP range " + range.cidr() + " must lie inside the subnet " + subnet.get()
                    + ", such as " + subnet.get().first() + "/" + Math.min(subnet.get().prefix() + 1, 30) + ".");
        }
        return Optional.empty();
    }

    private static Optional<String> gatewayProblem(String text, String subnetText, Optional<Cidr> subnet) {
        if (subnetText.isBlank()) {
            return Optional.of("A gateway needs a subnet to lie in: fill in the subnet first.");
        }
        Optional<IpAddress> gateway = IpAddress.parse(text);
        if (gateway.isEmpty()) {
            return Optional.of(text.strip() + " is not an IP address; write it like 10.20.0.1.");
        }
        if (subnet.isEmpty()) {
            return Optional.empty(); // the subnet's own problem is shown; the gateway cannot be placed yet
        }
        Cidr range = subnet.get();
        IpAddress suggestion = new IpAddress(range.first().value().add(BigInteger.ONE), range.isIpv6());
        if (!range.contains(gateway.get())) {
            return Optional.of("The gateway " + gateway.get() + " is outside the subnet " + range + "; use an "
                    + "address inside it, such as " + suggestion + ".");
        }
        if (gateway.get().value().equals(range.first().value())) {
            return Optional.of(gateway.get() + " is the subnet's own network address; use " + suggestion + ".");
        }
        if (!range.isIpv6() && gateway.get().value().equals(range.last().value())) {
            return Optional.of(gateway.get() + " is the subnet's broadcast address; use " + suggestion + ".");
        }
        return Optional.empty();
    }

    private static Optional<String> pairsProblem(Map<String, String> pairs, String what) {
        for (String key : pairs.keySet()) {
            if (key.isBlank()) {
                return Optional.of("Every " + what + " needs a key; remove the line or name it.");
            }
            if (!key.equals(key.strip()) || key.contains("=") || key.chars().anyMatch(Character::isWhitespace)) {
                return Optional.of("The " + what + " key \"" + key + "\" may not contain blanks or '='.");
            }
        }
        return Optional.empty();
    }
}
