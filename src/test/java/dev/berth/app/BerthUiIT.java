package dev.berth.app;

import dev.berth.containers.ContainerRow;
import dev.berth.daemon.DockerEngineGateway;
import dev.berth.daemon.EngineEndpoint;
import dev.berth.events.NotificationKind;
import dev.berth.events.NotificationSettings;
import dev.berth.testing.EngineProxy;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

import static dev.berth.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real Berth window (headless Monocle) against the real engine, for end-to-end tests that check their results
 * through the engine. One window per test class; a class marked {@link BehindProxy} has its window talk to the engine
 * through {@link #proxy}.
 */
@ExtendWith(EngineRequired.class)
abstract class BerthUiIT {
    static TestEngine engine;
    /** Between the window and the engine, for the classes marked {@link BehindProxy}; else null. */
    static EngineProxy proxy;
    private static Application app;
    final FxRobot robot = new FxRobot();

    /** The window of this test class talks to the engine through an {@link EngineProxy}, {@link #proxy}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface BehindProxy {
    }

    @BeforeAll
    static void launch(TestInfo test) throws Exception {
        // Settings of this class's own (last section, window, notifications), so every class starts in Containers
        // whatever another run on this machine left open; removed again in shutDown().
        System.setProperty("berth.settings.node", "dev/berth-ui-test/" + UUID.randomUUID());
        engine = TestEngine.connect();
        notificationsOff(); // pop-ups about other runs' containers on the shared engine would cover the window
        if (test.getTestClass().map(type -> type.isAnnotationPresent(BehindProxy.class)).orElse(false)) {
            proxy = new EngineProxy(Path.of(URI.create(TestEngine.HOST).getPath()));
            proxy.start();
            EngineEndpoint viaProxy = new EngineEndpoint(proxy.host(), "test proxy", null);
            DockerEngineGateway gateway = new DockerEngineGateway(() -> viaProxy, viaProxy);
            gateway.start();
            EarlyStart.begin(gateway);
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(BerthApp.class);
    }

    /** The notification settings of the window under test (see Settings: the tests' own preferences node). */
    static Preferences notificationPrefs() {
        return Preferences.userRoot().node(System.getProperty("berth.settings.node", "dev/berth") + "/notifications");
    }

    static void notificationsOff() {
        for (NotificationKind kind : NotificationKind.values()) {
            new NotificationSettings(notificationPrefs()).setEnabled(kind, false);
        }
    }

    @AfterAll
    static void shutDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
        Preferences.userRoot().node(System.getProperty("berth.settings.node")).removeNode();
        if (engine != null) {
            engine.close();
        }
    }

    @AfterEach
    void clearSearchAndContainers() {
        engine.removeCreated();
        robot.interact(() -> robot.lookup("#container-search").queryTextInputControl().clear());
    }

    TableView<ContainerRow> table() {
        return robot.lookup("#containers-table").queryTableView();
    }

    ContainerRow rowNamed(String name) {
        return onFx(() -> table().getItems().stream().filter(row -> row.name().equals(name)).findFirst()
                .orElse(null));
    }

    void awaitRow(String name) {
        await().atMost(Duration.ofSeconds(10)).until(() -> rowNamed(name) != null);
    }

    TableRow<?> tableRowOf(String name) {
        ContainerRow row = rowNamed(name);
        return robot.lookup(".table-row-cell").match((TableRow<?> cell) -> cell.getItem() == row)
                .queryAs(TableRow.class);
    }

    /** Narrows the table to the containers matching {@code search}, then clicks the row of {@code name}. */
    void selectRow(String search, String name) {
        robot.interact(() -> robot.lookup("#container-search").queryTextInputControl().setText(search));
        ContainerRow row = rowNamed(name);
        robot.clickOn(tableRowOf(name));
        assertThat(onFx(() -> table().getSelectionModel().getSelectedItem())).isSameAs(row);
    }

    /**
     * Nothing of a dialog reaches past its window's right edge: not its content, its buttons, its command line, its
     * notice, nor the nodes {@code alsoThese} selects (such as the rows of a list).
     */
    void assertWithinItsWindow(DialogPane pane, String... alsoThese) {
        robot.interact(() -> pane.getScene().getRoot().layout());
        double windowWidth = onFx(() -> pane.getScene().getWidth());
        List<Node> parts = onFx(() -> {
            List<Node> all = new ArrayList<>(List.of(pane, pane.getContent()));
            pane.getButtonTypes().forEach(type -> all.add(pane.lookupButton(type)));
            for (String selector : Stream.concat(Stream.of(".command-line", "#notice-banner"), Stream.of(alsoThese))
                    .toList()) {
                all.addAll(pane.lookupAll(selector));
            }
            return all.stream().filter(Node::isVisible).toList();
        });
        for (Node part : parts) {
            double right = onFx(() -> part.localToScene(part.getLayoutBounds()).getMaxX());
            assertThat(right).as("the right edge of %s in a window %s px wide", part, windowWidth)
                    .isLessThanOrEqualTo(windowWidth + 0.5);
        }
    }

    /** {@code node} and every node above it are visible (whether scrolled into view or not). */
    static boolean visibleInTree(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** What the state pill of the container's row reads on screen. */
    String badgeTextOf(String name) {
        return robot.from(tableRowOf(name)).lookup(".state-badge").queryLabeled().getText();
    }
}
