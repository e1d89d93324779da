package dev.berth.events;

import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.DaemonException;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.ui.Navigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static dev.berth.events.EventsFixtures.T0;
import static dev.berth.events.EventsFixtures.container;
import static dev.berth.events.EventsFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

class EventsViewModelTest {
    private final FakeEngineGateway gateway = new FakeEngineGateway();
    private final List<String> shown = new ArrayList<>();
    private final MutableClock clock = new MutableClock(T0.plusSeconds(10));
    private final EventsViewModel model = new EventsViewModel(gateway, Runnable::run, Runnable::run, clock,
            Duration.ofMinutes(15), 100, new RecordingNavigator());

    private static List<String> actions(List<FeedEntry> rows) {
        return rows.stream().map(row -> row instanceof FeedEntry.Event event ? event.event().actorName() + " "
                + event.event().action() : "gap").toList();
    }

    @Test
    void onTheFirstConnectionReplaysTheLastMinutesMergedWithTheLiveFeedOnce() {
        CompletableFuture<List<DaemonEvent>> history = new CompletableFuture<>();
        gateway.setEventHistory(history);
        model.open();
        gateway.goUp();
        DaemonEvent liveAndReplayed = container("start", "web", 8);
        gateway.emit(liveAndReplayed);
        assertThat(model.replayingProperty().get()).isTrue();

        history.complete(List.of(container("create", "web", 7), liveAndReplayed));

        assertThat(actions(model.visibleItems())).containsExactly("web create", "web start");
        assertThat(gateway.historyRequests()).hasSize(1);
        assertThat(gateway.historyRequests().get(0)).containsExactly(T0.plusSeconds(10).minus(Duration.ofMinutes(15)),
                T0.plusSeconds(10));
        assertThat(model.replayingProperty().get()).isFalse();
    }

    @Test
    void aFailedReplayIsSaidAndTheLiveFeedGoesOn() {
        gateway.setEventHistory(CompletableFuture.failedFuture(new DaemonException("The engine said no.", null)));
        model.open();
        gateway.goUp();
        gateway.emit(container("create", "web", 11));

        assertThat(model.notice().get().sentence()).isEqualTo("The engine said no.");
        assertThat(actions(model.visibleItems())).containsExactly("web create");
    }

    @Test
    void aLostConnectionLeavesAGapMarkerFromTheDropToTheReturnOnceAndOnlyAfterAConnection() {
        model.open();
        gateway.goDown(); // never connected yet: nothing was missed
        gateway.goUp();
        gateway.emit(container("create", "a", 11));
        clock.set(T0.plusSeconds(12));
        gateway.goDown();
        clock.set(T0.plusSeconds(13));
        gateway.goDown(); // a retry that failed too
        clock.set(T0.plusSeconds(17));
        gateway.goUp();
        gateway.emit(container("create", "b", 14)); // what the engine still had, replayed by the gateway

        assertThat(actions(model.visibleItems())).containsExactly("a create", "gap", "b create");
        assertThat(model.visibleItems().get(1)).isEqualTo(new FeedEntry.Gap(T0.plusSeconds(12), T0.plusSeconds(17)));
        assertThat(gateway.historyRequests()).hasSize(1); // the opening replay only
    }

    @Test
    void aReconnectWithoutADownInBetweenStillMarksTheGapFromTheLastEvent() {
        model.open();
        gateway.goUp();
        gateway.emit(container("create", "a", 11));
        clock.set(T0.plusSeconds(15));
        gateway.goUp();

        assertThat(model.visibleItems().get(1)).isEqualTo(new FeedEntry.Gap(T0.plusSeconds(11), T0.plusSeconds(15)));
    }

    @Test
    void pauseKeepsCollectingAndCountsWhatWaitsUntilResume() {
        model.open();
        gateway.goUp();
        gateway.emit(container("create", "a", 11));
        model.pausedProperty().set(true);
        gateway.emit(container("start", "a", 12));
        gateway.emit(container("die", "a", 13));

        assertThat(model.waitingProperty().get()).isEqualTo(2);
        assertThat(actions(model.visibleItems())).containsExactly("a create");
        model.pausedProperty().set(false);
        assertThat(actions(model.visibleItems())).containsExactly("a create", "a start", "a die");
        assertThat(model.waitingProperty().get()).isZero();
    }

