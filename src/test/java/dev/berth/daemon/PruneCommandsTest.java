package dev.berth.daemon;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The `docker …` line of a prune: the kind's prune when all of it is ticked, the exact removals otherwise. */
class PruneCommandsTest {
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
        assertThat(PruneCommands.commandLine(PLAN, PLAN.candidates())).isEqualTo("docker container prune -f"
                + " && docker network prune -f && docker volume prune -f && docker image prune -a -f"
                + " && docker builder prune -f");
    }

    @Test
    void untickedObjectsTurnAPruneIntoTheRemovalOfExactlyTheTickedOnes() {
        assertThat(PruneCommands.commandLine(PLAN, List.of(OLD, LOGS))).isEqualTo(
                "docker rm old && docker volume rm 'my logs'");
    }

    @Test
    void allDanglingImagesWithoutTheTaggedOnesIsImagePruneWithoutAll() {
        assertThat(PruneCommands.commandLine(PLAN, List.of(DANGLING))).isEqualTo("docker image prune -f");
    }

    @Test
    void taggedImagesAloneAreRemovedByEveryTag() {
        assertThat(PruneCommands.commandLine(PLAN, List.of(APP))).isEqualTo("docker rmi app:1 app:latest");
    }

    @Test
    void onlyTaggedImagesInAPlanWithoutDanglingOnesIsPruneAll() {
        PrunePlan plan = new PrunePlan("1.41", List.of(APP));

        assertThat(PruneCommands.commandLine(plan, List.of(APP))).isEqualTo("docker image prune -a -f");
    }

    @Test
    void fromApi142AVolumePruneNeedsAllToTakeNamedVolumes() {
        PrunePlan newer = new PrunePlan("1.43", List.of(DATA, LOGS));

        assertThat(PruneCommands.commandLine(newer, List.of(DATA, LOGS))).isEqualTo("docker volume prune -a -f");
        assertThat(PruneCommands.volumePrune("1.41")).isEqualTo("docker volume prune -f");
        assertThat(PruneCommands.volumePrune("1.42")).isEqualTo("docker volume prune -a -f");
    }

    @Test
    void nothingTickedIsNoCommand() {
        assertThat(PruneCommands.commandLine(PLAN, List.of())).isEmpty();
    }
}
