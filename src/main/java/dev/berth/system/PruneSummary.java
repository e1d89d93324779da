package dev.berth.system;

import dev.berth.daemon.system.PruneKind;
import dev.berth.daemon.system.PruneReport;
import dev.berth.ui.text.ByteSizes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A prune report in sentences: per kind what went and the space that came back, then what the engine refused. */
final class PruneSummary {

    private PruneSummary() {
    }

    /** Names listed per kind before the rest is counted. */
    private static final int NAMES_SHOWN = 8;

    /** One line per kind that had ticked objects: "Stopped containers: removed 2 of 2 (web, db), 12.3kB reclaimed". */
    static List<String> lines(PruneReport report) {
        List<String> lines = new ArrayList<>();
        for (PruneKind kind : PruneKind.values()) {
            List<PruneReport.Outcome> outcomes = report.of(kind);
            if (outcomes.isEmpty()) {
                continue;
            }
            long removed = outcomes.stream().filter(PruneReport.Outcome::removed).count();
            long bytes = outcomes.stream().mapToLong(PruneReport.Outcome::reclaimed).sum();
            String what = kind == PruneKind.BUILD_CACHE ? (removed > 0 ? "pruned" : "not pruned")
                    : "removed " + removed + " of " + outcomes.size();
            lines.add(kind.title() + ": " + what + names(outcomes) + (kind == PruneKind.UNUSED_NETWORKS ? ""
                    : ", " + ByteSizes.human(bytes) + " reclaimed"));
        }
        return lines;
    }

    private static String names(List<PruneReport.Outcome> outcomes) {
        List<String> removed = outcomes.stream().filter(PruneReport.Outcome::removed)
                .filter(outcome -> outcome.candidate().kind() != PruneKind.BUILD_CACHE)
                .map(outcome -> outcome.candidate().name()).toList();
        if (removed.isEmpty()) {
            return "";
        }
        String shown = String.join(", ", removed.subList(0, Math.min(NAMES_SHOWN, removed.size())));
        return " (" + shown + (removed.size() > NAMES_SHOWN ? " and " + (removed.size() - NAMES_SHOWN) + " more"
                : "") + ")";
    }

    static String headline(PruneReport report) {
        long removed = report.outcomes().stream().filter(PruneReport.Outcome::removed).count();
        String freed = ByteSizes.human(report.reclaimed());
        String head = String.format(Locale.ROOT, "Removed %d %s, %s reclaimed.", removed,
                removed == 1 ? "object" : "objects", freed);
        int failed = report.failures().size();
        return failed == 0 ? head : head + " " + failed + (failed == 1 ? " was" : " were") + " refused.";
    }

    /** "web: Could not remove container web: …", one per refusal. */
    static List<String> failures(PruneReport report) {
        return report.failures().stream().map(outcome -> outcome.candidate().name() + " — " + outcome.failure())
                .toList();
    }
}
