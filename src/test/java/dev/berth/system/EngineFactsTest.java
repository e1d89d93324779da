package dev.berth.system;

import dev.berth.testing.FakeSystemOperations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The engine card's lines, in `docker info`'s order. */
class EngineFactsTest {

    @Test
    void everyFactTheIssueAsksForIsALine() {
        assertThat(EngineFacts.of(FakeSystemOperations.sampleInfo())).extracting(EngineFacts.Fact::label,
                EngineFacts.Fact::value).containsExactly(
                tuple("Host", "vm"),
                tuple("Engine", "Docker 20.10.24"),
                tuple("API version", "1.41 (oldest supported 1.12)"),
                tuple("Operating system", "Debian GNU/Linux 12 (bookworm) (linux, x86_64)"),
                tuple("Kernel", "6.1.0"),
                tuple("CPUs", "2"),
                tuple("Memory", "8GiB"),
                tuple("Storage driver", "overlay2"),
                tuple("Docker root dir", "/var/lib/docker"),
                tuple("Logging driver", "json-file"),
                tuple("Cgroup", "version 2, cgroupfs driver"),
                tuple("Swarm", "inactive"),
                tuple("Insecure registries", "127.0.0.0/8"),
                tuple("Containers", "3 (1 running, 0 paused, 2 stopped)"),
                tuple("Images", "4"));
    }
}
