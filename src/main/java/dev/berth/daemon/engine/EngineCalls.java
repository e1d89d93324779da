package dev.berth.daemon.engine;

import com.github.dockerjava.api.DockerClient;
import dev.berth.daemon.DaemonErrors;
import dev.berth.daemon.DaemonException;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one engine call on the gateway's bounded pool and turns any failure into a {@link DaemonException}; also hands
 * out the stream client of the current connection. The supplier throws a {@link DaemonException} while no engine is
 * connected. A call still unanswered after {@link #SLOW_AFTER} is reported to {@code slow}, once, so the gateway can
 * ask whether the engine still answers at all (a slow call is often just a slow engine; a mute one never ends).
 */
public final class EngineCalls {
    public static final Duration SLOW_AFTER = Duration.ofSeconds(5);

    private final ExecutorService pool;
    private final Supplier<EngineClients> connection;
    private final ScheduledExecutorService timer;
    private final Runnable slow;

    /** Calls that nobody watches: each waits as long as its transport lets it. */
    public EngineCalls(ExecutorService pool, Supplier<EngineClients> connection) {
        this(pool, connection, null, () -> { });
    }

    /** @param timer where the wait of each call is timed (null: not timed) */
    public EngineCalls(ExecutorService pool, Supplier<EngineClients> connection, ScheduledExecutorService timer,
                       Runnable slow) {
        this.pool = pool;
        this.connection = connection;
        this.timer = timer;
        this.slow = slow;
    }

    /** @param attempt what is being done, for the error sentence: "stop container web" */
    public <T> CompletableFuture<T> run(String attempt, Function<DockerClient, T> call) {
        return onConnection(attempt, clients -> call.apply(clients.control));
    }

    /** Like {@link #run}, for the few calls that need the connection itself (raw JSON answers). */
    public <T> CompletableFuture<T> onConnection(String attempt, Function<EngineClients, T> call) {
        CompletableFuture<T> answer = CompletableFuture.supplyAsync(() -> {
            EngineClients used = null;
            try {
                used = connection.get();
                return call.apply(used);
            } catch (RuntimeException failure) {
                throw new CompletionException(used != null && used.isClosed()
                        ? DaemonErrors.lostDuring(attempt, failure) : DaemonErrors.translate(failure, attempt));
            }
        }, pool);
        if (timer != null) {
            try {
                ScheduledFuture<?> check = timer.schedule(() -> {
                    if (!answer.isDone()) {
                        slow.run();
                    }
                }, SLOW_AFTER.toMillis(), TimeUnit.MILLISECONDS);
                answer.whenComplete((done, failed) -> check.cancel(false));
            } catch (RejectedExecutionException closing) {
                // The gateway is closing: its calls end with it.
            }
        }
        return answer;
    }

    /** The client for long-lived streams, so they never take the connections that short calls need. */
    public DockerClient streamClient() {
        return connection().streams;
    }

    /** The current connection, for streams that Berth reads itself ({@link EngineClients#openStream}). */
    public EngineClients connection() {
        return connection.get();
    }

    /** Where callbacks that must not run on the caller's thread (it may be the UI's) are delivered. */
    public Executor callbacks() {
        return pool;
    }
}
