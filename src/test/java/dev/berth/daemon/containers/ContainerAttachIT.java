package dev.berth.daemon.containers;

import dev.berth.daemon.GatewayFixture;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.Futures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code docker attach} to a container run with {@code -it}, the console's environment and working directory, and
 * the shell it picks, through the gateway against the real engine.
 */
@ExtendWith(EngineRequired.class)
class ContainerAttachIT {
    private GatewayFixture fixture;
    private final StringBuffer output = new StringBuffer();
    private final List<Throwable> ends = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connect() {
        fixture = GatewayFixture.connect();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    private void output(byte[] bytes) {
        output.append(new String(bytes, StandardCharsets.UTF_8));
    }

    private void ended(Throwable failure) {
        ends.add(failure == null ? new Throwable("ended by itself") : failure);
    }

    private ExecSession attach(String container) {
        return Futures.done(fixture.containers().attach(container, 90, 20, this::output, this::ended));
    }

    private static byte[] keys(String typed) {
        return typed.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void attachTypesIntoTheMainProcessAndTheDetachKeysLeaveItRunning() throws Exception {
        String container = fixture.engine.runInteractiveContainer(fixture.containerName("attach"));
        ExecSession session = attach(container);

        session.send(keys("echo main-$((20+3)) $$; stty size\r"));
        await().atMost(Duration.ofSeconds(10)).until(() -> output.toString().contains("main-23 1"));
        await().atMost(Duration.ofSeconds(10)).until(() -> output.toString().contains("20 90"));

        session.send(keys("\u0010\u0011")); // Ctrl-P Ctrl-Q
        await().atMost(Duration.ofSeconds(10)).until(() -> ends.size() == 1);
        assertThat(session.exitCode().get(10, TimeUnit.SECONDS)).as("detached: no exit code").isNull();
        assertThat(fixture.engine.isRunning(container)).isTrue();
    }

    @Test
    void whenTheMainProcessExitsTheSessionEndsWithItsExitCode() throws Exception {
        String container = fixture.engine.runInteractiveContainer(fixture.containerName("attach-exit"));
        ExecSession session = attach(container);

        session.send(keys("exit 7\r"));

        assertThat(session.exitCode().get(15, TimeUnit.SECONDS)).isEqualTo(7);
        assertThat(ends).hasSize(1);
        assertThat(fixture.engine.isRunning(container)).isFalse();
    }

    @Test
    void closingTheConsoleDetachesWithoutStoppingTheContainer() throws Exception {
        String container = fixture.engine.runInteractiveContainer(fixture.containerName("attach-close"));
        ExecSession session = attach(container);

        session.close();

        assertThat(session.exitCode().get(10, TimeUnit.SECONDS)).isNull();
        assertThat(fixture.engine.isRunning(container)).isTrue();
        assertThat(ends).as("no end call after close").isEmpty();
    }

    @Test
    void anExecGetsItsEnvironmentAndWorkingDirectory() throws Exception {
        String container = fixture.engine.runContainer(fixture.containerName("exec-env"));
        ExecSession session = Futures.done(fixture.containers().exec(container,
                new ExecSpec(List.of("sh", "-c", "echo \"term=$TERM dir=$(pwd)\""), "", "/etc",
                        List.of("TERM=xterm-256color"), true, 80, 24), this::output, this::ended));

        assertThat(session.exitCode().get(15, TimeUnit.SECONDS)).isZero();
        assertThat(output.toString()).contains("term=xterm-256color dir=/etc");
    }

    @Test
    void theShellIsShWhenTheImageHasNoBash() {
        String container = fixture.engine.runContainer(fixture.containerName("shell"));

        assertThat(Futures.done(fixture.containers().preferredShell(container))).isEqualTo("/bin/sh");
    }

    @Test
    void theShellIsBashWhenTheImageHasIt() {
        String container = fixture.engine.runContainer(fixture.containerName("bash"));
        ExecSession link = Futures.done(fixture.containers().exec(container, new ExecSpec(
                List.of("sh", "-c", "ln -s /bin/sh /bin/bash"), "0", "", List.of(), false, 0, 0),
                this::output, this::ended));
        await().atMost(Duration.ofSeconds(10)).until(() -> link.exitCode().isDone());

        assertThat(Futures.done(fixture.containers().preferredShell(container))).endsWith("/bash");
    }

    @Test
    void theShellFallsBackToBinShWhenTheContainerCannotBeAsked() {
        assertThat(Futures.done(fixture.containers().preferredShell("no-such-container-berth"))).isEqualTo("/bin/sh");
    }
}
