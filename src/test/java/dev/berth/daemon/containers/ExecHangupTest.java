package dev.berth.daemon.containers;

import dev.berth.daemon.engine.StdinPipe;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class ExecHangupTest {

    @Test
    void theHelperScriptOnlyTakesBerthsOwnMarkers() {
        String marker = ExecHangup.newMarker();

        assertThat(marker).matches("BERTH_EXEC_SESSION=[0-9a-f-]{36}");
        assertThat(ExecHangup.command(marker)).hasSize(3).startsWith("sh", "-c");
        assertThat(ExecHangup.script(marker)).contains("m='" + marker + "'").contains("kill -HUP")
                .contains("kill -KILL");
        assertThatThrownBy(() -> ExecHangup.script("BERTH_EXEC_SESSION=x'; rm -rf /"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stdinPipeHandsOverWhatWasSentInOrderAndEndsWhenClosed() throws Exception {
        StdinPipe pipe = new StdinPipe();
        byte[] sent = "ls\r".getBytes(StandardCharsets.UTF_8);
        pipe.write(sent);
        sent[0] = 'X'; // the pipe keeps its own copy
        pipe.write(new byte[] {3});
        byte[] buffer = new byte[2];

        assertThat(pipe.available()).isEqualTo(4);
        assertThat(pipe.read(buffer, 0, 2)).isEqualTo(2);
        assertThat(new String(buffer, StandardCharsets.UTF_8)).isEqualTo("ls");
        assertThat(pipe.read()).isEqualTo('\r');
        assertThat(pipe.read(buffer, 0, 2)).isEqualTo(1);
        assertThat(buffer[0]).isEqualTo((byte) 3);

        CompletableFuture<Integer> waiting = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                waiting.complete(pipe.read(buffer, 0, 2));
            } catch (IOException | RuntimeException failed) {
                waiting.completeExceptionally(failed);
            }
        }, "stdin-pipe-reader");
        reader.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> reader.getState() == Thread.State.WAITING);
        assertThat(waiting).as("a read with nothing queued waits").isNotDone();
        pipe.close();
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(-1);
        pipe.write(new byte[] {1});
        assertThat(pipe.read()).isEqualTo(-1);
    }
}
