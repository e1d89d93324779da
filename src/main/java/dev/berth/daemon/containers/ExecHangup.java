package dev.berth.daemon.containers;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectExecResponse;
import com.github.dockerjava.api.model.Frame;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.engine.EngineCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * How an exec's process is ended when its console closes, and how its exit code is read.
 * <p>
 * The engine has no "kill exec", and closing the connection is not enough: dockerd 20.10 keeps a TTY exec running
 * when its client goes away (the TTY is not hung up), and without a TTY it only closes stdin, which ends a shell
 * but not a {@code sleep} it runs. The pid that {@code inspect} reports for an exec is the host's, useless inside
 * the container's pid namespace, and nothing in the API maps it to the container's pid reliably.
 * <p>
 * So every exec Berth starts carries a unique environment variable, {@code BERTH_EXEC_SESSION=<uuid>}, which its
 * children inherit. To end a session, a second exec (as root, {@code sh -c}) sends SIGHUP — what a terminal sends
 * when its window closes — to every process in the container whose {@code /proc/<pid>/environ} holds that marker,
 * waits up to two seconds, and sends SIGKILL to those still there. It needs {@code sh}, {@code tr} and {@code grep}
 * in the container (busybox and distribution images have them); without them the process stays, and the exit code
 * future fails with a sentence saying so. A process that empties its own environment ({@code env -i}) escapes it.
 */
final class ExecHangup {
    static final String MARKER_VARIABLE = "BERTH_EXEC_SESSION";
    private static final Logger log = LoggerFactory.getLogger(ExecHangup.class);
    /** How often, and how many times, the engine is asked whether the process has ended. */
    private static final long POLL_MILLIS = 100;
    private static final int POLLS_BEFORE_HANGUP = 5;
    private static final int POLLS_AFTER_HANGUP = 40;

    private final EngineCalls calls;
    private final String container;
    private final String execId;
    private final String marker;

    ExecHangup(EngineCalls calls, String container, String execId, String marker) {
        this.calls = calls;
        this.container = container;
        this.execId = execId;
        this.marker = marker;
    }

    /** A fresh {@code BERTH_EXEC_SESSION=<uuid>} for one exec's environment. */
    static String newMarker() {
        return MARKER_VARIABLE + "=" + UUID.randomUUID();
    }

    /** The command of the exec that ends the processes carrying {@code marker}. */
    static List<String> command(String marker) {
        return List.of("sh", "-c", script(marker));
    }

    static String script(String marker) {
        if (!marker.matches(MARKER_VARIABLE + "=[0-9a-f-]+")) {
            throw new IllegalArgumentException("not an exec marker: " + marker);
        }
        return String.join("\n",
                "m='" + marker + "'",
                "marked() { for d in /proc/[0-9]*; do",
                "  if { tr '\\0' '\\n' < \"$d/environ\" | grep -qxF \"$m\"; } 2>/dev/null; then echo \"${d#/proc/}\"; fi",
                "done; }",
                "p=$(marked); [ -z \"$p\" ] && exit 0",
                "kill -HUP $p 2>/dev/null",
                "i=0; while [ $i -lt 20 ]; do",
                "  p=$(marked); [ -z \"$p\" ] && exit 0",
                "  sleep 0.1; i=$((i+1))",
                "done",
                "kill -KILL $p 2>/dev/null",
                "exit 0");
    }

    /** After the stream ended by itself: the exit code, once the engine no longer reports the process running. */
    CompletableFuture<Integer> exitCodeOnceEnded() {
        return stopped(POLLS_AFTER_HANGUP).thenCompose(ignored -> exitCode());
    }

    /** After the console closed: half a second for the process to end by itself, a hang-up if not, the exit code. */
    CompletableFuture<Integer> endThenExitCode() {
        return stopped(POLLS_BEFORE_HANGUP)
                .thenCompose(stopped -> stopped ? CompletableFuture.completedFuture(true)
                        : hangUp().thenCompose(helperDone -> stopped(POLLS_AFTER_HANGUP)))
                .thenCompose(ignored -> exitCode());
    }

    /** Runs the helper exec; completes when it has finished (or could not run, which is logged). */
    private CompletableFuture<Void> hangUp() {
        log.debug("Hanging up exec {} in container {}", execId, container);
        return calls.run("end the console in container " + container, client -> client.execCreateCmd(container)
                        .withUser("0").withAttachStdout(true).withAttachStderr(true)
                        .withCmd(command(marker).toArray(String[]::new)).exec().getId())
                .thenCompose(helperId -> {
                    CompletableFuture<Void> done = new CompletableFuture<>();
                    calls.streamClient().execStartCmd(helperId).exec(new ResultCallback.Adapter<Frame>() {
                        @Override
                        public void onError(Throwable failure) {
                            done.completeExceptionally(failure);
                        }

                        @Override
                        public void onComplete() {
                            done.complete(null);
                        }
                    });
                    return done;
                })
                .exceptionally(failure -> {
                    log.warn("Could not end exec {} in container {}: {}", execId, container, failure.toString());
                    return null;
                });
    }

    /** Asks the engine up to {@code polls} times, {@value #POLL_MILLIS} ms apart; true once not running. */
    private CompletableFuture<Boolean> stopped(int polls) {
        return inspect().thenCompose(inspected -> {
            if (!Boolean.TRUE.equals(inspected.isRunning())) {
                return CompletableFuture.completedFuture(true);
            }
            if (polls <= 1) {
                return CompletableFuture.completedFuture(false);
            }
            return CompletableFuture.supplyAsync(() -> null,
                            CompletableFuture.delayedExecutor(POLL_MILLIS, TimeUnit.MILLISECONDS, calls.callbacks()))
                    .thenCompose(waited -> stopped(polls - 1));
        });
    }

    /** The exit code, or a failure with a sentence if the process is still running. */
    private CompletableFuture<Integer> exitCode() {
        return inspect().thenApply(inspected -> {
            if (Boolean.TRUE.equals(inspected.isRunning()) || inspected.getExitCodeLong() == null) {
                log.warn("Exec {} in container {} is still running after its console closed", execId, container);
                throw new DaemonException("The process of the console in container " + container
                        + " is still running (host pid " + inspected.getPidLong() + ").",
                        "Stop it from another console, or restart the container.");
            }
            return inspected.getExitCodeLong().intValue();
        }).exceptionallyCompose(failure -> CompletableFuture.failedFuture(unwrap(failure)));
    }

    private CompletableFuture<InspectExecResponse> inspect() {
        return calls.run("read the exit code of the exec in container " + container,
                client -> client.inspectExecCmd(execId).exec());
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
