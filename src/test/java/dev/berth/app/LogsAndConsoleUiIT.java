package dev.berth.app;

import dev.berth.console.ConsoleTabs;
import dev.berth.console.ConsoleView;
import dev.berth.console.ConsoleViewModel;
import dev.berth.daemon.LogLine;
import dev.berth.logs.LogView;
import dev.berth.testing.TestEngine;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The log view and the console, driven through the window against the real engine. */
class LogsAndConsoleUiIT extends BerthUiTest {
    /** 60 numbered lines, every tenth followed by a "match" line, then the container idles. */
    private static final String[] PRINT_THEN_IDLE = {"sh", "-c", "trap 'exit 0' TERM; i=0; while [ $i -lt 60 ]; do "
            + "i=$((i+1)); echo \"line $i\"; [ $((i % 10)) = 0 ] && echo \"match $i\"; done; "
            + "while :; do sleep 1; done"};

    @TempDir
    Path folder;

    private LogView logView() {
        return robot.lookup((Node node) -> node instanceof LogView).queryAs(LogView.class);
    }

    private static List<String> dockerLogs(String id) throws IOException, InterruptedException {
        Process cli = new ProcessBuilder("docker", "logs", id).redirectErrorStream(true).start();
        byte[] out = cli.getInputStream().readAllBytes();
        cli.waitFor(30, TimeUnit.SECONDS);
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theLogViewSearchesFiltersAndSavesWhatDockerLogsPrints() throws Exception {
        String name = TestEngine.uniqueName("ui-logs");
        String id = engine.createContainer(name, PRINT_THEN_IDLE);
        engine.client().startContainerCmd(id).exec();
        await().atMost(Duration.ofSeconds(10)).until(() -> dockerLogs(id).size() == 66);
        awaitRow(name);
        selectRow(name, name);

        robot.clickOn("#container-logs");
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> logView().list().getItems().size()) == 66);

        robot.clickOn("#log-search").write("match");
        await().atMost(Duration.ofSeconds(5)).until(() -> onFx(() ->
                robot.lookup("#log-search-status").queryLabeled().getText()).contains("of 6"));
        robot.clickOn("#log-filter");
        ListView<LogLine> list = onFx(() -> logView().list());
        await().atMost(Duration.ofSeconds(5)).until(() -> onFx(() -> list.getItems().size()) == 6);
        assertThat(onFx(() -> list.getItems().stream().map(LogLine::text).toList()))
                .allMatch(text -> text.startsWith("match "));

        File matches = folder.resolve("matches.log").toFile();
        File all = folder.resolve("all.log").toFile();
        robot.interact(() -> logView().setFileChooser((owner, suggested) -> matches));
        robot.clickOn("#log-save").clickOn("Save the matching lines…");
        await().atMost(Duration.ofSeconds(10)).until(() -> matches.exists() && lines(matches).size() == 6);
        robot.interact(() -> logView().setFileChooser((owner, suggested) -> all));
        robot.clickOn("#log-save").clickOn("Save all lines…");
        await().atMost(Duration.ofSeconds(10)).until(() -> all.exists() && lines(all).size() == 66);

        List<String> cli = dockerLogs(id);
        assertThat(lines(all)).isEqualTo(cli);
        assertThat(lines(matches)).isEqualTo(cli.stream().filter(line -> line.contains("match")).toList());
    }

    private static List<String> lines(File file) throws IOException {
        return Files.readAllLines(file.toPath(), StandardCharsets.UTF_8);
    }

    @Test
    void theConsoleRunsWhatIsTypedAndItsProcessEndsWithTheTab() throws Exception {
        String name = TestEngine.uniqueName("ui-console");
        String id = engine.runContainer(name);
        awaitRow(name);
        selectRow(name, name);

        robot.clickOn("#container-console");
        await().atMost(Duration.ofSeconds(10)).until(() -> engine.inspect(id).getExecIds() != null
                && !engine.inspect(id).getExecIds().isEmpty());
        String exec = engine.inspect(id).getExecIds().get(0);
        robot.write("echo hello-$((1+1))").type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(this::consoleText).contains("hello-2"));

        robot.write("sleep 100").type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        robot.write("echo after-$((2+3))").type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(this::consoleText).contains("after-5"));

        robot.clickOn("#console-tabs .tab-close-button");
        await().atMost(Duration.ofSeconds(15)).until(() -> !Boolean.TRUE.equals(
                engine.client().inspectExecCmd(exec).exec().isRunning()));
    }

    /** Everything the console shows, as text. */
    private String consoleText() {
        ConsoleTabs consoles = robot.lookup("#console-tabs").queryAs(ConsoleTabs.class);
        ConsoleViewModel console = ((ConsoleView) consoles.getTabs().get(0).getContent()).model();
        return console.copyText(List.copyOf(console.lines()));
    }
}
