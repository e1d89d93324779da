package dev.berth.daemon.containers;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import dev.berth.daemon.engine.EngineCalls;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The shell a console opens when the user names none: bash when the image has it, else sh. A short exec asks the
 * container's own {@code sh} ({@code command -v bash || command -v sh}); without sh, or when the answer does not
 * come within a few seconds, {@code /bin/sh} is tried, and the console reports the engine's sentence if that fails.
 */
final class ShellProbe {
    static final String FALLBACK = "/bin/sh";
    static final List<String> COMMAND = List.of("sh", "-c", "command -v bash || command -v sh");
    private static final long TIMEOUT_SECONDS = 5;

    private ShellProbe() {
    }

    static CompletableFuture<String> preferredShell(EngineCalls calls, String idOrName) {
        return calls.run("find the shell of container " + idOrName, client -> client.execCreateCmd(idOrName)
                        .withAttachStdout(true).withAttachStderr(false)
                        .withCmd(COMMAND.toArray(String[]::new)).exec().getId())
                .thenCompose(execId -> {
                    ByteArrayOutputStream answer = new ByteArrayOutputStream();
                    CompletableFuture<String> done = new CompletableFuture<>();
                    calls.streamClient().execStartCmd(execId).exec(new ResultCallback.Adapter<Frame>() {
                        @Override
                        public void onNext(Frame frame) {
                            if (frame.getStreamType() != StreamType.STDERR) {
                                synchronized (answer) {
                                    answer.writeBytes(frame.getPayload());
                                }
                            }
                        }

                        @Override
                        public void onError(Throwable failure) {
                            done.completeExceptionally(failure);
                        }

                        @Override
                        public void onComplete() {
                            synchronized (answer) {
                                done.complete(answer.toString(StandardCharsets.UTF_8));
                            }
                        }
                    });
                    return done;
                })
                .orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .thenApply(ShellProbe::firstPath)
                .exceptionally(failure -> FALLBACK);
    }

    /** The first absolute path in the answer, else {@link #FALLBACK}. */
    static String firstPath(String answer) {
        return answer.lines().map(String::strip).filter(line -> line.startsWith("/")).findFirst().orElse(FALLBACK);
    }
}
