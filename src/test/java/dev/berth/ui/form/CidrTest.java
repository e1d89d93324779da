package dev.berth.ui.form;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CidrTest {

    private static Cidr cidr(String text) {
        Cidr.Parsed parsed = Cidr.parse(text);
        assertThat(parsed.problem()).as(text).isNull();
        return parsed.cidr();
    }

    private static IpAddress ip(String text) {
        return IpAddress.parse(text).orElseThrow(() -> new AssertionError("not an address: " + text));
    }

    @Test
    void aSubnetKnowsItsFirstAndLastAddress() {
        Cidr subnet = cidr("10.20.0.0/24");
        assertThat(subnet.first()).hasToString("10.20.0.0");
        assertThat(subnet.last()).hasToString("10.20.0.255");
        assertThat(cidr("10.20.0.0/16").last()).hasToString("10.20.255.255");
        assertThat(cidr("0.0.0.0/0").last()).hasToString("255.255.255.255");
        assertThat(cidr("10.0.0.7/32").last()).hasToString("10.0.0.7");
        assertThat(cidr("fd00::/64").last()).hasToString("fd00:0:0:0:ffff:ffff:ffff:ffff");
    }

    @Test
    void containsTheAddressesInsideAndNoneOutside() {
        Cidr subnet = cidr("10.20.0.0/24");
        assertThat(subnet.contains(ip("10.20.0.0"))).isTrue();
        assertThat(subnet.contains(ip("10.20.0.1"))).isTrue();
        assertThat(subnet.contains(ip("10.20.0.255"))).isTrue();
        assertThat(subnet.contains(ip("10.20.1.0"))).isFalse();
        assertThat(subnet.contains(ip("10.19.255.255"))).isFalse();
        assertThat(subnet.contains(ip("::ffff:10.20.0.1"))).as("another family").isFalse();
        assertThat(cidr("fd00:213:1::/64").contains(ip("fd00:213:1::42"))).isTrue();
        assertThat(cidr("fd00:213:1::/64").contains(ip("fd00:213:2::42"))).isFalse();
    }

    @Test
    void containsSmallerRangesInsideItOnly() {
        Cidr subnet = cidr("10.20.0.0/24");
        assertThat(subnet.contains(cidr("10.20.0.128/25"))).isTrue();
        assertThat(subnet.contains(cidr("10.20.0.0/24"))).isTrue();
        assertThat(subnet.contains(cidr("10.20.0.0/23"))).as("larger").isFalse();
        assertThat(subnet.contains(cidr("10.20.1.0/25"))).isFalse();
        assertThat(subnet.contains(cidr("fd00::/120"))).isFalse();
    }

    @Test
    void overlapIsSymmetricAndNeedsSharedAddresses() {
        assertThat(cidr("10.0.0.0/8").overlaps(cidr("10.213.4.0/24"))).isTrue();
        assertThat(cidr("10.213.4.0/24").overlaps(cidr("10.0.0.0/8"))).isTrue();
        assertThat(cidr("10.213.4.0/24").overlaps(cidr("10.213.5.0/24"))).isFalse();
        assertThat(cidr("172.17.0.0/16").overlaps(cidr("172.18.0.0/16"))).isFalse();
        assertThat(cidr("10.213.4.0/23").overlaps(cidr("10.213.5.0/24"))).isTrue();
        assertThat(cidr("fd00::/48").overlaps(cidr("fd00:0:0:1::/64"))).isTrue();
        assertThat(cidr("fd00::/64").overlaps(cidr("10.0.0.0/8"))).isFalse();
    }

    @Test
    void tellsHostBitsAndTheRangeTheyBelongTo() {
        assertThat(cidr("10.20.0.5/24").hasHostBits()).isTrue();
        assertThat(cidr("10.20.0.5/24").normalized()).isEqualTo("10.20.0.0/24");
        assertThat(cidr("10.20.0.0/24").hasHostBits()).isFalse();
        assertThat(cidr("fd00::1/64").normalized()).isEqualTo("fd00:0:0:0:0:0:0:0/64");
    }

    @Test
    void saysWhyATextIsNotARange() {
        assertThat(Cidr.parse("10.20.0.0").problem()).contains("no prefix length");
        assertThat(Cidr.parse("10.20.0/24").problem()).contains("is not an IP address");
        assertThat(Cidr.parse("10.20.0.0/33").problem()).contains("from 0 to 32");
        assertThat(Cidr.parse("10.20.0.0/").problem()).contains("from 0 to 32");
        assertThat(Cidr.parse("10.20.0.0/-1").problem()).contains("from 0 to 32");
        assertThat(Cidr.parse("fd00::/129").problem()).contains("from 0 to 128");
        assertThat(Cidr.parse("fd00::/64").ok()).isTrue();
    }
}
