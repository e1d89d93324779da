package dev.berth.daemon.cli;

import dev.berth.daemon.system.PruneCandidate;
import dev.berth.daemon.system.PruneKind;
import dev.berth.daemon.system.PrunePlan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The `docker …` line of a prune: the kind's prune when all of it is ticked, the exact removals otherwise. */
class PruneCommandLinesTest {
    private static final PruneCandidate OLD = candidate(PruneKind.STOPPED_CONTAINERS, "c1", "old", List.of());
    private static final PruneCandidate FRESH = candidate(PruneKind.STOPPED_CONTAINERS, "c2", "fresh", List.of());
    private static final PruneCandidate NET = candidate(PruneKind.UNUSED_NETWORKS, "n1", "old-net", List.of());
    private static final PruneCandidate DATA = candidate(PruneKind.UNUSED_VOLUMES, "data", "data", List.of());
    private static final PruneCandidate LOGS = candidate(PruneKind.UNUSED_VOLUMES, "my logs", "my logs", List.of());
    private static final PruneCandidate DANGLING = candidate(PruneKind.DANGLING_IMAGES, "sha256:0123456789ab",
            "0123456789ab", List.of());
    private static final PruneCandidate APP = candidate(PruneKind.UNUSED_IMAGES, "sha256:app", "app:1",
            List.of("app:1", "app:latest", "app@sha256:d1"));
    private static final PruneCandidate CACHE = candidate(PruneKind.BUILD_CACHE, PruneCandidate.BUILD_CACHE_ID,
            "3 build cache records", List.of());
    private static final PrunePlan PLAN = new PrunePlan("1.41", List.of(OLD, FRESH, NET, DATA, LOGS, DANGLING, APP,
            CACHE));

    private static PruneCandidate candidate(PruneKind kind, String id, String name, List<String> references) {
        return new PruneCandidate(kind, id, name, "", 10, Map.of(), references);
    }

    @Test
    void everythingTickedIsEachKindsPruneInTheEnginesOrder() {
        assertThat(PruneCommandLines.commandLine(PLAN, PLAN.candidates())).isEqualTo("docker container prune -f"
                + " && docker network prune -f && docker volume prune -f && docker image prune -a -f"
                + " && docker builder prune -f");
    }

    @Test
    void untickedObjectsTurnAPruneIntoTheRemovalOfExactlyTheTickedOnes() {
        assertThat(PruneCommandLines.commandLine(PLAN, List.of(OLD, LOGS))).isEqualTo(
                "docker rm old && docker volume rm 'my logs'");
    }

    @Test
    void allDanglingImagesWithoutTheTaggedOnesIsImagePruneWithoutAll() {
        assertThat(PruneCommandLines.commandLine(PLAN, List.of(DANGLING))).isEqualTo("docker image prune -f");
    }

    @Test
    void taggedImagesAloneAreRemovedByEveryTag() {
        assertThat(PruneCommandLines.commandLine(PLAN, List.of(APP))).isEqualTo("docker rmi app:1 app:latest");
    }

    @Test
    void onlyTaggedImagesInAPlanWithoutDanglingOnesIsPruneAll() {
        PrunePlan plan = new PrunePlan("1.41", List.of(APP));

        assertThat(PruneCommandLines.commandLine(plan, List.of(APP))).isEqualTo("docker image prune -a -f");
    }

    @Test
    void fromApi142AVolumePruneNeedsAllToTakeNamedVolumes() {
        PrunePlan newer = new PrunePlan("1.43", List.of(DATA, LOGS));

        assertThat(PruneCommandLines.commandLine(newer, List.of(DATA, LOGS))).isEqualTo("docker volume prune -a -f");
        assertThat(PruneCommandLines.volumePrune("1.41")).isEqualTo("docker volume prune -f");
        assertThat(PruneCommandLines.volumePrune("1.42")).isEqualTo("docker volume prune -a -f");
    }

    @Test
    void nothingTickedIsNoCommand() {
        assertThat(PruneCommandLines.commandLine(PLAN, List.of())).isEmpty();
    }
}
