package dev.berth.daemon.build;

import dev.berth.daemon.Subscription;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** {@code docker build}: the engine's classic builder over the Engine API, or BuildKit through the docker CLI. */
public interface BuildOperations {

    /**
     * Whether BuildKit builds ({@link BuildSpec.Builder#BUILDKIT}) can run here: empty when a docker CLI that can
     * run them was found, otherwise the sentence that says why not and what to install.
     */
    CompletableFuture<Optional<String>> buildKitUnavailable();

    /**
     * Starts a build. Output lines arrive in order on a gateway thread; {@code end} is called once, when the build
     * has ended by itself. Closing the subscription cancels the build (the connection or the CLI process is
     * dropped, and the builder stops); that end is not reported.
     */
    Subscription build(BuildSpec spec, Consumer<BuildLine> output, Consumer<BuildOutcome> end);
}
