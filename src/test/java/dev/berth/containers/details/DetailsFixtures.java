package dev.berth.containers.details;

import dev.berth.daemon.containers.ContainerDetails;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.PortMapping;
import dev.berth.daemon.containers.RunSpec;
import dev.berth.daemon.containers.StatsSample;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Containers and stats samples as the gateway would hand them over. */
final class DetailsFixtures {
    static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    static final long MIB = 1024 * 1024;

    private DetailsFixtures() {
    }

    static ContainerDetails details(String id, ContainerState state) {
        boolean ran = state != ContainerState.CREATED;
        return new ContainerDetails(id, "web-" + id, "nginx:1.27", "sha256:abc", List.of("nginx", "-g", "daemon off;"),
                T0, ran ? T0.plusSeconds(5) : null, state.isActive() || !ran ? null : T0.plusSeconds(60), state,
                "healthy", state.isActive() ? 0 : 137, 2,
                List.of(new PortMapping("0.0.0.0", 8080, 80, "tcp"), new PortMapping("", 0, 443, "tcp")),
                List.of(new ContainerDetails.MountInfo("volume", "data", "/data", false),
                        new ContainerDetails.MountInfo("bind", "/etc/nginx", "/etc/nginx", true)),
                List.of(new ContainerDetails.NetworkAttachment("bridge", "172.17.0.2", "", "02:42:ac:11:00:02",
                        List.of("web"))),
                Map.of("com.example.team", "platform", "dev.berth.test", "true"),
                List.of(new RunSpec.EnvVar("PATH", "/usr/bin"), new RunSpec.EnvVar("DB_PASSWORD", "hunter2"),
                        new RunSpec.EnvVar("api_token", "abc123")),
                RunSpec.builder("nginx:1.27").name("web-" + id).build());
    }

    /** A sample {@code second} seconds after T0 with byte counters at the given totals. */
    static StatsSample sample(int second, double cpu, long memory, long rx, long tx, long read, long write) {
        return new StatsSample(T0.plusSeconds(second), cpu, memory, 1024 * MIB, rx, tx, read, write, 3);
    }

    static StatsSample sample(int second, double cpu) {
        return sample(second, cpu, 10 * MIB, second * 1000L, second * 500L, 0, second * 4096L);
    }
}
