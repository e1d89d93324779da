package dev.berth.app;

import dev.berth.daemon.DockerEngineGateway;
import dev.berth.daemon.EngineGateway;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What Berth prepares on a thread of its own while the toolkit starts, so that its first window does not wait for
 * it: the logging (its set-up took 40–100 ms) and the engine's gateway, already connecting when the window is built.
 */
final class EarlyStart {
    private static final AtomicReference<CompletableFuture<EngineGateway>> GATEWAY = new AtomicReference<>();

    private EarlyStart() {
    }

    static void begin() {
        CompletableFuture<EngineGateway> gateway = new CompletableFuture<>();
        GATEWAY.set(gateway);
        Thread thread = new Thread(() -> {
            LoggerFactory.getILoggerFactory();
            try {
                gateway.complete(startedGateway());
            } catch (RuntimeException | Error failed) {
                gateway.completeExceptionally(failed);
            }
        }, "berth-early-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Makes {@link #takeGateway} answer a gateway made elsewhere: a window on another engine than this machine's. */
    static void begin(EngineGateway gateway) {
        GATEWAY.set(CompletableFuture.completedFuture(gateway));
    }

    /** The gateway begun early, taken once; a new one where Berth started without {@link #begin} (its UI tests). */
    static EngineGateway takeGateway() {
        CompletableFuture<EngineGateway> early = GATEWAY.getAndSet(null);
        return early != null ? early.join() : startedGateway();
    }

    private static EngineGateway startedGateway() {
        EngineGateway gateway = DockerEngineGateway.forThisMachine();
        gateway.start(); // listeners get the state when they subscribe
        return gateway;
    }
}
