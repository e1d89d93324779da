package dev.berth.daemon;

import com.github.dockerjava.api.DockerClient;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

/** Runs one engine call on the gateway's bounded pool and turns any failure into a {@link DaemonException}. */
final class EngineCalls {
    private final ExecutorService pool;
    private final Supplier<DockerClient> control;

    EngineCalls(ExecutorService pool, Supplier<DockerClient> control) {
        this.pool = pool;
        this.control = control;
    }

    /** @param attempt what is being done, for the error sentence: "stop container web" */
    <T> CompletableFuture<T> run(String attempt, Function<DockerClient, T> call) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return call.apply(control.get());
            } catch (RuntimeException failure) {
                throw new CompletionException(DaemonErrors.translate(failure, attempt));
            }
        }, pool);
    }
}
