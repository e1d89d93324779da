package dev.berth.daemon.containers;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.Subscription;
import dev.berth.daemon.logs.LogLine;
import dev.berth.daemon.logs.LogRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Container calls; each future fails with a {@link DaemonException} that can be shown as it is. */
public interface ContainerOperations {

    /** Every container, running or not, like {@code docker ps -a}. */
    CompletableFuture<List<ContainerSummary>> list();

    CompletableFuture<Void> start(String idOrName);

    CompletableFuture<Void> stop(String idOrName);

    CompletableFuture<Void> restart(String idOrName);

    CompletableFuture<Void> pause(String idOrName);

    CompletableFuture<Void> unpause(String idOrName);

    /** {@code docker kill}: SIGKILL at once. */
    CompletableFuture<Void> kill(String idOrName);

    CompletableFuture<Void> rename(String idOrName, String newName);

    CompletableFuture<Void> remove(String idOrName, boolean force, boolean removeVolumes);

    /**
     * {@code docker run -d}: creates the container from {@code spec} and starts it. If the start fails, the
     * created container is removed again, so nothing half-made is left. Completes with the new container's id.
     */
    CompletableFuture<String> run(RunSpec spec);

    /**
     * Replaces a container by one made from {@code spec}, under the same name: the old one is stopped and renamed
     * aside, the new one created and started, and only then is the old one removed. If a step fails, the new one is
     * removed and the old one gets its name and state back; the future fails with what went wrong.
     * Completes with the new container's id.
     */
    CompletableFuture<String> recreate(String idOrName, RunSpec spec);

    CompletableFuture<ContainerDetails> inspect(String idOrName);

    /** The engine's inspect answer, pretty-printed JSON. */
    CompletableFuture<String> inspectJson(String idOrName);

    /** {@code docker top}. */
    CompletableFuture<ProcessList> top(String idOrName);

    /**
     * {@code docker stats}: a sample about once a second until closed. {@code onEnd} is called once if the stream
     * ends by itself (the container stopped or was removed, or the engine went away), with null or the failure.
     */
    Subscription stats(String idOrName, Consumer<StatsSample> onSample, Consumer<Throwable> onEnd);

    /**
     * {@code docker logs --timestamps}: whole decoded lines, handed over in batches (a batch per frame read, not a
     * call per line). {@code onEnd} is called once when the log ends by itself (not followed, or the container
     * stopped, or the engine went away), with null or the failure.
     */
    Subscription logs(String idOrName, LogRequest request, Consumer<List<LogLine>> onLines,
                      Consumer<Throwable> onEnd);

    /**
     * {@code docker exec}: starts {@code spec} in the running container. Output (raw bytes, with the TTY's escape
     * sequences) goes to {@code onOutput}; {@code onEnd} is called once when the process ends or the stream breaks.
     */
    CompletableFuture<ExecSession> exec(String idOrName, ExecSpec spec, Consumer<byte[]> onOutput,
                                        Consumer<Throwable> onEnd);

    /**
     * {@code docker attach}: joins the main process of a container started with {@code -it}. The session's
     * {@code close()} detaches (the process goes on); its exit code is null when it ended by a detach.
     */
    CompletableFuture<ExecSession> attach(String idOrName, int columns, int rows, Consumer<byte[]> onOutput,
                                          Consumer<Throwable> onEnd);

    /** The shell a console opens by default: the path of bash when the image has it, else of sh. Never fails. */
    CompletableFuture<String> preferredShell(String idOrName);
}
