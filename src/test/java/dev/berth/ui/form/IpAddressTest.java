package dev.berth.ui.form;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IpAddressTest {

    private static IpAddress ip(String text) {
        return IpAddress.parse(text).orElseThrow(() -> new AssertionError("not an address: " + text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "10.0.0.1", "255.255.255.255", "192.168.1.254", " 10.1.2.3 "})
    void readsDottedQuads(String text) {
        assertThat(ip(text).ipv6()).isFalse();
        assertThat(ip(text).toString()).isEqualTo(text.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.0.0", "10.0.0.0.1", "256.1.1.1", "10.0.0.-1", "010.0.0.1", "10..0.1", "a.b.c.d",
            "10.0.0.1 x", "1e1.0.0.1", "localhost", "10.0.0.1/24", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::1",
            "fe80::g", "1:2:3:4:5:6:7", ":::", "::1.2.3.256"})
    void refusesWhatIsNotAnAddress(String text) {
        assertThat(IpAddress.parse(text)).isEmpty();
    }

    @Test
    void readsIpv6InEveryShortForm() {
        assertThat(ip("::").value()).isZero();
        assertThat(ip("::1").value().intValue()).isEqualTo(1);
        assertThat(ip("fd00::1")).isEqualTo(ip("fd00:0:0:0:0:0:0:1"));
        assertThat(ip("fd00:213:1::")).isEqualTo(ip("fd00:213:1:0:0:0:0:0"));
        assertThat(ip("::ffff:10.0.0.1")).isEqualTo(ip("::ffff:a00:1"));
        assertThat(ip("FD00::AbC").toString()).isEqualTo("fd00:0:0:0:0:0:0:abc");
        assertThat(ip("1:2:3:4:5:6:7:8").toString()).isEqualTo("1:2:3:4:5:6:7:8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "127.0.0.1", "255.255.255.255", "::", "::1", "fe80::1", "2001:db8::8a2e:370:7334",
            "1:2:3:4:5:6:7:8", "1::", "::ffff:127.0.0.1", "64:ff9b::192.0.2.33", "FE80::ABCD", "1:2:3:4:5:6:1.2.3.4"})
    void readsEveryLiteralAHostIpMayBe(String text) {
        assertThat(IpAddress.parse(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3", "01.2.3.4", "g::1", ":1", "1:", "[::1]", "::1%eth0", "1:2:3:4:5:6:7::8:9",
            "::ffff:1.2.3", "1:2:3:4:5:6:7:1.2.3.4"})
    void refusesBracketsZonesAndMisplacedColons(String text) {
        assertThat(IpAddress.parse(text)).isEmpty();
    }

    @Test
    void nothingIsNoAddress() {
        assertThat(IpAddress.parse(null)).isEmpty();
    }
}
