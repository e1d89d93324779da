package dev.berth.console;

import dev.berth.console.ConsoleViewModel.Kind;
import dev.berth.daemon.containers.ExecSpec;
import dev.berth.testing.FakeEngineGateway;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleViewModelTest {
    private final FakeEngineGateway engine = new FakeEngineGateway();

    private ConsoleViewModel console(Kind kind, String name) {
        return new ConsoleViewModel(engine, "aaa111", name, kind, Runnable::run, Runnable::run);
    }

    private ConsoleViewModel started() {
        ConsoleViewModel model = console(Kind.EXEC, "web");
        model.start();
        return model;
    }

    @Test
    void anEmptyCommandRunsTheShellTheImageHasWithTheTerminalsName() {
        engine.setPreferredShell("/bin/bash");
        ConsoleViewModel model = console(Kind.EXEC, "web");

        model.start();

        assertThat(engine.actions()).containsExactly("preferred shell aaa111", "exec aaa111 /bin/bash");
        assertThat(engine.lastExecSpec()).isEqualTo(new ExecSpec(List.of("/bin/bash"), "", "",
                List.of("TERM=xterm-256color"), true, 80, 24));
        assertThat(model.cliLineProperty().get()).isEqualTo("docker exec -it -e TERM=xterm-256color web /bin/bash");
        assertThat(model.stateProperty().get()).isEqualTo(ConsoleState.RUNNING);
        assertThat(model.statusProperty().get()).isEqualTo("Running /bin/bash in web");
    }

    @Test
    void theCommandUserAndDirectoryCanBeChosen() {
        ConsoleViewModel model = console(Kind.EXEC, "my web");
        model.commandProperty().set("bash -l");
        model.userProperty().set("www-data");
        model.workingDirProperty().set("/srv");

        assertThat(model.cliLineProperty().get())
                .isEqualTo("docker exec -it -u www-data -w /srv -e TERM=xterm-256color 'my web' bash -l");
        model.start();
        assertThat(engine.actions()).containsExactly("exec aaa111 bash -l");
        assertThat(engine.lastExecSpec().workingDir()).isEqualTo("/srv");
        assertThat(engine.lastExecSpec().user()).isEqualTo("www-data");
        assertThat(model.statusProperty().get()).isEqualTo("Running bash -l as www-data in my web");
    }

    @Test
    void anUnreadableCommandIsRefusedWithASentence() {
        ConsoleViewModel model = console(Kind.EXEC, "web");
        model.commandProperty().set("sh -c 'unclosed");

        model.start();

        assertThat(engine.actions()).isEmpty();
        assertThat(model.notice().get()).isNotNull();
        assertThat(model.stateProperty().get()).isEqualTo(ConsoleState.NOT_STARTED);
    }

    @Test
    void outputReachesTheEmulatorAndItsAnswersGoBackToTheProcess() {
        ConsoleViewModel model = started();

        engine.emitExecOutput("/ # \u001b[31mred\u001b[0m\r\nnext\u001b[6n");

        assertThat(model.text()).startsWith("/ # red\nnext");
        assertThat(engine.execInput()).containsExactly("\u001b[2;5R");
    }

    @Test
    void inputGoesToTheProcessWhileItRuns() {
        ConsoleViewModel model = started();

        model.send("ls\r".getBytes(StandardCharsets.UTF_8));

        assertThat(engine.execInput()).containsExactly("ls\r");
    }

    @Test
    void theTerminalAndTheTtyFollowThePanesSize() {
        ConsoleViewModel model = started();

        model.resize(120, 40);
        model.resize(120, 40);

        assertThat(engine.actions()).containsExactly("preferred shell aaa111", "exec aaa111 /bin/sh",
                "resize 120x40");
        assertThat(model.terminal().cols()).isEqualTo(120);
        assertThat(model.terminal().rows()).isEqualTo(40);
    }

    @Test
    void aResizeBeforeTheStartIsTheSizeTheExecAsksFor() {
        ConsoleViewModel model = console(Kind.EXEC, "web");
        model.resize(100, 30);

        model.start();

        assertThat(engine.lastExecSpec().columns()).isEqualTo(100);
        assertThat(engine.lastExecSpec().rows()).isEqualTo(30);
    }

    @Test
    void whenTheProcessEndsTheTabSaysSoWithTheExitCodeAndItCanStartAgain() {
        ConsoleViewModel model = started();
        engine.emitExecOutput("old output");

        engine.endExec(130);

        assertThat(model.stateProperty().get()).isEqualTo(ConsoleState.ENDED);
        assertThat(model.statusProperty().get()).isEqualTo("Exited with code 130");
        assertThat(model.tabTitleProperty().get()).isEqualTo("web (exited with code 130)");
        model.send("x".getBytes(StandardCharsets.UTF_8));
        assertThat(engine.execInput()).isEmpty();

        model.start();
        assertThat(model.stateProperty().get()).isEqualTo(ConsoleState.RUNNING);
        assertThat(model.tabTitleProperty().get()).isEqualTo("web");
        assertThat(model.text()).as("a fresh screen").doesNotContain("old output");
    }

    @Test
    void theProgramsTitleIsShownOnTheTab() {
        ConsoleViewModel model = started();

        engine.emitExecOutput("\u001b]0;vi /tmp/x.txt\u0007");

        assertThat(model.titleProperty().get()).isEqualTo("vi /tmp/x.txt");
        assertThat(model.tabTitleProperty().get()).isEqualTo("web — vi /tmp/x.txt");
    }

    @Test
    void attachJoinsTheMainProcessAndADetachSaysTheContainerRunsOn() {
        ConsoleViewModel model = console(Kind.ATTACH, "web");
        assertThat(model.cliLineProperty().get()).isEqualTo("docker attach web");
        assertThat(model.help()).contains("Ctrl+P Ctrl+Q");

        model.start();
        assertThat(engine.actions()).containsExactly("attach aaa111 80x24");
        assertThat(model.statusProperty().get()).isEqualTo("Attached to web");

        engine.endExec(null);
        assertThat(model.statusProperty().get()).isEqualTo("Detached: the container runs on");
    }

    @Test
    void closingEndsTheSessionAndNothingMoreIsShownOrSent() {
        ConsoleViewModel model = started();

        model.close();
        model.send("x".getBytes(StandardCharsets.UTF_8));
        engine.emitExecOutput("late");

        assertThat(engine.actions()).contains("exec closed");
        assertThat(engine.execInput()).isEmpty();
        assertThat(model.stateProperty().get()).isEqualTo(ConsoleState.CLOSED);
        assertThat(model.text()).doesNotContain("late");
    }
}
