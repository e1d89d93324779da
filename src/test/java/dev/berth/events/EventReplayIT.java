package dev.berth.events;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.berth.daemon.ConnectionState;
import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.EngineEndpoint;
import dev.berth.testing.EngineProxy;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Replays against the real engine: the feed opens with the events of the last minutes, and after the connection is
 * cut (by a proxy in front of the engine) and comes back, it shows a gap marker followed by the events the engine
 * still had from the gap, each exactly once.
 */
@ExtendWith(EngineRequired.class)
class EventReplayIT {
    private static final Map<String, String> LABELS = Map.of(TestEngine.TEST_LABEL, "true");

    private TestEngine engine;
    private EngineProxy proxy;
    private FeedHarness feed;
    private final String run = "berth-test-replay-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> volumes = new ArrayList<>();

    @BeforeEach
    void startProxy() throws Exception {
        engine = TestEngine.connect();
        proxy = new EngineProxy(Path.of(URI.create(TestEngine.HOST).getPath()));
        proxy.start();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (feed != null) {
            feed.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (engine == null) {
            return; // the set-up stopped before the engine: nothing was made
        }
        for (String volume : volumes) {
            try {
                engine.client().removeVolumeCmd(volume).exec();
            } catch (NotFoundException gone) {
                // removed by the test itself
            }
        }
        engine.close();
    }

    /** A labelled volume made and removed at once: two events, "create" and "destroy", named after it. */
    private void volumeComesAndGoes(String name) {
        volumes.add(name);
        engine.client().createVolumeCmd().withName(name).withLabels(LABELS).exec();
        engine.client().removeVolumeCmd(name).exec();
    }

    @Test
    void opensWithTheRecentEventsAndAfterACutShowsAGapThenTheMissedEventsOnce() throws Exception {
        volumeComesAndGoes(run + "-before-open");
        EngineEndpoint viaProxy = new EngineEndpoint(proxy.host(), "test proxy", null);
        feed = new FeedHarness(viaProxy, EventFeed.DEFAULT_CAPACITY).open();
        feed.filterText(run);
        await().atMost(Duration.ofSeconds(10)).until(() -> feed.events().size() == 2);
        volumeComesAndGoes(run + "-live");
        await().atMost(Duration.ofSeconds(10)).until(() -> feed.events().size() == 4);

        proxy.stop();
        await().atMost(Duration.ofSeconds(10)).until(() -> feed.gateway.connectionState().status()
                == ConnectionState.Status.DOWN);
        volumeComesAndGoes(run + "-during");
        proxy.start();
        await().atMost(Duration.ofSeconds(15)).until(() -> feed.gateway.connectionState().isUp());
        volumeComesAndGoes(run + "-after");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(rows()).containsExactly(
                "volume create " + run + "-before-open", "volume destroy " + run + "-before-open",
                "volume create " + run + "-live", "volume destroy " + run + "-live",
                "gap",
                "volume create " + run + "-during", "volume destroy " + run + "-during",
                "volume create " + run + "-after", "volume destroy " + run + "-after"));
        FeedEntry.Gap gap = (FeedEntry.Gap) feed.rows().get(4);
        DaemonEvent lastBefore = feed.events().get(3);
        assertThat(gap.from()).isAfterOrEqualTo(lastBefore.time().minusSeconds(1));
        assertThat(gap.until()).isAfter(gap.from());
    }

    private List<String> rows() {
        return feed.rows().stream().map(row -> row instanceof FeedEntry.Event event ? event.event().type() + " "
                + event.event().action() + " " + event.event().actorId() : "gap").toList();
    }
}
