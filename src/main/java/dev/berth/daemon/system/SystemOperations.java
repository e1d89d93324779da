package dev.berth.daemon.system;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Engine-wide calls: what the engine is ({@code docker info}/{@code docker version}), what it stores
 * ({@code docker system df}), and the clean-up of what nothing uses, planned before it runs.
 */
public interface SystemOperations {

    /** {@code /info} and {@code /version} together. */
    CompletableFuture<SystemInfo> info();

    /** {@code /system/df}, summed the way {@code docker system df} sums it; the engine may take seconds. */
    CompletableFuture<DiskUsage> diskUsage();

    /** Every object the engine's prunes would take right now, each with its size: a preview, nothing removed. */
    CompletableFuture<PrunePlan> planPrune();

    /**
     * Removes exactly these candidates, by id and without force, so nothing created after the preview goes and
     * anything that became in use meanwhile is refused and reported, not forced.
     */
    CompletableFuture<PruneReport> prune(List<PruneCandidate> ticked);
}
