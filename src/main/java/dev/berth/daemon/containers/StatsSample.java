package dev.berth.daemon.containers;

import java.time.Instant;

/**
 * One reading of a container's resource use, as `docker stats` computes it. Byte counters (network, block I/O) are
 * totals since the container started; the view turns them into rates.
 */
public record StatsSample(Instant time, double cpuPercent, long memoryUsed, long memoryLimit, long networkRx,
                          long networkTx, long blockRead, long blockWrite, long pids) {
}
