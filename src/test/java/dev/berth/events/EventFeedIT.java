package dev.berth.events;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.berth.daemon.DaemonEvent;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The feed against the real engine: what the test does to containers, networks, volumes and images shows up in the
 * feed in order with the right types and actions; the filters narrow it; an export holds exactly the rows shown.
 */
@ExtendWith(EngineRequired.class)
class EventFeedIT {
    private static final Map<String, String> LABELS = Map.of(TestEngine.TEST_LABEL, "true");

    private TestEngine engine;
    private FeedHarness feed;
    private final String run = "berth-test-ev-" + UUID.randomUUID().toString().substring(0, 8);
    private final String tag = "berth-test/" + run + ":1";

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
        quietly(() -> engine.client().removeNetworkCmd(run + "-net").exec());
        quietly(() -> engine.client().removeVolumeCmd(run + "-vol").exec());
        quietly(() -> engine.client().removeImageCmd(tag).exec());
        engine.close();
    }

    private static void quietly(Runnable removal) {
        try {
            removal.run();
        } catch (NotFoundException alreadyGone) {
            // the test removed it itself
        }
    }

    @Test
    void aScriptedSequenceAppearsInOrderAndFiltersAndExportFollowWhatIsShown(@TempDir Path dir) throws Exception {
        String container = engine.createContainer(run + "-box", TestEngine.IDLE);
        engine.client().startContainerCmd(container).exec();
        engine.client().stopContainerCmd(container).withTimeout(5).exec();
        engine.client().removeContainerCmd(container).exec();
        String network = engine.client().createNetworkCmd().withName(run + "-net").withLabels(LABELS).exec().getId();
        engine.client().removeNetworkCmd(network).exec();
        engine.client().createVolumeCmd().withName(run + "-vol").withLabels(LABELS).exec();
        engine.client().removeVolumeCmd(run + "-vol").exec();
        engine.client().tagImageCmd(TestEngine.IMAGE, tag.substring(0, tag.indexOf(':')), "1").exec();
        engine.client().removeImageCmd(tag).exec();
        List<String> expected = List.of("container create", "container start", "container kill", "container die",
                "container stop", "container destroy", "network create", "network destroy", "volume create",
                "volume destroy", "image tag"); // the engine names an untag by the image id alone: the filter hides it

        feed.filterText(run);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(feed.events())
                .extracting(EventFeedIT::typeAndAction).containsExactlyElementsOf(expected));
        assertThat(feed.events().get(0).actorId()).isEqualTo(container);
        assertThat(feed.events().get(3).attributes()).containsEntry("exitCode", "0");

        feed.onUi(() -> {
            feed.model.typeFilterProperty().set("network");
            return null;
        });
        assertThat(feed.events()).extracting(EventFeedIT::typeAndAction)
                .containsExactly("network create", "network destroy");
        assertThat(feed.events().get(0).actorId()).isEqualTo(network);
        feed.onUi(() -> {
            feed.model.typeFilterProperty().set(null);
            feed.model.actionFilterProperty().set("destroy");
            return null;
        });
        assertThat(feed.events()).extracting(EventFeedIT::typeAndAction)
                .containsExactly("container destroy", "network destroy", "volume destroy");

        List<FeedEntry> shown = feed.rows();
        Path csv = dir.resolve("events.csv");
        Path jsonl = dir.resolve("events.jsonl");
        assertThat(feed.onUi(() -> feed.model.export(csv, EventExport.Format.CSV)).join()).isEqualTo(3);
        assertThat(feed.onUi(() -> feed.model.export(jsonl, EventExport.Format.JSON_LINES)).join()).isEqualTo(3);
        assertThat(Files.readString(csv)).isEqualTo(EventExport.CSV_HEADER + "\r\n"
                + String.join("\r\n", shown.stream().map(EventExport::csvRow).toList()) + "\r\n");
        assertThat(Files.readAllLines(jsonl)).containsExactlyElementsOf(shown.stream().map(EventExport::jsonLine)
                .toList());
        assertThat(Files.readAllLines(jsonl).get(2)).contains("\"type\":\"volume\"", "\"action\":\"destroy\"",
                "\"actorId\":\"" + run + "-vol\"");
    }

    private static String typeAndAction(DaemonEvent event) {
        return event.type() + " " + event.action();
    }
}
