package dev.berth.containers.details;

import dev.berth.daemon.containers.ContainerDetails;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.PortMapping;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OverviewTextTest {

    @Test
    void portsReadHostToContainer() {
        assertThat(OverviewText.port(new PortMapping("0.0.0.0", 8080, 80, "tcp"))).isEqualTo("0.0.0.0:8080 → 80/tcp");
        assertThat(OverviewText.port(new PortMapping("", 5353, 53, "udp"))).isEqualTo("0.0.0.0:5353 → 53/udp");
        assertThat(OverviewText.port(new PortMapping("::", 8080, 80, "tcp"))).isEqualTo("[::]:8080 → 80/tcp");
        assertThat(OverviewText.port(new PortMapping("", 0, 443, "tcp"))).isEqualTo("443/tcp (not published)");
    }

    @Test
    void browserUrlsUseLocalhostForEveryInterfaceElseTheBoundAddress() {
        assertThat(OverviewText.url(new PortMapping("0.0.0.0", 8080, 80, "tcp"))).contains("http://localhost:8080");
        assertThat(OverviewText.url(new PortMapping("", 8080, 80, "tcp"))).contains("http://localhost:8080");
        assertThat(OverviewText.url(new PortMapping(null, 8080, 80, "tcp"))).contains("http://localhost:8080");
        assertThat(OverviewText.url(new PortMapping("::", 8081, 80, "tcp"))).contains("http://localhost:8081");
        assertThat(OverviewText.url(new PortMapping("127.0.0.1", 9000, 80, "tcp"))).contains("http://127.0.0.1:9000");
        assertThat(OverviewText.url(new PortMapping("::1", 9000, 80, "tcp"))).contains("http://[::1]:9000");
        assertThat(OverviewText.url(new PortMapping("0.0.0.0", 5353, 53, "udp"))).isEmpty();
        assertThat(OverviewText.url(new PortMapping("", 0, 80, "tcp"))).isEmpty();
    }

    @Test
    void commandsAreQuotedLikeAShellNeedsThem() {
        assertThat(OverviewText.command(List.of("nginx", "-g", "daemon off;"))).isEqualTo("nginx -g 'daemon off;'");
        assertThat(OverviewText.command(List.of("sh", "-c", "echo 'hi'"))).isEqualTo("sh -c 'echo '\\''hi'\\'''");
        assertThat(OverviewText.command(List.of("redis-server", "--port=6380"))).isEqualTo("redis-server --port=6380");
    }

    @Test
    void timesAreAbsoluteAndRelative() {
        Instant then = Instant.parse("2026-11-28T10:00:00Z");
        assertThat(OverviewText.when(then, then.plusSeconds(180), ZoneOffset.UTC))
                .isEqualTo("2026-11-28 10:00:00 · 3 minutes ago");
        assertThat(OverviewText.when(null, then, ZoneOffset.UTC)).isEqualTo("Never");
    }

    @Test
    void theAgeCountsFromTheWholeSecondShownLikeTheContainerList() {
        Instant then = Instant.parse("2026-11-28T10:00:00.700Z");

        assertThat(OverviewText.when(then, Instant.parse("2026-11-28T10:00:14.500Z"), ZoneOffset.UTC))
                .isEqualTo("2026-11-28 10:00:00 · 14 seconds ago");
    }

    @Test
    void mountsAndNetworksInOneLine() {
        assertThat(OverviewText.mount(new ContainerDetails.MountInfo("bind", "/etc/nginx", "/etc/nginx", true)))
                .isEqualTo("/etc/nginx → /etc/nginx (read-only)");
        assertThat(OverviewText.mount(new ContainerDetails.MountInfo("volume", "data", "/data", false)))
                .isEqualTo("data → /data");
        assertThat(OverviewText.network(new ContainerDetails.NetworkAttachment("app", "172.18.0.2", "fd00::2",
                "02:42:ac:12:00:02", List.of("web", "api"))))
                .isEqualTo("IPv4 172.18.0.2 · IPv6 fd00::2 · MAC 02:42:ac:12:00:02 · aliases web, api");
        assertThat(OverviewText.network(new ContainerDetails.NetworkAttachment("none", "", "", "", List.of())))
                .isEqualTo("no address");
    }

    @Test
    void exitCodesShowOnlyForContainersThatRanAndStopped() {
        assertThat(OverviewText.showsExitCode(DetailsFixtures.details("a", ContainerState.EXITED))).isTrue();
        assertThat(OverviewText.showsExitCode(DetailsFixtures.details("a", ContainerState.RUNNING))).isFalse();
        assertThat(OverviewText.showsExitCode(DetailsFixtures.details("a", ContainerState.CREATED))).isFalse();
        assertThat(OverviewText.shortId("sha256:0123456789abcdef")).isEqualTo("0123456789ab");
    }
}
