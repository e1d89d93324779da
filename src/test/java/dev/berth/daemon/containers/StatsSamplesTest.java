package dev.berth.daemon.containers;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Statistics;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The `docker stats` arithmetic, on readings shaped like the engine's (cgroup v1 and v2). */
class StatsSamplesTest {
    /** Lenient like docker-java's own mapper: engines add fields (cgroup v2 has "anon", "file"…). */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    private static Statistics stats(String json) throws Exception {
        return JSON.readValue(json, Statistics.class);
    }

    /** cgroup v1, two CPUs, 0.5 s of CPU time over 1 s of the host's time (2 s over both CPUs). */
    private static final String CGROUP_V1 = """
            {"read":"2026-11-28T03:11:56.989973312Z","preread":"2026-11-28T03:11:55.986890755Z",
             "pids_stats":{"current":2},
             "blkio_stats":{"io_service_bytes_recursive":[
                {"major":8,"minor":0,"op":"Read","value":4096},{"major":8,"minor":0,"op":"Write","value":1000},
                {"major":8,"minor":16,"op":"read","value":100},{"major":8,"minor":16,"op":"Sync","value":7},
                {"major":8,"minor":16,"op":"Total","value":5203},{"major":8,"minor":16,"op":"","value":9}]},
             "cpu_stats":{"cpu_usage":{"total_usage":1500000000,"percpu_usage":[1,2]},
                          "system_cpu_usage":6000000000,"online_cpus":2},
             "precpu_stats":{"cpu_usage":{"total_usage":1000000000},"system_cpu_usage":4000000000,"online_cpus":2},
             "memory_stats":{"usage":10000000,"limit":25276514304,
                             "stats":{"cache":3000000,"total_inactive_file":2000000,"inactive_file":1}},
             "networks":{"eth0":{"rx_bytes":426,"tx_bytes":10},"eth1":{"rx_bytes":74,"tx_bytes":5}}}
            """;

    @Test
    void aCgroupV1ReadingIsComputedAsTheCliDoes() throws Exception {
        StatsSample sample = StatsSamples.from(stats(CGROUP_V1), () -> NOW);

        assertThat(sample.time()).isEqualTo(Instant.parse("2026-11-28T03:11:56.989973312Z"));
        assertThat(sample.cpuPercent()).isCloseTo(50.0, within(1e-9)); // 0.5e9 / 2e9 * 2 CPUs * 100
        assertThat(sample.memoryUsed()).isEqualTo(8_000_000L); // usage - total_inactive_file
        assertThat(sample.memoryLimit()).isEqualTo(25_276_514_304L);
        assertThat(sample.networkRx()).isEqualTo(500);
        assertThat(sample.networkTx()).isEqualTo(15);
        assertThat(sample.blockRead()).isEqualTo(4196);
        assertThat(sample.blockWrite()).isEqualTo(1000);
        assertThat(sample.pids()).isEqualTo(2);
        assertThat(StatsSamples.isEmpty(stats(CGROUP_V1))).isFalse();
    }

    @Test
    void cgroupV2SubtractsInactiveFile() throws Exception {
        StatsSample sample = StatsSamples.from(stats("""
                {"read":"2026-11-28T03:11:56Z","memory_stats":{"usage":10000,"limit":20000,
                 "stats":{"inactive_file":4000,"anon":6000}}}
                """), () -> NOW);

        assertThat(sample.memoryUsed()).isEqualTo(6000);
        assertThat(sample.memoryLimit()).isEqualTo(20000);
    }

    @Test
    void inactiveFileAboveUsageIsNotSubtracted() throws Exception {
        assertThat(StatsSamples.from(stats("""
                {"read":"2026-11-28T03:11:56Z","memory_stats":{"usage":1000,"stats":{"total_inactive_file":5000}}}
                """), () -> NOW).memoryUsed()).isEqualTo(1000);
    }

    @Test
    void withoutOnlineCpusThePerCpuListCountsThem() throws Exception {
        StatsSample sample = StatsSamples.from(stats("""
                {"read":"2026-11-28T03:11:56Z",
                 "cpu_stats":{"cpu_usage":{"total_usage":300,"percpu_usage":[1,1,1,1]},"system_cpu_usage":2000},
                 "precpu_stats":{"cpu_usage":{"total_usage":100},"system_cpu_usage":1000}}
                """), () -> NOW);

        assertThat(sample.cpuPercent()).isCloseTo(80.0, within(1e-9)); // 200/1000 * 4 * 100
    }

    @Test
    void noProgressOfTheContainerOrTheHostIsZeroPercent() throws Exception {
        assertThat(StatsSamples.from(stats("""
                {"read":"2026-11-28T03:11:56Z",
                 "cpu_stats":{"cpu_usage":{"total_usage":100},"system_cpu_usage":1000,"online_cpus":2},
                 "precpu_stats":{"cpu_usage":{"total_usage":100},"system_cpu_usage":900}}
                """), () -> NOW).cpuPercent()).isZero();
        assertThat(StatsSamples.from(stats("""
                {"read":"2026-11-28T03:11:56Z",
                 "cpu_stats":{"cpu_usage":{"total_usage":200},"system_cpu_usage":1000,"online_cpus":2},
                 "precpu_stats":{"cpu_usage":{"total_usage":100},"system_cpu_usage":1000}}
                """), () -> NOW).cpuPercent()).isZero();
    }

    @Test
    void theEmptyReadingOfAStoppedContainerIsRecognisedAndReadsAsZeros() throws Exception {
        Statistics stopped = stats("""
                {"read":"0001-01-01T00:00:00Z","preread":"0001-01-01T00:00:00Z","pids_stats":{},
                 "blkio_stats":{"io_service_bytes_recursive":null},"cpu_stats":{"cpu_usage":{"total_usage":0},
                 "throttling_data":{}},"precpu_stats":{"cpu_usage":{"total_usage":0}},"memory_stats":{}}
                """);

        assertThat(StatsSamples.isEmpty(stopped)).isTrue();
        assertThat(StatsSamples.from(stopped, () -> NOW))
                .isEqualTo(new StatsSample(NOW, 0.0, 0, 0, 0, 0, 0, 0, 0));
    }
}
