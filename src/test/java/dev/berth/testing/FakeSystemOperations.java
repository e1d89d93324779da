package dev.berth.testing;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.system.DiskUsage;
import dev.berth.daemon.system.PruneCandidate;
import dev.berth.daemon.system.PruneKind;
import dev.berth.daemon.system.PrunePlan;
import dev.berth.daemon.system.PruneReport;
import dev.berth.daemon.system.SystemInfo;
import dev.berth.daemon.system.SystemOperations;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The system calls of {@link FakeEngineGateway}: answers from settable data, at once, on the caller's thread; a
 * prune removes what it is given except the ids told to fail, and records what it was asked.
 */
public final class FakeSystemOperations implements SystemOperations {
    private final AtomicInteger diskUsageCalls = new AtomicInteger();
    private final List<List<PruneCandidate>> prunes = new CopyOnWriteArrayList<>();
    private volatile SystemInfo info = sampleInfo();
    private volatile DiskUsage diskUsage = new DiskUsage(List.of());
    private volatile PrunePlan plan = new PrunePlan("1.41", List.of());
    private volatile Set<String> refusedIds = Set.of();
    private volatile CompletableFuture<DiskUsage> pendingDiskUsage;
    private volatile DaemonException planFailure;

    public static SystemInfo sampleInfo() {
        return new SystemInfo("vm", "20.10.24", "1.41", "1.12", "Debian GNU/Linux 12 (bookworm)", "linux", "x86_64",
                "6.1.0", 2, 8L << 30, "overlay2", "/var/lib/docker", "json-file", "cgroupfs", "2", "inactive",
                List.of("127.0.0.0/8"), List.of("WARNING: No swap limit support"), 3, 1, 0, 2, 4);
    }

    public static PruneCandidate candidate(PruneKind kind, String id, long size) {
        return new PruneCandidate(kind, id, id, "detail of " + id, size, Map.of(), List.of());
    }

    public void setInfo(SystemInfo latest) {
        info = latest;
    }

    public void setDiskUsage(DiskUsage latest) {
        diskUsage = latest;
    }

    /** The next {@link #diskUsage()} stays pending until the test completes the answer. */
    public CompletableFuture<DiskUsage> holdNextDiskUsage() {
        pendingDiskUsage = new CompletableFuture<>();
        return pendingDiskUsage;
    }

    public void setPlan(PrunePlan latest) {
        plan = latest;
    }

    /** The next {@link #planPrune()} fails with this. */
    public void failNextPlan(DaemonException failure) {
        planFailure = failure;
    }

    /** Prunes report these ids as refused by the engine. */
    public void refuse(String... ids) {
        refusedIds = Set.of(ids);
    }

    public int diskUsageCalls() {
        return diskUsageCalls.get();
    }

    /** The candidates each prune was given, in order. */
    public List<List<PruneCandidate>> prunes() {
        return List.copyOf(prunes);
    }

    @Override
    public CompletableFuture<SystemInfo> info() {
        return CompletableFuture.completedFuture(info);
    }

    @Override
    public CompletableFuture<DiskUsage> diskUsage() {
        diskUsageCalls.incrementAndGet();
        CompletableFuture<DiskUsage> held = pendingDiskUsage;
        pendingDiskUsage = null;
        return held != null ? held : CompletableFuture.completedFuture(diskUsage);
    }

    @Override
    public CompletableFuture<PrunePlan> planPrune() {
        DaemonException failure = planFailure;
        planFailure = null;
        return failure != null ? CompletableFuture.failedFuture(failure) : CompletableFuture.completedFuture(plan);
    }

    @Override
    public CompletableFuture<PruneReport> prune(List<PruneCandidate> ticked) {
        prunes.add(List.copyOf(ticked));
        if (ticked.isEmpty()) {
            return CompletableFuture.failedFuture(new DaemonException("Nothing to remove.", null));
        }
        return CompletableFuture.completedFuture(new PruneReport(ticked.stream().map(candidate ->
                refusedIds.contains(candidate.id())
                        ? new PruneReport.Outcome(candidate, 0, "Could not remove " + candidate.name() + ": in use.")
                        : new PruneReport.Outcome(candidate, Math.max(0, candidate.size()), null)).toList()));
    }
}
