package dev.berth.networks;

import dev.berth.daemon.networks.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class NetworkSpecValidatorTest {

    /** A bridge network with the given IPv4 pool; other fields at their defaults. */
    private static NetworkSpec spec(String name, String subnet, String range, String gateway) {
        return new NetworkSpec(name, "bridge", subnet, range, gateway, "", false, false, false, Map.of(), Map.of());
    }

    private static NetworkSpec with(UnaryOperator<Builder> change) {
        return change.apply(new Builder()).build();
    }

    /** Record copies for the few fields the table below varies. */
    private record Builder(String name, String driver, String subnet, String range, String gateway, String v6,
                           boolean ipv6, Map<String, String> labels, Map<String, String> options) {
        Builder() {
            this("backend", "bridge", "10.213.9.0/24", "", "10.213.9.1", "", false, Map.of(), Map.of());
        }

        Builder driver(String d, Map<String, String> o) {
            return new Builder(name, d, subnet, range, gateway, v6, ipv6, labels, o);
        }

        Builder v6(String subnet6, boolean on) {
            return new Builder(name, driver, subnet, range, gateway, subnet6, on, labels, options);
        }

        Builder labels(Map<String, String> l) {
            return new Builder(name, driver, subnet, range, gateway, v6, ipv6, l, options);
        }

        NetworkSpec build() {
            return new NetworkSpec(name, driver, subnet, range, gateway, v6, false, false, ipv6, labels, options);
        }
    }

    static Stream<Arguments> badSpecs() {
        return Stream.of(
                arguments("blank name", spec("", "", "", ""), NetworkField.NAME, "Enter a name"),
                arguments("name with a space", spec("my net", "", "", ""), NetworkField.NAME, "letters, digits"),
                arguments("name starting with '-'", spec("-net", "", "", ""), NetworkField.NAME, "starting with"),
                arguments("name with '/'", spec("a/b", "", "", ""), NetworkField.NAME, "letters, digits"),
                arguments("name taken", spec("shop", "", "", ""), NetworkField.NAME, "exists already"),
                arguments("no prefix length", spec("n", "10.213.9.0", "", ""), NetworkField.SUBNET, "no prefix"),
                arguments("prefix over 32", spec("n", "10.213.9.0/33", "", ""), NetworkField.SUBNET, "0 to 32"),
                arguments("octet over 255", spec("n", "10.213.256.0/24", "", ""), NetworkField.SUBNET,
                        "not an IP address"),
                arguments("three octets", spec("n", "10.213.9/24", "", ""), NetworkField.SUBNET, "not an IP address"),
                arguments("letters", spec("n", "ten.0.0.0/8", "", ""), NetworkField.SUBNET, "not an IP address"),
                arguments("host bits set", spec("n", "10.213.9.5/24", "", ""), NetworkField.SUBNET,
                        "did you mean 10.213.9.0/24"),
                arguments("too small", spec("n", "10.213.9.0/31", "", ""), NetworkField.SUBNET, "no room"),
                arguments("IPv6 in the IPv4 field", spec("n", "fd00::/64", "", ""), NetworkField.SUBNET,
                        "IPv4 subnet"),
                arguments("overlaps a network", spec("n", "10.213.0.0/16", "", ""), NetworkField.SUBNET,
                        "overlaps the subnet 10.213.4.0/24 of network shop"),
                arguments("same as a network", spec("n", "10.213.4.0/24", "", ""), NetworkField.SUBNET, "overlaps"),
                arguments("inside the default bridge", spec("n", "172.17.5.0/24", "", ""), NetworkField.SUBNET,
                        "network bridge"),
                arguments("gateway outside", spec("n", "10.213.9.0/24", "", "10.213.10.1"), NetworkField.GATEWAY,
                        "outside the subnet 10.213.9.0/24"),
                arguments("gateway malformed", spec("n", "10.213.9.0/24", "", "10.213.9"), NetworkField.GATEWAY,
                        "not an IP address"),
                arguments("gateway is the network address", spec("n", "10.213.9.0/24", "", "10.213.9.0"),
                        NetworkField.GATEWAY, "network address"),
                arguments("gateway is the broadcast", spec("n", "10.213.9.0/24", "", "10.213.9.255"),
                        NetworkField.GATEWAY, "broadcast"),
                arguments("gateway without subnet", spec("n", "", "", "10.213.9.1"), NetworkField.GATEWAY,
                        "needs a subnet"),
                arguments("range outside", spec("n", "10.213.9.0/24", "10.213.10.0/25", ""), NetworkField.IP_RANGE,
                        "inside the subnet"),
                arguments("range larger than the subnet", spec("n", "10.213.9.0/24", "10.213.8.0/23", ""),
                        NetworkField.IP_RANGE, "inside the subnet"),
                arguments("range malformed", spec("n", "10.213.9.0/24", "10.213.9.128", ""), NetworkField.IP_RANGE,
                        "no prefix"),
                arguments("range without subnet", spec("n", "", "10.213.9.0/25", ""), NetworkField.IP_RANGE,
                        "needs a subnet"),
                arguments("IPv6 without a subnet", with(b -> b.v6("", true)), NetworkField.IPV6_SUBNET,
                        "needs an IPv6 subnet"),
                arguments("IPv6 subnet without IPv6", with(b -> b.v6("fd00:213:9::/64", false)),
                        NetworkField.IPV6_SUBNET, "Tick IPv6"),
                arguments("IPv4 in the IPv6 field", with(b -> b.v6("10.213.9.0/24", true)), NetworkField.IPV6_SUBNET,
                        "IPv6 subnet"),
                arguments("IPv6 prefix over 128", with(b -> b.v6("fd00::/130", true)), NetworkField.IPV6_SUBNET,
                        "0 to 128"),
                arguments("macvlan without parent", with(b -> b.driver("macvlan", Map.of("parent", ""))),
                        NetworkField.PARENT, "host interface"),
                arguments("parent with a slash", with(b -> b.driver("macvlan", Map.of("parent", "eth0/1"))),
                        NetworkField.PARENT, "interface name"),
                arguments("unknown driver", with(b -> b.driver("weave", Map.of())), NetworkField.DRIVER, "Choose one"),
                arguments("label without key", with(b -> b.labels(Map.of("", "x"))), NetworkField.LABELS,
                        "needs a key"),
                arguments("label key with '='", with(b -> b.labels(Map.of("a=b", "x"))), NetworkField.LABELS,
                        "'='"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSpecs")
    void refusesBadInputWithAMessageOnTheRightField(String why, NetworkSpec spec, NetworkField field, String says) {
        Map<NetworkField, String> problems = NetworkSpecValidator.problems(spec, NetworkFixtures.engineWithShop());

        assertThat(problems).containsKey(field);
        assertThat(problems.get(field)).contains(says);
    }

    @Test
    void acceptsGoodNetworks() {
        assertThat(NetworkSpecValidator.problems(spec("backend", "", "", ""), NetworkFixtures.engineWithShop()))
                .isEmpty();
        assertThat(NetworkSpecValidator.problems(spec("backend", "10.213.9.0/24", "10.213.9.128/25",
                "10.213.9.1"), NetworkFixtures.engineWithShop())).isEmpty();
        assertThat(NetworkSpecValidator.problems(with(b -> b.v6("fd00:213:9::/64", true)),
                NetworkFixtures.engineWithShop())).isEmpty();
        assertThat(NetworkSpecValidator.problems(with(b -> b.driver("ipvlan", Map.of("parent", "eth0.10"))),
                NetworkFixtures.engineWithShop())).isEmpty();
        assertThat(NetworkSpecValidator.problems(with(b -> b.labels(Map.of("team", "shop"))),
                NetworkFixtures.engineWithShop())).isEmpty();
    }

    @Test
    void aGatewayNextToABadSubnetIsNotBlamedForIt() {
        Map<NetworkField, String> problems = NetworkSpecValidator.problems(spec("n", "10.213.9.0/33", "",
                "10.213.9.1"), NetworkFixtures.engineWithShop());

        assertThat(problems).containsOnlyKeys(NetworkField.SUBNET);
    }

    @Test
    void aNetworkMayHaveAOneCharacterName() {
        assertThat(NetworkSpecValidator.nameProblem("n", List.of())).as("the engine takes it").isEmpty();
    }
}