    @Test
    void filtersApplyAsTheyAreTyped() {
        model.open();
        gateway.goUp();
        gateway.emit(container("create", "web", 11));
        gateway.emit(event("network", "create", "n1", 12, Map.of("name", "front")));
        gateway.emit(container("create", "db", 13));

        model.typeFilterProperty().set("container");
        assertThat(actions(model.visibleItems())).containsExactly("web create", "db create");
        model.textFilterProperty().set("w");
        assertThat(actions(model.visibleItems())).containsExactly("web create");
        model.typeFilterProperty().set(null);
        model.textFilterProperty().set("");
        model.actionFilterProperty().set("cr");
        assertThat(model.visibleItems()).hasSize(3);
    }

    @Test
    void exportWritesTheVisibleRowsInViewOrder(@TempDir Path dir) throws Exception {
        model.open();
        gateway.goUp();
        gateway.emit(container("create", "web", 11));
        gateway.emit(container("create", "db", 12));
        gateway.emit(container("start", "web", 13));
        model.textFilterProperty().set("web");
        Path file = dir.resolve("events.jsonl");

        assertThat(model.export(file, EventExport.Format.JSON_LINES).join()).isEqualTo(2);

        assertThat(Files.readAllLines(file)).containsExactly(EventExport.jsonLine(model.visibleItems().get(0)),
                EventExport.jsonLine(model.visibleItems().get(1)));
    }

    @Test
    void aFailedExportSaysWhyAndWhatToDo(@TempDir Path dir) {
        Path file = dir.resolve("no-such-folder").resolve("events.csv");

        model.export(file, EventExport.Format.CSV).exceptionally(failure -> null).join();

        assertThat(model.notice().get().sentence()).startsWith("Could not write " + file);
        assertThat(model.notice().get().offeredAction()).contains("folder you can write to");
    }

    @Test
    void clearEmptiesTheFeedAndNewEventsKeepComing() {
        model.open();
        gateway.goUp();
        gateway.emit(container("create", "web", 11));
        model.clear();
        gateway.emit(container("start", "web", 12));

        assertThat(actions(model.visibleItems())).containsExactly("web start");
    }

    @Test
    void actorsThatStillExistCanBeShownInTheirSection() {
        model.showActor(container("start", "web", 0));
        model.showActor(event("image", "tag", "sha256:abc", 0, Map.of("name", "app:1")));
        model.showActor(event("network", "create", "n1", 0, Map.of("name", "front")));
        model.showActor(event("volume", "mount", "data", 0, Map.of()));
        model.showActor(container("destroy", "gone", 0));
        model.showActor(event("daemon", "reload", "d", 0, Map.of()));

        assertThat(shown).containsExactly("container web-id", "image sha256:abc", "network n1", "volume data");
        assertThat(model.canShowActor(container("destroy", "gone", 0))).isFalse();
    }

    @Test
    void aContainerNetworkOrVolumeRemovedLaterNoLongerLinksAndSaysSoIfFollowed() {
        model.open();
        gateway.goUp();
        DaemonEvent created = container("create", "web", 11);
        DaemonEvent network = event("network", "create", "n1", 11, Map.of("name", "front"));
        DaemonEvent volume = event("volume", "create", "data", 11, Map.of());
        gateway.emit(created);
        gateway.emit(network);
        gateway.emit(volume);
        assertThat(model.canShowActor(created)).isTrue();

        gateway.emit(container("destroy", "web", 12));
        gateway.emit(event("network", "destroy", "n1", 12, Map.of("name", "front")));
        gateway.emit(event("volume", "destroy", "data", 12, Map.of()));
        assertThat(model.canShowActor(created)).isFalse();
        assertThat(model.canShowActor(network)).isFalse();
        assertThat(model.canShowActor(volume)).isFalse();
        model.showActor(created);
        assertThat(shown).isEmpty();
        assertThat(model.notice().get().sentence()).isEqualTo("The container web was removed since: there is "
                + "nothing to show.");

        gateway.emit(event("volume", "create", "data", 13, Map.of())); // the same name made again
        assertThat(model.canShowActor(volume)).isTrue();
    }

    @Test
    void theReplaySaysWhatIsGoneToo() {
        CompletableFuture<List<DaemonEvent>> history = new CompletableFuture<>();
        gateway.setEventHistory(history);
        model.open();
        gateway.goUp();
        DaemonEvent created = container("create", "web", 7);

        history.complete(List.of(created, container("destroy", "web", 8)));

        assertThat(model.canShowActor(created)).isFalse();
    }

    @Test
    void closeStopsListening() {
        model.open();
        gateway.goUp();
        model.close();
        gateway.emit(container("create", "web", 11));

        assertThat(model.visibleItems()).isEmpty();
    }

    private final class RecordingNavigator implements Navigator {
        @Override
        public void show(Kind kind, String idOrName) {
            shown.add(kind.name().toLowerCase(Locale.ROOT) + " " + idOrName);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant next) {
            now = next;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
