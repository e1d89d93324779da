package dev.berth.daemon.engine;

import com.github.dockerjava.api.DockerClient;
import dev.berth.daemon.DaemonErrors;
import dev.berth.daemon.DaemonException;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one engine call on the gateway's bounded pool and turns any failure into a {@link DaemonException}; also hands
 * out the stream client of the current connection. The supplier throws a {@link DaemonException} while no engine is
 * connected.
 */
public final class EngineCalls {
    private final ExecutorService pool;
    private final Supplier<EngineClients> connection;

    public EngineCalls(ExecutorService pool, Supplier<EngineClients> connection) {
        this.pool = pool;
        this.connection = connection;
    }

    /** @param attempt what is being done, for the error sentence: "stop container web" */
    public <T> CompletableFuture<T> run(String attempt, Function<DockerClient, T> call) {
        return onConnection(attempt, clients -> call.apply(clients.control));
    }

    /** Like {@link #run}, for the few calls that need the connection itself (raw JSON answers). */
    public <T> CompletableFuture<T> onConnection(String attempt, Function<EngineClients, T> call) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return call.apply(connection.get());
            } catch (RuntimeException failure) {
                throw new CompletionException(DaemonErrors.translate(failure, attempt));
            }
        }, pool);
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
