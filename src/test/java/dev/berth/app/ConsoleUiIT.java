package dev.berth.app;

import dev.berth.console.ConsoleTabs;
import dev.berth.console.ConsoleView;
import dev.berth.console.ConsoleViewModel;
import dev.berth.terminal.TerminalEmulator;
import dev.berth.terminal.view.TerminalView;
import dev.berth.testing.TestEngine;
import javafx.scene.input.KeyCode;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.berth.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console's terminal, driven through the window against the real engine: a shell, full-screen programs (vi,
 * top), the TTY's size, and attaching to a container's main process. Results are checked through the engine.
 */
class ConsoleUiIT extends BerthUiIT {
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private String openConsoleOnNewContainer(String prefix) {
        String name = TestEngine.uniqueName(prefix);
        String id = engine.runContainer(name);
        awaitRow(name);
        selectRow(name, name);
        robot.clickOn("#container-console");
        awaitRunning();
        return id;
    }

    private void awaitRunning() {
        await().atMost(PATIENCE).until(() -> onFx(() -> console().model().statusProperty().get())
                .startsWith("Running") || onFx(() -> console().model().statusProperty().get()).startsWith("Attached"));
        await("the prompt").atMost(PATIENCE).until(() -> attached() || onFx(this::screen).contains("/ #"));
    }

    private boolean attached() {
        return onFx(() -> console().model().kind() == ConsoleViewModel.Kind.ATTACH);
    }

    private ConsoleView console() {
        ConsoleTabs tabs = robot.lookup("#console-tabs").queryAs(ConsoleTabs.class);
        return (ConsoleView) tabs.getSelectionModel().getSelectedItem().getContent();
    }

    /** A row of the visible screen, as text. */
    private String screenRow(int row) {
        TerminalEmulator terminal = console().model().terminal();
        int line = terminal.scrollbackLines() + row;
        return terminal.text(line, 0, line, terminal.cols());
    }

    private String screen() {
        TerminalEmulator terminal = console().model().terminal();
        int top = terminal.scrollbackLines();
        return terminal.text(top, 0, top + terminal.rows() - 1, terminal.cols());
    }

    private void typeLine(String text) {
        robot.write(text).type(KeyCode.ENTER);
    }

