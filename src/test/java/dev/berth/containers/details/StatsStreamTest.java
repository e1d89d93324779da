package dev.berth.containers.details;

import dev.berth.daemon.containers.ContainerState;
import dev.berth.testing.FakeEngineGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Queue;

import static dev.berth.containers.details.DetailsFixtures.MIB;
import static dev.berth.containers.details.DetailsFixtures.details;
import static dev.berth.containers.details.DetailsFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

/** The stats stream is open exactly while the Stats page of a running container shows, and feeds the charts. */
class StatsStreamTest {
    private final FakeEngineGateway engine = new FakeEngineGateway();
    private ContainerDetailsViewModel model;

    @BeforeEach
    void create() {
        engine.setDetails(details("aaa111", ContainerState.RUNNING));
        model = new ContainerDetailsViewModel(engine, Runnable::run);
    }

    private long statsCalls(String id) {
        return engine.actions().stream().filter(action -> action.equals("stats " + id)).count();
    }

    @Test
    void opensWhenTheStatsPageIsShownAndNotBefore() {
        model.show("aaa111");
        assertThat(engine.openStatsStreams()).isZero();

        model.tabProperty().set(DetailsTab.STATS);

        assertThat(engine.openStatsStreams()).isEqualTo(1);
        assertThat(statsCalls("aaa111")).isEqualTo(1);
        assertThat(model.isStatsStreamOpen()).isTrue();
    }

    @Test
    void selectionChangeWhileStatsShowCloseTheOldStreamAndOpensTheNew() {
        model.tabProperty().set(DetailsTab.STATS);
        model.show("aaa111");
        model.show("bbb222");

        assertThat(engine.openStatsStreams()).isEqualTo(1);
        assertThat(statsCalls("aaa111")).isEqualTo(1);
        assertThat(statsCalls("bbb222")).isEqualTo(1);
    }

    @Test
    void switchingToAnotherPageClosesIt() {
        model.tabProperty().set(DetailsTab.STATS);
        model.show("aaa111");

        model.tabProperty().set(DetailsTab.PROCESSES);

        assertThat(engine.openStatsStreams()).isZero();
        model.tabProperty().set(DetailsTab.STATS);
        assertThat(engine.openStatsStreams()).isEqualTo(1);
    }

    @Test
    void showingNothingClosesIt() {
        model.tabProperty().set(DetailsTab.STATS);
        model.show("aaa111");

        model.show(null);

        assertThat(engine.openStatsStreams()).isZero();
    }

    @Test
    void closingTheModelClosesItAndNothingReopensIt() {
        model.tabProperty().set(DetailsTab.STATS);
        model.show("aaa111");

        model.close();
        model.show("bbb222");

        assertThat(engine.openStatsStreams()).isZero();
    }

    @Test
    void goingOffScreenClosesItAndComingBackReopensIt() {
        model.tabProperty().set(DetailsTab.STATS);
        model.show("aaa111");

        model.showingProperty().set(false);
        assertThat(engine.openStatsStreams()).isZero();
        model.showingProperty().set(true);
        assertThat(engine.openStatsStreams()).isEqualTo(1);
    }

    @Test
    void aStoppedContainerGetsNoStreamAndAStopClosesIt() {
        engine.setDetails(details("aaa111", ContainerState.EXITED));
        model.tabProperty().set(DetailsTab.STATS);
        model.show("aaa111");
        assertThat(engine.openStatsStreams()).isZero();

        engine.setDetails(details("aaa111", ContainerState.RUNNING));
        model.refresh();
        assertThat(engine.openStatsStreams()).isEqualTo(1);
        engine.setDetails(details("aaa111", ContainerState.EXITED));
        model.refresh();
        assertThat(engine.openStatsStreams()).isZero();
    }

    @Test
    void samplesBecomeCpuMemoryAndRatesFromConsecutiveTotals() {
        model.tabProperty().set(DetailsTab.STATS);
        model.show("aaa111");

        engine.emitStats(sample(0, 12.5, 100 * MIB, 1000, 500, 0, 0));
        engine.emitStats(sample(1, 30.0, 120 * MIB, 3000, 1500, 8192, 4096));

        StatsModel stats = model.stats();
        assertThat(stats.cpu().values()).containsExactly(12.5, 30.0);
        assertThat(stats.memory().values()).containsExactly(100.0 * MIB, 120.0 * MIB);
        assertThat(stats.networkRx().values()).containsExactly(2000.0);
        assertThat(stats.networkTx().values()).containsExactly(1000.0);
        assertThat(stats.blockRead().values()).containsExactly(8192.0);
        assertThat(stats.blockWrite().values()).containsExactly(4096.0);
        assertThat(stats.cpuTextProperty().get()).isEqualTo("30.0 %");
        assertThat(stats.memoryTextProperty().get()).isEqualTo("120MiB of 1GiB limit");
        assertThat(stats.networkTextProperty().get()).isEqualTo("↓ 1.953KiB/s   ↑ 1000B/s");
        assertThat(stats.blockTextProperty().get()).isEqualTo("read 8KiB/s   write 4KiB/s");
    }

    @Test
    void theWindowNeverHoldsMoreThanTwoMinutesOfPoints() {
        model.tabProperty().set(DetailsTab.STATS);
        model.show("aaa111");

        for (int second = 0; second < 300; second++) {
            engine.emitStats(sample(second, second));
        }

        StatsModel stats = model.stats();
        assertThat(stats.cpu().size()).isEqualTo(StatsModel.WINDOW_POINTS).isEqualTo(120);
        assertThat(stats.cpu().valueAt(0)).isEqualTo(180.0);
        assertThat(stats.cpu().latest()).isEqualTo(299.0);
        assertThat(stats.networkRx().size()).isEqualTo(120);
        assertThat(stats.networkRx().latest()).isEqualTo(1000.0);
    }

    @Test
    void samplesReachTheUiOncePerBatchNotOncePerSample() {
        Queue<Runnable> ui = new ArrayDeque<>();
        model = new ContainerDetailsViewModel(engine, ui::add);
        model.tabProperty().set(DetailsTab.STATS);
        model.show("aaa111");
        ui.poll().run(); // the details arrive; the stream opens
        long revision = model.stats().revisionProperty().get();

        for (int second = 0; second < 5; second++) {
            engine.emitStats(sample(second, 1));
        }

        assertThat(ui).hasSize(1);
        ui.poll().run();
        assertThat(model.stats().cpu().size()).isEqualTo(5);
        assertThat(model.stats().revisionProperty().get()).isEqualTo(revision + 1);
    }

    @Test
    void samplesStillOnTheirWayWhenTheSelectionChangesAreDropped() {
        Queue<Runnable> ui = new ArrayDeque<>();
        model = new ContainerDetailsViewModel(engine, ui::add);
        model.tabProperty().set(DetailsTab.STATS);
        model.show("aaa111");
        ui.poll().run();
        engine.emitStats(sample(0, 99));

        model.show("bbb222");
        ui.poll().run(); // the hop that aaa111's sample had scheduled

        assertThat(model.stats().cpu().values()).isEmpty();
        ui.poll().run();
        assertThat(engine.openStatsStreams()).isEqualTo(1);
        assertThat(engine.actions()).contains("stats bbb222");
    }

    @Test
    void aCounterThatWentDownReadsAsNoTraffic() {
        assertThat(StatsModel.rate(5000, 1000, 1)).isZero();
        assertThat(StatsModel.rate(1000, 3000, 2)).isEqualTo(1000);
    }
}
