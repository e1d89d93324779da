package dev.berth.daemon.system;

import java.util.List;

/** What a prune did, one outcome per ticked candidate, in the order they were tried. */
public record PruneReport(List<Outcome> outcomes) {

    public PruneReport {
        outcomes = List.copyOf(outcomes);
    }

    /**
     * @param reclaimed the bytes that came back (the engine's own count for the build cache, the previewed size
     *                  otherwise; 0 when unknown or failed)
     * @param failure   why the engine refused, as a sentence; null when removed
     */
    public record Outcome(PruneCandidate candidate, long reclaimed, String failure) {

        public boolean removed() {
            return failure == null;
        }
    }

    public List<Outcome> of(PruneKind kind) {
        return outcomes.stream().filter(outcome -> outcome.candidate().kind() == kind).toList();
    }

    public long reclaimed() {
        return outcomes.stream().mapToLong(Outcome::reclaimed).sum();
    }

    public List<Outcome> failures() {
        return outcomes.stream().filter(outcome -> !outcome.removed()).toList();
    }
}
