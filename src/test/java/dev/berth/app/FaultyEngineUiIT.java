package dev.berth.app;

import atlantafx.base.controls.Message;
import dev.berth.testing.ProxyFaults;
import dev.berth.testing.TestEngine;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static dev.berth.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The window with the engine behind a proxy that turns slow, refusing or mute: the window keeps answering, a failure
 * is a sentence with a way out, a button under way cannot fire twice (the proxy counts what reached the engine),
 * nothing is left half-done (checked through the engine), and the window comes back by itself with the engine.
 */
@BerthUiIT.BehindProxy
class FaultyEngineUiIT extends BerthUiIT {
    private static final String STOP = "/containers/[^/]+/stop";

    @AfterEach
    void engineBehavesAgain() {
        faults().clear();
    }

    private static ProxyFaults faults() {
        return proxy.faults();
    }

    @Test
    void aStopTheEngineRefusesShowsProgressReachesItOnceAndLeavesTheContainerRunning() {
        String name = TestEngine.uniqueName("ui-refused");
        String id = engine.runContainer(name);
        awaitRow(name);
        selectRow(name, name);
        faults().delayEveryCall(Duration.ofSeconds(2));
        faults().refuse("POST", STOP, 500, "cannot stop container: the engine is overloaded");

        robot.clickOn("#container-stop");
        Button stop = robot.lookup("#container-stop").queryButton();
        assertThat(onFx(stop::isDisabled)).as("the Stop button while the stop is under way").isTrue();
        assertThat(badgeTextOf(name)).isEqualTo("Stopping…");
        robot.clickOn("#container-kill"); // disabled too: the row is busy

        await().atMost(Duration.ofSeconds(15)).until(() -> shownNotice().isPresent());
        Message notice = shownNotice().orElseThrow();
        assertThat(onFx(notice::getTitle)).contains("stop container").contains("the engine is overloaded");
        assertThat(onFx(notice::getDescription)).contains("Try again");
        assertThat(engine.isRunning(id)).as("the container after the refused stop").isTrue();
        assertThat(faults().count("POST", STOP)).as("stop requests that reached the engine").isEqualTo(1);
        assertThat(faults().count("POST", "/containers/[^/]+/kill")).isZero();
        await().atMost(Duration.ofSeconds(5)).until(() -> !onFx(stop::isDisabled));

        Button retry = robot.from(notice).lookup("#notice-retry").queryButton();
        assertThat(onFx(() -> retry.isVisible() && retry.getText().equals("Retry"))).as("the refusal's Retry").isTrue();

        faults().clear();
        faults().delayEveryCall(Duration.ofSeconds(1));
        robot.clickOn(retry);
        assertThat(onFx(retry::isDisabled)).as("Retry while its stop is under way").isTrue();
        robot.clickOn(retry);
        await().atMost(Duration.ofSeconds(20)).until(() -> !engine.isRunning(id));
        await().atMost(Duration.ofSeconds(5)).until(() -> shownNotice().isEmpty());
        assertThat(faults().count("POST", STOP)).as("the stop and its one retry").isEqualTo(2);
    }

    @Test
    void whileTheEngineIsMuteTheWindowAnswersSaysSoAndComesBackByItself() {
        String name = TestEngine.uniqueName("ui-mute");
        engine.runContainer(name);
        awaitRow(name);

        faults().muteEngine(true);
        selectRow(name, name); // its details ask the engine, which does not answer
        robot.clickOn("#nav-images");
        assertThat(onFx(() -> robot.lookup("#nav-images").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected())).as("the window answers a click while the engine is mute").isTrue();
        robot.clickOn("#nav-containers");
        await().atMost(Duration.ofSeconds(20)).until(() -> summary().startsWith("Not connected"));
        String during = TestEngine.uniqueName("ui-made-while-mute");
        engine.createContainer(during, "true");

        faults().muteEngine(false);
        await().atMost(Duration.ofSeconds(20)).until(() -> summary().startsWith("Docker "));
        robot.interact(() -> robot.lookup("#container-search").queryTextInputControl().clear());
        awaitRow(during);
    }

    private String summary() {
        return onFx(() -> robot.lookup("#engine-summary").queryAs(Labeled.class).getText());
    }

    /** The notice banner shown in the Containers section, if one is. */
    private Optional<Message> shownNotice() {
        return onFx(() -> robot.lookup("#notice-banner").match(Node::isVisible).tryQueryAs(Message.class));
    }
}
