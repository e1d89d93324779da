package dev.berth.daemon.containers;

import com.github.dockerjava.api.command.InspectExecResponse;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.GatewayFixture;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.Futures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** {@code docker exec -it} through the gateway against the real engine: type, interrupt, close. */
@ExtendWith(EngineRequired.class)
class ContainerExecIT {
    private GatewayFixture fixture;
    private String container;
    private final Console console = new Console();

    @BeforeEach
    void startContainer() {
        fixture = GatewayFixture.connect();
        container = fixture.engine.runContainer(fixture.containerName("exec"));
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    private ExecSession open(ExecSpec spec) {
        return Futures.done(fixture.containers().exec(container, spec, console::output, console::ended));
    }

    private static byte[] keys(String typed) {
        return typed.getBytes(StandardCharsets.UTF_8);
    }

    /** The container's processes as {@code docker top} lists them (the engine's view, host pids). */
    private List<String> processes() {
        return Arrays.stream(fixture.client().topContainerCmd(container).exec().getProcesses())
                .map(row -> row[row.length - 1]).toList();
    }

    private InspectExecResponse onlyExec() {
        List<String> ids = fixture.engine.inspect(container).getExecIds();
        assertThat(ids).hasSize(1);
        return fixture.client().inspectExecCmd(ids.get(0)).exec();
    }

    @Test
    void aShellWithATtyRunsWhatIsTyped() {
        ExecSession shell = open(ExecSpec.shell());

        shell.send(keys("echo hello-$((1+1))\r"));

        await().atMost(Duration.ofSeconds(10)).until(() -> console.text().contains("hello-2"));
        assertThat(onlyExec().getProcessConfig().isTty()).isTrue();
        shell.close();
    }

    @Test
    void ctrlCInterruptsTheForegroundProgramAndThePromptComesBack() {
        ExecSession shell = open(ExecSpec.shell());
        shell.send(keys("sleep 100\r"));
        await().atMost(Duration.ofSeconds(10)).until(() -> processes().contains("sleep 100"));

        shell.send(keys("\u0003"));

        await().atMost(Duration.ofSeconds(5)).until(() -> !processes().contains("sleep 100"));
        shell.send(keys("echo back-$((2+3))\r"));
        await().atMost(Duration.ofSeconds(5)).until(() -> console.text().contains("back-5"));
        assertThat(onlyExec().isRunning()).isTrue();
        shell.close();
    }

    /** docker-java's threads: one reads each stream, one more writes each exec's stdin. */
    private static Set<Thread> streamThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(thread -> thread.getName().startsWith("docker-java-stream-")
                        || thread.getName().startsWith("docker-java-httpclient5-hijacking-stream-"))
                .collect(Collectors.toSet());
    }

    @Test
    void closingTheConsoleEndsItsProcessesEvenWithAProgramInTheForeground() throws Exception {
        Set<Thread> before = streamThreads();
        ExecSession shell = open(ExecSpec.shell());
        assertThat(streamThreads()).hasSize(before.size() + 2);
        shell.send(keys("sleep 100\r"));
        await().atMost(Duration.ofSeconds(10)).until(() -> processes().contains("sleep 100"));
        String execId = onlyExec().getId();

        shell.close();

        int exitCode = shell.exitCode().get(15, TimeUnit.SECONDS);
        assertThat(fixture.client().inspectExecCmd(execId).exec().isRunning()).isFalse();
        assertThat(exitCode).as("ended by SIGHUP").isEqualTo(128 + 1);
        assertThat(processes()).doesNotContain("sleep 100", "/bin/sh");
        assertThat(console.ends).as("no end call after close").isEmpty();
        assertThat(fixture.engine.isRunning(container)).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> streamThreads().equals(before));
    }

    @Test
    void closingAnExecWithoutTtyEndsAProgramThatIgnoresItsInput() throws Exception {
        ExecSession session = open(new ExecSpec(List.of("sh", "-c", "sleep 100"), "", "", List.of(), false, 0, 0));
        await().atMost(Duration.ofSeconds(10)).until(() -> processes().contains("sleep 100"));
        String execId = onlyExec().getId();

        session.close();

        session.exitCode().get(15, TimeUnit.SECONDS);
        assertThat(fixture.client().inspectExecCmd(execId).exec().isRunning()).isFalse();
        assertThat(processes()).doesNotContain("sleep 100");
    }

    @Test
    void aProcessThatEndsByItselfReportsTheEndAndItsExitCode() throws Exception {
        ExecSession session = open(new ExecSpec(List.of("sh", "-c", "echo uid-$(id -u); echo err >&2; exit 3"),
                "nobody", "", List.of(), false, 0, 0));

        assertThat(session.exitCode().get(15, TimeUnit.SECONDS)).isEqualTo(3);
        await().atMost(Duration.ofSeconds(5)).until(() -> console.ends.size() == 1);
        assertThat(console.failures).isEmpty();
        assertThat(console.text()).contains("uid-65534").contains("err");
        session.close();
        assertThat(console.ends).hasSize(1);
        // none left: the gateway's event stream reads on a thread of Berth's own
        await().atMost(Duration.ofSeconds(5)).until(() -> streamThreads().isEmpty());
    }

    @Test
    void aClosedShellStopsAtOnceWhenNothingRunsInIt() throws Exception {
        ExecSession shell = open(new ExecSpec(List.of("/bin/sh"), "", "", List.of(), false, 0, 0));
        shell.send(keys("echo ready\n"));
        await().atMost(Duration.ofSeconds(10)).until(() -> console.text().contains("ready"));

        shell.close();

        assertThat(shell.exitCode().get(15, TimeUnit.SECONDS)).as("sh ends on the closed input").isZero();
    }

    @Test
    void aConsoleInAStoppedContainerFailsWithTheEnginesSentence() {
        fixture.client().stopContainerCmd(container).exec();

        assertThatThrownBy(() -> fixture.containers().exec(container, ExecSpec.shell(), console::output,
                console::ended).orTimeout(30, TimeUnit.SECONDS).join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(DaemonException.class)
                .hasMessageContaining("is not running");
    }

    @Test
    void theTtyFollowsResizes() {
        ExecSession shell = open(new ExecSpec(List.of("/bin/sh"), "", "", List.of(), true, 100, 30));
        awaitTtySize(shell, "30 100");

        shell.resize(132, 43);

        awaitTtySize(shell, "43 132");
        shell.close();
    }

    /**
     * The gateway does not wait for the engine to apply a size (neither the one an exec starts with nor a resize):
     * ask the TTY until it tells {@code rowsAndColumns}.
     */
    private void awaitTtySize(ExecSession shell, String rowsAndColumns) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).until(() -> {
            shell.send(keys("stty size\r"));
            return console.text().contains(rowsAndColumns);
        });
    }

    /** What a console view keeps. */
    private static final class Console {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<String> ends = new CopyOnWriteArrayList<>();
        final List<Throwable> failures = new CopyOnWriteArrayList<>();

        synchronized void output(byte[] chunk) {
            bytes.writeBytes(chunk);
        }

        void ended(Throwable failure) {
            ends.add(Thread.currentThread().getName());
            if (failure != null) {
                failures.add(failure);
            }
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
