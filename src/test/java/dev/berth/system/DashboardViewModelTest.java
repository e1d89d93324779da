package dev.berth.system;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.system.DiskUsage;
import dev.berth.testing.FakeEngineGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard reads the engine when shown or refreshed, never by itself. */
class DashboardViewModelTest {
    private static final DiskUsage USAGE = new DiskUsage(List.of(new DiskUsage.Category("Images", 2, 1, 100, 40)));

    private final FakeEngineGateway gateway = new FakeEngineGateway();
    private final DashboardViewModel model = new DashboardViewModel(gateway, Runnable::run);

    @AfterEach
    void close() {
        model.close();
    }

    @Test
    void nothingIsReadUntilTheDashboardIsShownAndThenOnlyOnRefresh() {
        gateway.goUp();
        assertThat(gateway.system().diskUsageCalls()).isZero();

        gateway.system().setDiskUsage(USAGE);
        model.shown();
        assertThat(model.diskUsageProperty().get()).isEqualTo(USAGE);
        assertThat(model.infoProperty().get().host()).isEqualTo("vm");
        assertThat(gateway.system().diskUsageCalls()).isEqualTo(1);

        model.refresh();
        assertThat(gateway.system().diskUsageCalls()).isEqualTo(2);
    }

    @Test
    void computingIsShownWhileDiskUsageRunsAndTheOldNumbersStay() {
        gateway.system().setDiskUsage(USAGE);
        model.shown();
        CompletableFuture<DiskUsage> pending = gateway.system().holdNextDiskUsage();

        model.refresh();
        assertThat(model.computingProperty().get()).isTrue();
        assertThat(model.diskUsageProperty().get()).isEqualTo(USAGE);

        DiskUsage later = new DiskUsage(List.of(new DiskUsage.Category("Images", 3, 1, 200, 40)));
        pending.complete(later);
        assertThat(model.computingProperty().get()).isFalse();
        assertThat(model.diskUsageProperty().get()).isEqualTo(later);
    }

    @Test
    void anAnswerOvertakenByANewerRefreshIsDropped() {
        CompletableFuture<DiskUsage> slow = gateway.system().holdNextDiskUsage();
        model.shown();
        gateway.system().setDiskUsage(USAGE);
        model.refresh();

        slow.complete(new DiskUsage(List.of()));
        assertThat(model.diskUsageProperty().get()).isEqualTo(USAGE);
        assertThat(model.computingProperty().get()).isFalse();
    }

    @Test
    void aFailureBecomesANoticeAndTheNextGoodAnswerClearsIt() {
        CompletableFuture<DiskUsage> failing = gateway.system().holdNextDiskUsage();
        model.shown();
        failing.completeExceptionally(new DaemonException("The Docker engine refused to compute the disk usage.",
                "Try again."));
        assertThat(model.notice().get().sentence()).contains("disk usage");
        assertThat(model.computingProperty().get()).isFalse();

        model.refresh();
        assertThat(model.notice().get()).isNull();
    }

    @Test
    void aReconnectReReadsOnlyWhileShown() {
        gateway.goUp();
        model.shown();
        int calls = gateway.system().diskUsageCalls();
        gateway.goDown();
        gateway.goUp();
        assertThat(gateway.system().diskUsageCalls()).isEqualTo(calls + 1);

        model.hidden();
        gateway.goDown();
        gateway.goUp();
        assertThat(gateway.system().diskUsageCalls()).isEqualTo(calls + 1);
    }
}
