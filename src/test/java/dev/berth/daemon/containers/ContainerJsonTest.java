package dev.berth.daemon.containers;

import dev.berth.daemon.volumes.VolumeHelper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ContainerJsonTest {

    private static final String WEB = """
            {"Id":"3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f",
             "Names":["/web"],"Image":"nginx","ImageID":"sha256:abc","Command":"nginx -g 'daemon off;'",
             "State":"running","Status":"Up 3 minutes","Created":1732761600,
             "Ports":[{"IP":"0.0.0.0","PrivatePort":80,"PublicPort":8080,"Type":"tcp"},
                      {"IP":"::","PrivatePort":80,"PublicPort":8080,"Type":"tcp"},
                      {"PrivatePort":443,"Type":"tcp"}],
             "Labels":{"a":"b"}}
            """;

    private static ContainerSummary summary(String container) {
        return ContainerJson.summaries("[" + container + "]").get(0);
    }

    private static List<PortMapping> ports(String json) {
        return summary("{\"Id\":\"abc\",\"Ports\":" + json + "}").ports();
    }

    private static List<String> displayed(List<PortMapping> ports) {
        return ports.stream().map(PortMapping::display).toList();
    }

    @Test
    void summaryOfATypicalContainer() {
        ContainerSummary summary = summary(WEB);

        assertThat(summary.id()).startsWith("3f2a9c1d8e7b");
        assertThat(summary.shortId()).isEqualTo("3f2a9c1d8e7b");
        assertThat(summary.name()).isEqualTo("web");
        assertThat(summary.image()).isEqualTo("nginx");
        assertThat(summary.imageId()).isEqualTo("sha256:abc");
        assertThat(summary.command()).isEqualTo("nginx -g 'daemon off;'");
        assertThat(summary.state()).isEqualTo(ContainerState.RUNNING);
        assertThat(summary.status()).isEqualTo("Up 3 minutes");
        assertThat(summary.created()).isEqualTo(Instant.ofEpochSecond(1732761600L));
        assertThat(summary.labels()).containsExactly(entry("a", "b"));
        assertThat(displayed(summary.ports())).containsExactly("0.0.0.0:8080->80/tcp", "443/tcp");
    }

    @Test
    void stateIsParsedFromTheEngineWord() {
        String exited = "{\"Id\":\"abc\",\"Names\":[\"/db\"],\"State\":\"exited\"}";

        assertThat(summary(exited).state()).isEqualTo(ContainerState.EXITED);
    }

    @Test
    void missingNamesPortsLabelsAndCreatedAreHandled() {
        ContainerSummary summary = summary("{\"Id\":\"abc123\"}");

        assertThat(summary.name()).isEqualTo("abc123");
        assertThat(summary.ports()).isEmpty();
        assertThat(summary.labels()).isEmpty();
        assertThat(summary.created()).isEqualTo(Instant.EPOCH);
        assertThat(summary.state()).isEqualTo(ContainerState.UNKNOWN);
    }

    @Test
    void emptyNamesArrayFallsBackToId() {
        String container = "{\"Id\":\"abc123\",\"Names\":[],\"Ports\":null,\"Labels\":null}";

        ContainerSummary summary = summary(container);

        assertThat(summary.name()).isEqualTo("abc123");
        assertThat(summary.ports()).isEmpty();
        assertThat(summary.labels()).isEmpty();
    }

    @Test
    void nullPortArrayIsEmpty() {
        assertThat(ports("null")).isEmpty();
    }

    @Test
    void ipv6TwinIsDroppedWhenAnIpv4TwinExists() {
        List<PortMapping> ports = ports("""
                [{"IP":"::","PrivatePort":80,"PublicPort":8080,"Type":"tcp"},
                 {"IP":"0.0.0.0","PrivatePort":80,"PublicPort":8080,"Type":"tcp"}]
                """);

        assertThat(ports).containsExactly(new PortMapping("0.0.0.0", 8080, 80, "tcp"));
    }

    @Test
    void ipv6OnlyBindingIsKeptAndBracketed() {
        List<PortMapping> ports = ports("""
                [{"IP":"::","PrivatePort":80,"PublicPort":8080,"Type":"tcp"}]
                """);

        assertThat(displayed(ports)).containsExactly("[::]:8080->80/tcp");
    }

    @Test
    void ipv6BindingWithADifferentHostPortOrProtocolIsNotATwin() {
        List<PortMapping> ports = ports("""
                [{"IP":"0.0.0.0","PrivatePort":53,"PublicPort":5353,"Type":"tcp"},
                 {"IP":"::","PrivatePort":53,"PublicPort":5353,"Type":"udp"},
                 {"IP":"::","PrivatePort":53,"PublicPort":5454,"Type":"tcp"}]
                """);

        assertThat(displayed(ports)).containsExactly(
                "0.0.0.0:5353->53/tcp", "[::]:5353->53/udp", "[::]:5454->53/tcp");
    }

    @Test
    void exposedOnlyPortDisplaysWithoutHost() {
        List<PortMapping> ports = ports("[{\"PrivatePort\":443,\"Type\":\"tcp\"}]");

        assertThat(ports).containsExactly(new PortMapping("", 0, 443, "tcp"));
        assertThat(ports.get(0).isPublished()).isFalse();
        assertThat(displayed(ports)).containsExactly("443/tcp");
    }

    @Test
    void sortedByContainerPortThenHostPortWithDuplicatesRemoved() {
        List<PortMapping> ports = ports("""
                [{"IP":"0.0.0.0","PrivatePort":9000,"PublicPort":9000,"Type":"tcp"},
                 {"IP":"127.0.0.1","PrivatePort":80,"PublicPort":8081,"Type":"tcp"},
                 {"IP":"0.0.0.0","PrivatePort":80,"PublicPort":8080,"Type":"tcp"},
                 {"IP":"0.0.0.0","PrivatePort":80,"PublicPort":8080,"Type":"tcp"},
                 {"PrivatePort":22,"Type":"tcp"}]
                """);

        assertThat(displayed(ports)).containsExactly(
                "22/tcp", "0.0.0.0:8080->80/tcp", "127.0.0.1:8081->80/tcp", "0.0.0.0:9000->9000/tcp");
    }

    @Test
    void missingTypeDefaultsToTcp() {
        List<PortMapping> ports = ports("[{\"PrivatePort\":6379}]");

        assertThat(ports).containsExactly(new PortMapping("", 0, 6379, "tcp"));
    }

    @Test
    void berthsOwnVolumeHelpersAreLeftOut() {
        List<ContainerSummary> summaries = ContainerJson.summaries("[{\"Id\":\"a\",\"Labels\":{\""
                + VolumeHelper.LABEL + "\":\"x\"}},{\"Id\":\"b\",\"Labels\":{}}]");

        assertThat(summaries).extracting(ContainerSummary::id).containsExactly("b");
    }
}
