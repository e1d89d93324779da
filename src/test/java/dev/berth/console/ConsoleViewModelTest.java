package dev.berth.console;

import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.containers.ExecSession;
import dev.berth.daemon.containers.ExecSpec;
import dev.berth.logs.Overrides;
import dev.berth.testing.FakeEngineGateway;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleViewModelTest {
    private final FakeEngineGateway engine = new FakeEngineGateway();

    private ConsoleViewModel started() {
        ConsoleViewModel model = new ConsoleViewModel(engine, "aaa111", "web", Runnable::run);
        model.start();
        return model;
    }

    private static TerminalKey key(TerminalKey.Key key) {
        return TerminalKey.of(key, false, false, false);
    }

    private static List<String> texts(ConsoleViewModel model) {
        return model.lines().stream().map(ConsoleLine::text).toList();
    }

    @Test
    void startsAShellAndShowsTheDockerExecLine() {
        ConsoleViewModel model = new ConsoleViewModel(engine, "aaa111", "web", Runnable::run);
        assertThat(model.cliLineProperty().get()).isEqualTo("docker exec -it web /bin/sh");

        model.start();

        assertThat(engine.actions()).containsExactly("exec aaa111 /bin/sh");
        assertThat(model.stateProperty().get()).isEqualTo(ConsoleState.RUNNING);
        assertThat(model.statusProperty().get()).isEqualTo("Running /bin/sh in web");
    }

    @Test
    void theCommandAndUserCanBeChosen() {
        ConsoleViewModel model = new ConsoleViewModel(engine, "aaa111", "my web", Runnable::run);
        model.commandProperty().set("bash -l");
        model.userProperty().set("www-data");

        assertThat(model.cliLineProperty().get()).isEqualTo("docker exec -it -u www-data 'my web' bash -l");
        model.start();
        assertThat(engine.actions()).containsExactly("exec aaa111 bash -l");
    }

    @Test
    void anUnreadableCommandIsRefusedWithASentence() {
        ConsoleViewModel model = new ConsoleViewModel(engine, "aaa111", "web", Runnable::run);
        model.commandProperty().set("sh -c 'unclosed");

        model.start();

        assertThat(engine.actions()).isEmpty();
        assertThat(model.notice().get()).isNotNull();
        assertThat(model.stateProperty().get()).isEqualTo(ConsoleState.NOT_STARTED);
    }

    @Test
    void keysBecomeWhatATerminalSends() {
        ConsoleViewModel model = started();

        model.keyTyped("l", false, false);
        model.keyTyped("s", false, false);
        model.keyPressed(key(TerminalKey.Key.ENTER));
        model.keyTyped("\r", false, false); // the typed echo of Enter: already sent
        model.keyPressed(key(TerminalKey.Key.BACKSPACE));
        model.keyPressed(key(TerminalKey.Key.TAB));
        model.keyPressed(key(TerminalKey.Key.UP));
        model.keyPressed(key(TerminalKey.Key.DOWN));
        model.keyPressed(key(TerminalKey.Key.RIGHT));
        model.keyPressed(key(TerminalKey.Key.LEFT));
        model.keyPressed(TerminalKey.letter('C', true, false, false));
        model.keyTyped("\u0003", true, false);
        model.keyPressed(TerminalKey.letter('D', true, false, false));
        assertThat(model.keyPressed(TerminalKey.letter('A', false, false, false))).isFalse(); // it comes typed
        model.keyTyped("é", false, false);

        assertThat(engine.execInput()).containsExactly("l", "s", "\r", "\u007f", "\t", "\u001b[A", "\u001b[B",
                "\u001b[C", "\u001b[D", "\u0003", "\u0004", "é");
    }

    @Test
    void pasteSendsLineBreaksAsEnter() {
        ConsoleViewModel model = started();

        model.paste("echo a\necho b\r\n");

        assertThat(engine.execInput()).containsExactly("echo a\recho b\r");
    }

    @Test
    void outputIsShownWithCarriageReturnsAndEraseLine() {
        ConsoleViewModel model = started();

        engine.emitExecOutput("/ # ");
        engine.emitExecOutput("wget x\r\nConnecting\r" + "\u001b[K" + "saving  50%\rsaving 100%\r\n/ # ");

        assertThat(texts(model)).containsExactly("/ # wget x", "saving 100%", "/ # ");
        assertThat(model.lines().get(2).cursor()).isEqualTo(4);
    }

    @Test
    void outputArrivingInBurstsReachesTheUiInOneHop() {
        Queue<Runnable> ui = new ArrayDeque<>();
        ConsoleViewModel model = new ConsoleViewModel(engine, "aaa111", "web", ui::add);
        model.start();
        ui.forEach(Runnable::run);
        ui.clear();

        engine.emitExecOutput("one\r\n");
        engine.emitExecOutput("two\r\n");
        engine.emitExecOutput("three");

        assertThat(ui).hasSize(1);
        ui.poll().run();
        assertThat(texts(model)).containsExactly("one", "two", "three");
    }

    @Test
    void theTtyIsResizedWhenThePaneChanges() {
        ConsoleViewModel model = started();

        model.resize(120, 40);
        model.resize(120, 40);

        assertThat(engine.actions()).containsExactly("exec aaa111 /bin/sh", "resize 120x40");
    }

    @Test
    void whenTheProcessEndsTheConsoleSaysWithWhichExitCode() {
        AtomicReference<Consumer<Throwable>> end = new AtomicReference<>();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        ContainerOperations containers = Overrides.replacing(engine, "exec", (proxy, method, args) -> {
            @SuppressWarnings("unchecked")
            Consumer<Throwable> onEnd = (Consumer<Throwable>) args[3];
            end.set(onEnd);
            return CompletableFuture.completedFuture(new ExecSession() {
                @Override
                public void send(byte[] input) {
                    engine.containers(); // nothing to record
                }

                @Override
                public void resize(int columns, int rows) {
                }

                @Override
                public CompletableFuture<Integer> exitCode() {
                    return exit;
                }

                @Override
                public void close() {
                }
            });
        });
        ConsoleViewModel model = new ConsoleViewModel(containers, "aaa111", "web", Runnable::run);
        model.start();

        end.get().accept(null);
        assertThat(model.stateProperty().get()).isEqualTo(ConsoleState.ENDED);
        exit.complete(130);

        assertThat(model.statusProperty().get()).isEqualTo("Ended (exit code 130)");
        assertThat(model.keyTyped("x", false, false)).isFalse();
        assertThat(model.stateProperty().get().canStart()).isTrue();
    }

    @Test
    void closingEndsTheSessionAndNothingMoreIsSent() {
        ConsoleViewModel model = started();

        model.close();
        model.keyTyped("x", false, false);
        engine.emitExecOutput("late");

        assertThat(engine.actions()).contains("exec closed");
        assertThat(engine.execInput()).isEmpty();
        assertThat(model.stateProperty().get()).isEqualTo(ConsoleState.CLOSED);
        assertThat(texts(model)).containsExactly("");
    }

    @Test
    void theExecAsksForATtyOfThePanesSize() {
        AtomicReference<ExecSpec> asked = new AtomicReference<>();
        ContainerOperations containers = Overrides.replacing(engine, "exec", (proxy, method, args) -> {
            asked.set((ExecSpec) args[1]);
            return method.invoke(engine, args);
        });
        ConsoleViewModel model = new ConsoleViewModel(containers, "aaa111", "web", Runnable::run);
        model.resize(100, 30);
        model.userProperty().set("root");

        model.start();

        assertThat(asked.get()).isEqualTo(new ExecSpec(List.of("/bin/sh"), "root", "", List.of(), true, 100, 30));
    }

    @Test
    void copyJoinsWrappedRowsAndStripsColours() {
        ConsoleViewModel model = started();
        model.resize(10, 5);
        engine.emitExecOutput("\u001b[32m0123456789abc\u001b[0m\r\nnext   \r\n");

        assertThat(model.copyText(model.lines().subList(0, 3))).isEqualTo("0123456789abc\nnext\n");
        assertThat(new String("é".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo("é");
    }
}
