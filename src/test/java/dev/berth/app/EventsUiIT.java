package dev.berth.app;

import dev.berth.events.FeedEntry;
import dev.berth.events.NotificationKind;
import dev.berth.events.NotificationSettings;
import dev.berth.testing.TestEngine;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static dev.berth.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Events section in the real window against the real engine: what the test does to a container shows up live,
 * the search narrows the feed as it is typed, pause holds rows back while counting them, and the actor's link (or
 * Enter on a row clicked) opens the container in the Containers section, until the container is removed.
 */
class EventsUiIT extends BerthUiIT {

    @SuppressWarnings("unchecked")
    private TableView<FeedEntry> events() {
        return robot.lookup("#events-table").queryAs(TableView.class);
    }

    private List<String> shownActions() {
        return onFx(() -> events().getItems().stream().map(item -> item instanceof FeedEntry.Event event
                ? event.event().action() : "gap").toList());
    }

    private void openEventsUnfiltered() {
        robot.clickOn("#nav-events");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#events-table").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#events-search").queryTextInputControl().clear());
    }

    /** Runs before the base class clears the containers' search, which needs the Containers section shown. */
    @AfterEach
    void backToContainers() {
        robot.clickOn("#nav-containers");
    }

    private TableRow<?> edgeRow(boolean first) {
        return onFx(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) events().lookup(".virtual-flow");
            return (TableRow<?>) (first ? flow.getFirstVisibleCell() : flow.getLastVisibleCell());
        });
    }

    private void burstAndWait(String prefix, int containers) throws Exception {
        engine.createAndRemoveContainers(prefix, containers);
        await().atMost(Duration.ofSeconds(20)).until(() -> onFx(() -> events().getItems().stream()
                .filter(item -> item instanceof FeedEntry.Event event && event.event().actorName().startsWith(prefix))
                .count()) == 2L * containers);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void arrivingRowsKeepTheReadersPlaceAndScrollAlongOnlyAtTheNewestEnd() throws Exception {
        openEventsUnfiltered();
        String run = TestEngine.uniqueName("ui-scroll");
        robot.interact(() -> robot.lookup("#events-search").queryTextInputControl().setText(run)); // only ours
        burstAndWait(run + "-fill", 30);
        ScrollBar bar = onFx(() -> events().lookupAll(".scroll-bar").stream().map(node -> (ScrollBar) node)
                .filter(node -> node.getOrientation() == Orientation.VERTICAL).findFirst().orElseThrow());
        Bounds track = onFx(() -> bar.localToScreen(bar.getLayoutBounds()));
        robot.clickOn(new Point2D(track.getCenterX(), track.getMinY() + track.getHeight() / 4)); // a page up
        WaitForAsyncUtils.waitForFxEvents();
        Object top = edgeRow(true).getItem();

        burstAndWait(run + "-more", 5);
        Object nowOnTop = edgeRow(true).getItem();
        int moved = onFx(() -> events().getItems().indexOf(nowOnTop) - events().getItems().indexOf(top));
        assertThat(moved).as("rows the view moved while new ones arrived below (a partly shown top row may "
                + "count as one)").isBetween(-1, 1);

        robot.interact(() -> events().scrollTo(events().getItems().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        burstAndWait(run + "-end", 5);
        await().atMost(Duration.ofSeconds(2)).until(this::newestRowFullyShown);
    }

    /** The newest row is the last one shown, and not cut off by the table's bottom edge. */
    private boolean newestRowFullyShown() {
        return onFx(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) events().lookup(".virtual-flow");
            IndexedCell<?> last = flow.getLastVisibleCell();
            Node viewport = flow.lookup(".clipped-container");
            return last != null && last.getIndex() == events().getItems().size() - 1
                    && last.localToScene(last.getLayoutBounds()).getMaxY()
                    <= viewport.localToScene(viewport.getLayoutBounds()).getMaxY() + 0.5;
        });
    }

    /** The "Show" buttons of the notices on screen. */
    private Set<Node> showActions() {
        return robot.lookup(".popup").lookup("Show").queryAll();
    }

    @Test
    void aContainerThatFailsIsNotifiedOnceTurnedOnAndTheNoticeShowsIt() {
        openEventsUnfiltered();
        robot.clickOn("#events-notify");
        robot.clickOn(NotificationKind.CONTAINER_FAILED.setting);
        try {
            assertThat(new NotificationSettings(notificationPrefs()).isEnabled(NotificationKind.CONTAINER_FAILED))
                    .isTrue();
            String name = TestEngine.uniqueName("ui-fails");
            String id = engine.createContainer(name, "sh", "-c", "exit 3");
            engine.client().startContainerCmd(id).exec();

            await().atMost(Duration.ofSeconds(15)).until(() -> robot.lookup(name + " exited with code 3")
                    .tryQuery().isPresent());
            await().atMost(Duration.ofSeconds(5)).until(() -> !showActions().isEmpty());
            robot.clickOn("#events-search").type(KeyCode.ENTER); // the notice does not take the window's keys
            assertThat(robot.lookup("#events-table").tryQuery()).as("still in Events").isPresent();
            robot.clickOn(showActions().iterator().next());
            await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> {
                var selected = table().getSelectionModel().getSelectedItem();
                return selected != null && selected.id().equals(id);
            }));
        } finally {
            notificationsOff();
        }
    }

    @Test
    void theFeedShowsWhatHappensFiltersAsTypedPausesAndLinksToTheContainer() {
        openEventsUnfiltered();
        String name = TestEngine.uniqueName("ui-events");
        String id = engine.runContainer(name);

        robot.clickOn("#events-search").write(name);
        await().atMost(Duration.ofSeconds(10)).until(() -> shownActions().containsAll(List.of("create", "start")));
        assertThat(onFx(() -> events().getItems().stream().allMatch(item -> item instanceof FeedEntry.Event event
                && event.event().actorId().equals(id)))).isTrue();

        robot.clickOn("#events-pause");
        engine.client().killContainerCmd(id).exec();
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> robot.lookup("#events-waiting")
                .queryLabeled().getText()).matches("[1-9]\\d* waiting"));
        assertThat(shownActions()).doesNotContain("kill");
        robot.clickOn("#events-pause");
        await().atMost(Duration.ofSeconds(10)).until(() -> shownActions().containsAll(List.of("kill", "die")));

        TableRow<?> createRow = feedRow("create");
        Bounds rowBounds = onFx(() -> createRow.localToScreen(createRow.getLayoutBounds()));
        robot.clickOn(new Point2D(rowBounds.getMinX() + 40, rowBounds.getCenterY())); // on its time, not its link
        assertThat(onFx(() -> events().getSelectionModel().getSelectedItem())).as("the row clicked")
                .isSameAs(onFx(createRow::getItem));
        robot.type(KeyCode.ENTER);
        awaitContainerShown(id);

        robot.clickOn("#nav-events");
        robot.clickOn(robot.from(feedRow("start")).lookup(".actor-link").match(Node::isVisible).queryAs(Node.class));
        awaitContainerShown(id);

        robot.clickOn("#nav-events");
        engine.client().removeContainerCmd(id).withForce(true).exec();
        await().atMost(Duration.ofSeconds(10)).until(() -> shownActions().contains("destroy"));
        await().atMost(Duration.ofSeconds(5)).until(() -> robot.from(feedRow("create")).lookup(".actor-link")
                .match(Node::isVisible).tryQuery().isEmpty()); // a row in view that linked to it
    }

    /** The feed's row on screen for the (only) event with this action. */
    private TableRow<?> feedRow(String action) {
        await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup(".table-row-cell").match((TableRow<?> row)
                -> row.getItem() instanceof FeedEntry.Event event && event.event().action().equals(action))
                .tryQuery().isPresent());
        return robot.lookup(".table-row-cell").match((TableRow<?> row) -> row.getItem()
                instanceof FeedEntry.Event event && event.event().action().equals(action)).queryAs(TableRow.class);
    }

    private void awaitContainerShown(String id) {
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> {
            var selected = table().getSelectionModel().getSelectedItem();
            return selected != null && selected.id().equals(id);
        }));
        robot.interact(() -> table().getSelectionModel().clearSelection());
    }
}
