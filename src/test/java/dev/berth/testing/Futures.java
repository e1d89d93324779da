package dev.berth.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Waiting for an engine call's answer in a test. */
public final class Futures {
    private Futures() {
    }

    /** The answer, once there; a failure is thrown as the {@code CompletionException} it completed with. */
    public static <T> T done(CompletableFuture<T> future) {
        return future.orTimeout(60, TimeUnit.SECONDS).join();
    }
}
