package dev.berth.daemon.containers;

import com.github.dockerjava.api.model.BlkioStatEntry;
import com.github.dockerjava.api.model.BlkioStatsConfig;
import com.github.dockerjava.api.model.CpuStatsConfig;
import com.github.dockerjava.api.model.MemoryStatsConfig;
import com.github.dockerjava.api.model.StatisticNetworksConfig;
import com.github.dockerjava.api.model.Statistics;
import com.github.dockerjava.api.model.StatsConfig;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One engine stats reading as a {@link StatsSample}, computed the way the docker CLI's `docker stats` does. */
final class StatsSamples {
    /** The date of Go's zero time, which the engine sends for "never". */
    private static final String ZERO_DAY = "0001-01-01";

    private StatsSamples() {
    }

    /**
     * An empty reading: what the engine sends for a container that is not running (no read time, no counters).
     */
    static boolean isEmpty(Statistics stats) {
        return stats.getRead() == null || stats.getRead().startsWith(ZERO_DAY);
    }

    static StatsSample from(Statistics stats, Supplier<Instant> now) {
        long[] blockIo = blockIo(stats.getBlkioStats());
        long[] network = network(stats.getNetworks());
        MemoryStatsConfig memory = stats.getMemoryStats();
        return new StatsSample(readAt(stats.getRead(), now), cpuPercent(stats.getCpuStats(), stats.getPreCpuStats()),
                memoryUsed(memory), memory != null ? value(memory.getLimit()) : 0L, network[0], network[1],
                blockIo[0], blockIo[1], stats.getPidsStats() != null ? value(stats.getPidsStats().getCurrent()) : 0L);
    }

    /**
     * The container's share of the host since the previous reading, scaled to the online CPUs: 100 % is one CPU
     * busy. The engine puts the previous reading in {@code precpu_stats}.
     */
    static double cpuPercent(CpuStatsConfig cpu, CpuStatsConfig previous) {
        if (cpu == null || cpu.getCpuUsage() == null) {
            return 0.0;
        }
        long previousTotal = previous != null && previous.getCpuUsage() != null
                ? value(previous.getCpuUsage().getTotalUsage()) : 0L;
        long previousSystem = previous != null ? value(previous.getSystemCpuUsage()) : 0L;
        double cpuDelta = (double) value(cpu.getCpuUsage().getTotalUsage()) - previousTotal;
        double systemDelta = (double) value(cpu.getSystemCpuUsage()) - previousSystem;
        double onlineCpus = value(cpu.getOnlineCpus());
        if (onlineCpus == 0) {
            List<Long> perCpu = cpu.getCpuUsage().getPercpuUsage();
            onlineCpus = perCpu != null ? perCpu.size() : 0;
        }
        return systemDelta > 0 && cpuDelta > 0 ? cpuDelta / systemDelta * onlineCpus * 100.0 : 0.0;
    }

    /**
     * Usage without the page cache that the kernel can drop at once: minus {@code total_inactive_file} on cgroup v1,
     * minus {@code inactive_file} on cgroup v2, as the CLI subtracts them.
     */
    static long memoryUsed(MemoryStatsConfig memory) {
        if (memory == null) {
            return 0L;
        }
        long usage = value(memory.getUsage());
        StatsConfig detail = memory.getStats();
        if (detail != null) {
            Long cgroupV1 = detail.getTotalInactiveFile();
            if (cgroupV1 != null) {
                return cgroupV1 < usage ? usage - cgroupV1 : usage;
            }
            long cgroupV2 = value(detail.getInactiveFile());
            if (cgroupV2 < usage) {
                return usage - cgroupV2;
            }
        }
        return usage;
    }

    /** Received and sent bytes, summed over the container's interfaces. */
    static long[] network(Map<String, StatisticNetworksConfig> interfaces) {
        long rx = 0;
        long tx = 0;
        if (interfaces != null) {
            for (StatisticNetworksConfig network : interfaces.values()) {
                rx += value(network.getRxBytes());
                tx += value(network.getTxBytes());
            }
        }
        return new long[] {rx, tx};
    }

    /** Bytes read and written, summed over devices from {@code io_service_bytes_recursive}. */
    static long[] blockIo(BlkioStatsConfig blkio) {
        long read = 0;
        long write = 0;
        List<BlkioStatEntry> entries = blkio != null ? blkio.getIoServiceBytesRecursive() : null;
        if (entries != null) {
            for (BlkioStatEntry entry : entries) {
                String op = entry.getOp();
                if (op == null || op.isEmpty()) {
                    continue;
                }
                switch (Character.toLowerCase(op.charAt(0))) {
                    case 'r' -> read += value(entry.getValue());
                    case 'w' -> write += value(entry.getValue());
                    default -> { }
                }
            }
        }
        return new long[] {read, write};
    }

    private static Instant readAt(String engineTime, Supplier<Instant> now) {
        if (engineTime == null || engineTime.startsWith(ZERO_DAY)) {
            return now.get();
        }
        try {
            return Instant.parse(engineTime);
        } catch (DateTimeParseException unreadable) {
            return now.get();
        }
    }

    private static long value(Long counter) {
        return counter != null ? counter : 0L;
    }
}
