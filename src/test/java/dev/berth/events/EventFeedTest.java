package dev.berth.events;

import dev.berth.daemon.DaemonEvent;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.berth.events.EventsFixtures.T0;
import static dev.berth.events.EventsFixtures.container;
import static dev.berth.events.EventsFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

class EventFeedTest {

    private static List<FeedEntry> items(DaemonEvent... events) {
        return Arrays.stream(events).<FeedEntry>map(FeedEntry.Event::new).toList();
    }

    private static List<String> actions(List<FeedEntry> rows) {
        return rows.stream().map(row -> row instanceof FeedEntry.Event event ? event.event().action() : "gap")
                .toList();
    }

    @Test
    void keepsArrivalOrderAndEachEventOnce() {
        EventFeed feed = new EventFeed(100);
        DaemonEvent create = container("create", "web", 0);

        feed.append(items(create, container("start", "web", 1)));
        feed.append(items(create, container("die", "web", 2)));

        assertThat(actions(feed.visible())).containsExactly("create", "start", "die");
        assertThat(feed.size()).isEqualTo(3);
    }

    @Test
    void dropsTheOldestBeyondItsCapacityAndCountsThem() {
        EventFeed feed = new EventFeed(3);
        feed.append(items(container("create", "a", 0), container("create", "b", 1)));
        feed.append(items(container("create", "c", 2), container("create", "d", 3), container("create", "e", 4)));

        assertThat(feed.visible()).extracting(row -> ((FeedEntry.Event) row).event().actorName())
                .containsExactly("c", "d", "e");
        assertThat(feed.dropped()).isEqualTo(2);
        feed.append(items(container("create", "a", 0))); // forgotten with its row: a replay may bring it back
        assertThat(feed.size()).isEqualTo(3);
    }

    @Test
    void oneBatchIsOneChangeForTheTable() {
        EventFeed feed = new EventFeed(2);
        feed.append(items(container("create", "a", 0), container("create", "b", 1)));
        List<ListChangeListener.Change<? extends FeedEntry>> changes = new ArrayList<>();
        feed.visible().addListener((ListChangeListener<FeedEntry>) changes::add);

        feed.append(items(container("create", "c", 2)));

        assertThat(changes).hasSize(1);
    }

    @Test
    void filtersNewArrivalsAndRefiltersWhenTheFilterChanges() {
        EventFeed feed = new EventFeed(100);
        feed.setFilter(new EventFilter("network", "", ""));
        feed.append(items(container("create", "web", 0), event("network", "create", "n1", 1, Map.of("name", "front")),
                event("network", "connect", "n1", 2, Map.of("name", "front", "container", "web-id"))));

        assertThat(actions(feed.visible())).containsExactly("create", "connect");
        feed.setFilter(new EventFilter(null, "conn", ""));
        assertThat(actions(feed.visible())).containsExactly("connect");
        feed.setFilter(EventFilter.NONE);
        assertThat(feed.visible()).hasSize(3);
    }

    @Test
    void aFullFeedDropsHiddenRowsWithoutTouchingTheVisibleOnes() {
        EventFeed feed = new EventFeed(2);
        feed.setFilter(new EventFilter("volume", "", ""));
        feed.append(items(container("create", "a", 0), event("volume", "create", "v1", 1, Map.of())));
        feed.append(items(container("create", "b", 2)));

        assertThat(actions(feed.visible())).containsExactly("create");
        feed.append(items(container("start", "b", 3)));
        assertThat(feed.visible()).isEmpty();
    }

    @Test
    void mergesTheReplayInTimeOrderWithoutDuplicates() {
        EventFeed feed = new EventFeed(100);
        DaemonEvent live = container("start", "web", 5);
        feed.append(items(live));

        feed.mergeHistory(List.of(new FeedEntry.Event(container("create", "web", 1)),
                new FeedEntry.Event(container("die", "old", 3)), new FeedEntry.Event(live)));

        assertThat(actions(feed.visible())).containsExactly("create", "die", "start");
    }

    @Test
    void aGapRightAfterAnotherWidensIt() {
        EventFeed feed = new EventFeed(100);
        feed.append(items(container("create", "web", 1)));
        feed.append(List.of(new FeedEntry.Gap(T0.plusSeconds(4), T0.plusSeconds(9))));
        feed.append(List.of(new FeedEntry.Gap(T0.plusSeconds(5), T0.plusSeconds(12))));
        feed.append(items(container("start", "web", 13)));

        assertThat(actions(feed.visible())).containsExactly("create", "gap", "start");
        assertThat(feed.visible().get(1)).isEqualTo(new FeedEntry.Gap(T0.plusSeconds(4), T0.plusSeconds(12)));
    }

    @Test
    void aGapGoesBeforeTheReplayedEventsThatOvertookIt() {
        EventFeed feed = new EventFeed(100);
        feed.append(items(container("create", "a", 0), container("create", "b", 6)));

        feed.append(List.of(new FeedEntry.Gap(T0.plusSeconds(4), T0.plusSeconds(9))));

        assertThat(actions(feed.visible())).containsExactly("create", "gap", "create");
    }

    @Test
    void keepsTheActionsSeenForTheActionFilter() {
        EventFeed feed = new EventFeed(100);
        feed.append(items(container("start", "a", 0), container("create", "a", 1),
                container("exec_start: sh -c ls", "a", 2), container("start", "b", 3)));

        assertThat(feed.actions()).containsExactly("create", "exec_start", "start");
    }

    @Test
    void clearEmptiesTheFeed() {
        EventFeed feed = new EventFeed(100);
        feed.append(items(container("create", "a", 0)));
        feed.clear();
        assertThat(feed.visible()).isEmpty();
        assertThat(feed.size()).isZero();
    }
}