    @Test
    void theShellRunsWhatIsTypedSurvivesSwitchingSectionsSaysHowItEndedAndEndsWithTheTab() throws Exception {
        String id = openConsoleOnNewContainer("ui-console");

        typeLine("echo hello-$((1+1)) $TERM");
        await().atMost(PATIENCE).until(() -> onFx(() -> console().model().text()).contains("hello-2 xterm-256color"));
        typeLine("seq 1 300");
        await().atMost(PATIENCE).until(() -> onFx(() -> console().model().text()).contains("\n300\n"));
        assertThat(onFx(() -> console().model().terminal().scrollbackLines())).isPositive();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL); // Images
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL); // back
        assertThat(onFx(() -> console().model().statusProperty().get())).startsWith("Running");
        robot.clickOn("#console-terminal");
        typeLine("sleep 100");
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        typeLine("echo after-$((2+3))");
        await().atMost(PATIENCE).until(() -> onFx(() -> console().model().text()).contains("after-5"));

        typeLine("exit 3");
        await().atMost(PATIENCE).until(() -> onFx(() -> tabs().getTabs().get(0).getText())
                .endsWith("(exited with code 3)"));
        robot.clickOn("#console-start");
        awaitRunning();
        String exec = engine.inspect(id).getExecIds().stream().filter(candidate -> Boolean.TRUE.equals(
                engine.client().inspectExecCmd(candidate).exec().isRunning())).findFirst().orElseThrow();

        robot.clickOn("#console-tabs .tab-close-button");
        await().atMost(PATIENCE).until(() -> !Boolean.TRUE.equals(
                engine.client().inspectExecCmd(exec).exec().isRunning()));
    }

    private ConsoleTabs tabs() {
        return robot.lookup("#console-tabs").queryAs(ConsoleTabs.class);
    }

    @Test
    void aViewScrolledBackStaysOnItsTextWhileOutputArrivesAndTypingBringsTheBottomBack() {
        openConsoleOnNewContainer("ui-scroll");
        TerminalView terminal = onFx(() -> console().terminal());
        typeLine("seq 1 300; sleep 3; echo later-$((6*7))");
        await().atMost(PATIENCE).until(() -> onFx(terminal::visibleText).contains("\n300\n"));

        robot.press(KeyCode.SHIFT, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.SHIFT);
        await().atMost(PATIENCE).until(() -> !onFx(terminal::visibleText).contains("\n300\n"));
        String shown = onFx(terminal::visibleText);
        await().atMost(PATIENCE).until(() -> onFx(() -> console().model().text()).contains("later-42"));
        assertThat(onFx(terminal::visibleText)).as("the scrolled-back view kept its text").isEqualTo(shown);

        robot.write("x");
        await().atMost(PATIENCE).until(() -> onFx(terminal::visibleText).contains("later-42"));
    }

    @Test
    void viEditsAFileAndSavesItWithWq() throws Exception {
        String id = openConsoleOnNewContainer("ui-vi");

        typeLine("vi /tmp/x.txt");
        await("vi shows its empty buffer").atMost(PATIENCE).until(() -> onFx(() -> screenRow(1)).startsWith("~"));
        robot.write("ihello world");
        robot.type(KeyCode.ENTER);
        robot.write("second line");
        robot.type(KeyCode.ESCAPE);
        await().atMost(PATIENCE).until(() -> onFx(() -> screenRow(0)).equals("hello world")
                && onFx(() -> screenRow(1)).equals("second line") && onFx(() -> screenRow(2)).startsWith("~"));
        typeLine(":wq");

        await().atMost(PATIENCE).until(() -> engine.exec(id, "cat", "/tmp/x.txt")
                .equals("hello world\nsecond line\n"));
        await("the shell's screen is back").atMost(PATIENCE)
                .until(() -> !onFx(() -> console().model().terminal().modes().alternateScreen()));
    }

    @Test
    void anIdleConsolePaintsNothingAndItsCursorStopsBlinkingWithoutTheFocus() {
        String name = TestEngine.uniqueName("ui-idle");
        engine.runContainer(name);
        awaitRow(name);
        selectRow(name, name);
        robot.clickOn("#container-console");
        awaitRunning();
        TerminalView terminal = onFx(() -> console().terminal());
        await("the cursor blinks in the focused console").atMost(PATIENCE).until(() -> onFx(terminal::timers).blinking());
        await("no frames between blinks").atMost(PATIENCE).until(() -> !onFx(terminal::timers).painting());
        // A blink is a frame or two every 530 ms; an animation would run the frame timer at every pulse (60 a
        // second). The window around the console may pulse for other reasons (an age turning, another container),
        // so the terminal's own frame timer is what is counted.
        long before = onFx(terminal::timers).framePulses();
        robot.sleep(2000);
        assertThat(onFx(terminal::timers).framePulses() - before).as("frame-timer pulses in 2 s of blinking").isBetween(1L, 20L);

        robot.clickOn(tableRowOf(name)); // the focus leaves the console

        await().atMost(PATIENCE).until(() -> !onFx(terminal::timers).blinking() && !onFx(terminal::timers).painting());
        robot.clickOn("#console-terminal");
        await().atMost(PATIENCE).until(() -> onFx(terminal::timers).blinking());
    }

    @Test
    void theEmptyConsoleTabOffersAShellInTheSelectedContainer() {
        String name = TestEngine.uniqueName("ui-offer");
        engine.runContainer(name);
        awaitRow(name);
        selectRow(name, name);
        onFx(() -> {
            TabPane dock = robot.lookup("#dock-tabs").queryAs(TabPane.class);
            dock.getSelectionModel().select(dock.getTabs().stream()
                    .filter(tab -> "dock-console".equals(tab.getId())).findFirst().orElseThrow());
            return null;
        });

        robot.clickOn("#dock-empty-console");

        awaitRunning();
        assertThat(onFx(() -> console().model().statusProperty().get())).contains(name);
    }

    @Test
    void topShowsItsHeaderInTheFirstRow() {
        openConsoleOnNewContainer("ui-top");

        typeLine("top");

        await().atMost(PATIENCE).until(() -> onFx(() -> screenRow(0)).startsWith("Mem:")
                && onFx(this::screen).contains("PID"));
        assertThat(onFx(this::screen)).as("one frame, not frames one under another").containsOnlyOnce("Mem:");
        robot.write("q");
        await().atMost(PATIENCE).until(() -> !onFx(() -> screenRow(0)).startsWith("Mem:"));
    }

    @Test
    void resizingThePaneTellsTheTtyItsNewSize() {
        openConsoleOnNewContainer("ui-stty");
        ConsoleViewModel model = onFx(() -> console().model());
        awaitTtySize(model);
        int rows = onFx(model::rows);

        SplitPane split = onFx(() -> enclosingSplitPane(console()));
        double divider = onFx(() -> split.getDividerPositions()[0]);
        robot.interact(() -> split.setDividerPositions(divider - 0.2));

        await("the console's grid follows the pane").atMost(PATIENCE).until(() -> onFx(model::rows) > rows);
        assertThat(onFx(() -> model.terminal().rows())).isEqualTo(onFx(model::rows));
        awaitTtySize(model);
        robot.interact(() -> split.setDividerPositions(divider));
    }

    /** Asks the TTY ({@code stty size}) until it tells the console's size: the resize is not waited for. */
    private void awaitTtySize(ConsoleViewModel model) {
        await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(2)).until(() -> {
            if (onFx(() -> screenRow(0)).equals(onFx(() -> model.rows() + " " + model.columns()))) {
                return true;
            }
            typeLine("clear; stty size");
            return false;
        });
    }

    private static SplitPane enclosingSplitPane(Node node) {
        Node parent = node.getParent();
        while (!(parent instanceof SplitPane)) {
            parent = parent.getParent();
        }
        return (SplitPane) parent;
    }

    @Test
    void attachJoinsTheMainProcessAndCtrlPCtrlQDetachesLeavingItRunning() {
        String name = TestEngine.uniqueName("ui-attach");
        String id = engine.runInteractiveContainer(name);
        awaitRow(name);
        selectRow(name, name);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        await().atMost(PATIENCE).until(() -> onFx(() -> console().model().statusProperty().get())
                .equals("Attached to " + name));
        assertThat(onFx(() -> console().model().cliLineProperty().get())).isEqualTo("docker attach " + name);

        typeLine("echo attached-$((1+2)) pid-$$");
        await().atMost(PATIENCE).until(() -> onFx(() -> console().model().text()).contains("attached-3 pid-1"));
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);

        await().atMost(PATIENCE).until(() -> onFx(() -> console().model().statusProperty().get())
                .equals("Detached: the container runs on"));
        assertThat(engine.isRunning(id)).isTrue();
        assertThat(onFx(() -> robot.lookup("#console-tabs").queryAs(ConsoleTabs.class).getTabs().stream()
                .map(tab -> tab.getText()).toList())).contains("⇄ " + name + " (detached: the container runs on)");
    }
}
