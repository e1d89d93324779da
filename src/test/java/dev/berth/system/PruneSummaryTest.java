package dev.berth.system;

import dev.berth.daemon.system.PruneKind;
import dev.berth.daemon.system.PruneReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.berth.testing.FakeSystemOperations.candidate;
import static org.assertj.core.api.Assertions.assertThat;

/** The report's sentences. */
class PruneSummaryTest {
    private final PruneReport report = new PruneReport(List.of(
            new PruneReport.Outcome(candidate(PruneKind.STOPPED_CONTAINERS, "old", 1_500), 1_500, null),
            new PruneReport.Outcome(candidate(PruneKind.STOPPED_CONTAINERS, "web", 10), 0,
                    "Could not remove container web: it is running. Stop it first."),
            new PruneReport.Outcome(candidate(PruneKind.UNUSED_NETWORKS, "old-net", 0), 0, null),
            new PruneReport.Outcome(candidate(PruneKind.BUILD_CACHE, "build-cache", 100), 2_000_000, null)));

    @Test
    void eachKindSaysWhatWentAndTheSpaceThatCameBack() {
        assertThat(PruneSummary.lines(report)).containsExactly(
                "Stopped containers: removed 1 of 2 (old), 1.5kB reclaimed",
                "Unused networks: removed 1 of 1 (old-net)",
                "Build cache: pruned, 2MB reclaimed");
        assertThat(PruneSummary.headline(report)).isEqualTo("Removed 3 objects, 2MB reclaimed. 1 was refused.");
        assertThat(PruneSummary.failures(report)).containsExactly(
                "web — Could not remove container web: it is running. Stop it first.");
    }
}
