package dev.berth.app;

import dev.berth.events.FeedItem;
import dev.berth.testing.TestEngine;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Events section in the real window against the real engine: what the test does to a container shows up live,
 * the search narrows the feed as it is typed, pause holds rows back while counting them, and the actor's link opens
 * the container in the Containers section.
 */
class EventsUiIT extends BerthUiTest {

    @SuppressWarnings("unchecked")
    private TableView<FeedItem> events() {
        return robot.lookup("#events-table").queryAs(TableView.class);
    }

    private List<String> shownActions() {
        return onFx(() -> events().getItems().stream().map(item -> item instanceof FeedItem.Event event
                ? event.event().action() : "gap").toList());
    }

    @Test
    void theFeedShowsWhatHappensFiltersAsTypedPausesAndLinksToTheContainer() {
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT5).release(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#events-table").tryQuery().isPresent());
        String name = TestEngine.uniqueName("ui-events");
        String id = engine.runContainer(name);

        robot.clickOn("#events-search").write(name);
        await().atMost(Duration.ofSeconds(10)).until(() -> shownActions().containsAll(List.of("create", "start")));
        assertThat(onFx(() -> events().getItems().stream().allMatch(item -> item instanceof FeedItem.Event event
                && event.event().actorId().equals(id)))).isTrue();

        robot.clickOn("#events-pause");
        engine.client().killContainerCmd(id).exec();
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> robot.lookup("#events-waiting")
                .queryLabeled().getText()).matches("[1-9]\\d* waiting"));
        assertThat(shownActions()).doesNotContain("kill");
        robot.clickOn("#events-pause");
        await().atMost(Duration.ofSeconds(10)).until(() -> shownActions().containsAll(List.of("kill", "die")));

        TableRow<?> createRow = robot.lookup(".table-row-cell").match((TableRow<?> row) -> row.getItem()
                instanceof FeedItem.Event event && event.event().action().equals("create")).queryAs(TableRow.class);
        robot.clickOn(robot.from(createRow).lookup(".actor-link").queryAs(Hyperlink.class));

        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> {
            var selected = table().getSelectionModel().getSelectedItem();
            return selected != null && selected.id().equals(id);
        }));
    }
}
