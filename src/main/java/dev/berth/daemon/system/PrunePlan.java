package dev.berth.daemon.system;

import java.util.List;

/**
 * The preview of a prune: every candidate of every kind.
 *
 * @param apiVersion the engine's API version, which decides what {@code docker volume prune} takes
 */
public record PrunePlan(String apiVersion, List<PruneCandidate> candidates) {

    public PrunePlan {
        candidates = List.copyOf(candidates);
    }

    public List<PruneCandidate> of(PruneKind kind) {
        return candidates.stream().filter(candidate -> candidate.kind() == kind).toList();
    }
}
