package dev.berth.events;

import dev.berth.daemon.DaemonEvent;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A burst of 1,000 events (500 containers created and removed as fast as the engine goes) reaches the feed without
 * loss: every create and every destroy the test caused is in the feed, once. How the FX thread copes with such a
 * burst is measured by EventBurstBenchmark, not asserted here.
 */
@ExtendWith(EngineRequired.class)
class EventBurstIT {
    static final int CONTAINERS = 500;

    private TestEngine engine;
    private FeedHarness feed;
    private final String run = "berth-test-burst-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void connect() {
        engine = TestEngine.connect();
        feed = new FeedHarness(TestEngine.endpoint(), EventFeed.DEFAULT_CAPACITY).open();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (feed != null) {
            feed.close();
        }
        if (engine == null) {
            return; // the set-up stopped before the engine: nothing was made
        }
        engine.labelledContainers().stream()
                .filter(container -> List.of(container.getNames()).stream().anyMatch(name -> name.contains(run)))
                .forEach(container -> engine.removeQuietly(container.getId()));
        engine.close();
    }

    @Test
    void aThousandEventsReachTheFeedWithoutLoss() throws Exception {
        int made = engine.createAndRemoveContainers(run, CONTAINERS);

        feed.filterText(run);
        await().atMost(Duration.ofSeconds(30)).until(() -> feed.events().size() >= 2 * made);
        List<DaemonEvent> events = feed.events();
        assertThat(made).isEqualTo(CONTAINERS);
        assertThat(events).hasSize(2 * CONTAINERS);
        assertThat(events.stream().filter(event -> event.action().equals("create"))).hasSize(CONTAINERS);
        assertThat(events.stream().filter(event -> event.action().equals("destroy"))).hasSize(CONTAINERS);
        assertThat(events.stream().map(DaemonEvent::actorId).distinct()).hasSize(CONTAINERS);
    }
}
