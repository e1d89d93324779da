package dev.berth.system;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.system.PruneCandidate;
import dev.berth.daemon.system.PruneKind;
import dev.berth.daemon.system.PrunePlan;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.testing.FakeSystemOperations;
import dev.berth.ui.CommandEcho;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.berth.testing.FakeSystemOperations.candidate;
import static org.assertj.core.api.Assertions.assertThat;

/** The wizard: what starts ticked, what the total and the CLI line say, and that exactly the ticked objects go. */
class PruneWizardViewModelTest {
    private static final PruneCandidate OLD = candidate(PruneKind.STOPPED_CONTAINERS, "old", 1_000);
    private static final PruneCandidate DEAD = candidate(PruneKind.STOPPED_CONTAINERS, "dead", 500);
    private static final PruneCandidate NET = candidate(PruneKind.UNUSED_NETWORKS, "old-net", 0);
    private static final PruneCandidate DATA = candidate(PruneKind.UNUSED_VOLUMES, "data", 2_000_000);
    private static final PruneCandidate REMOTE = candidate(PruneKind.UNUSED_VOLUMES, "remote", -1);
    private static final PruneCandidate DANGLING = candidate(PruneKind.DANGLING_IMAGES, "0123456789ab", 40_000);
    private static final PruneCandidate APP = candidate(PruneKind.UNUSED_IMAGES, "app:1", 300_000);

    private final FakeEngineGateway gateway = new FakeEngineGateway();
    private final FakeSystemOperations system = gateway.system();
    private final CommandEcho echo = new CommandEcho();

    private PruneWizardViewModel open(Set<PruneKind> preselected) {
        system.setPlan(new PrunePlan("1.41", List.of(OLD, DEAD, NET, DATA, REMOTE, DANGLING, APP)));
        PruneWizardViewModel model = new PruneWizardViewModel(system, Runnable::run, echo, preselected);
        model.load();
        return model;
    }

    @Test
    void theSystemPruneDefaultsTickAllButVolumesAndTaggedImages() {
        PruneWizardViewModel model = open(PruneWizardViewModel.SYSTEM_PRUNE_DEFAULTS);

        assertThat(model.stageProperty().get()).isEqualTo(PruneWizardViewModel.Stage.PREVIEW);
        assertThat(model.ticked()).containsExactly(OLD, DEAD, NET, DANGLING);
        assertThat(model.reclaimableBytes().get()).isEqualTo(41_500);
        assertThat(model.commandLine().get()).isEqualTo("docker container prune -f && docker network prune -f"
                + " && docker image prune -f");
    }

    @Test
    void theVolumesTabPresetsVolumesAndUnknownSizesCountAsNothing() {
        PruneWizardViewModel model = open(EnumSet.of(PruneKind.UNUSED_VOLUMES));

        assertThat(model.ticked()).containsExactly(DATA, REMOTE);
        assertThat(model.reclaimableBytes().get()).isEqualTo(2_000_000);
        assertThat(model.commandLine().get()).isEqualTo("docker volume prune -f");
    }

    @Test
    void untickingAnObjectChangesTheTotalAndTheLineAtOnce() {
        PruneWizardViewModel model = open(PruneWizardViewModel.SYSTEM_PRUNE_DEFAULTS);

        model.rowsOf(PruneKind.STOPPED_CONTAINERS).get(1).tickedProperty().set(false);
        model.tickAll(PruneKind.UNUSED_NETWORKS, false);

        assertThat(model.reclaimableBytes().get()).isEqualTo(41_000);
        assertThat(model.commandLine().get()).isEqualTo("docker rm old && docker image prune -f");
    }

    @Test
    void runningRemovesExactlyTheTickedObjectsAndReportsRefusals() {
        PruneWizardViewModel model = open(EnumSet.of(PruneKind.STOPPED_CONTAINERS, PruneKind.UNUSED_VOLUMES));
        model.rowsOf(PruneKind.UNUSED_VOLUMES).get(1).tickedProperty().set(false);
        system.refuse("dead");

        model.run();

        assertThat(system.prunes()).containsExactly(List.of(OLD, DEAD, DATA));
        assertThat(model.stageProperty().get()).isEqualTo(PruneWizardViewModel.Stage.REPORT);
        assertThat(model.reportProperty().get().reclaimed()).isEqualTo(2_001_000);
        assertThat(model.reportProperty().get().failures()).singleElement()
                .satisfies(outcome -> assertThat(outcome.candidate()).isEqualTo(DEAD));
        assertThat(echo.lastCommandProperty().get()).isEqualTo("docker container prune -f && docker volume rm data");
        assertThat(model.canRun().get()).isFalse();
    }

    @Test
    void nothingTickedCannotRun() {
        PruneWizardViewModel model = open(Set.of());

        assertThat(model.ticked()).isEmpty();
        assertThat(model.canRun().get()).isFalse();
        model.run();
        assertThat(system.prunes()).isEmpty();
    }

    @Test
    void aPlanThatFailsSaysWhyAndOffersNothingToRemove() {
        system.failNextPlan(new DaemonException("Berth is not connected.", "Start Docker."));
        PruneWizardViewModel model = new PruneWizardViewModel(system, Runnable::run, echo,
                PruneWizardViewModel.SYSTEM_PRUNE_DEFAULTS);
        model.load();

        assertThat(model.notice().get().sentence()).isEqualTo("Berth is not connected.");
        assertThat(model.rows()).isEmpty();
        assertThat(model.canRun().get()).isFalse();
    }
}
