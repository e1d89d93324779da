package dev.berth.daemon.build;

import dev.berth.daemon.DaemonErrors;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.Subscription;
import dev.berth.daemon.engine.EngineCalls;
import dev.berth.daemon.engine.EngineClients;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/** {@link BuildOperations}: classic builds over the Engine API, BuildKit builds through a docker CLI on the PATH. */
public final class DockerBuildOperations implements BuildOperations {
    private final EngineCalls calls;
    private volatile CompletableFuture<BuildKitClis.Found> buildKitCli;

    public DockerBuildOperations(EngineCalls calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<Optional<String>> buildKitUnavailable() {
        return findBuildKitCli().thenApply(found -> Optional.ofNullable(found.why()));
    }

    /** Probing runs the CLIs, so it is done once; the PATH does not change under a running app. */
    private CompletableFuture<BuildKitClis.Found> findBuildKitCli() {
        CompletableFuture<BuildKitClis.Found> found = buildKitCli;
        if (found == null) {
            synchronized (this) {
                if (buildKitCli == null) {
                    buildKitCli = CompletableFuture.supplyAsync(() -> BuildKitClis.find(System.getenv("PATH")),
                            calls.callbacks());
                }
                found = buildKitCli;
            }
        }
        return found;
    }

    @Override
    public Subscription build(BuildSpec spec, Consumer<BuildLine> output, Consumer<BuildOutcome> end) {
        DeferredSubscription subscription = new DeferredSubscription();
        CompletableFuture<Subscription> started = spec.builder() == BuildSpec.Builder.BUILDKIT
                ? findBuildKitCli().thenCompose(found -> startBuildKit(found, spec, output, end))
                : calls.onConnection("build the image", clients -> startClassic(clients, spec, output, end));
        started.whenComplete((build, failure) -> {
            if (failure != null) {
                if (!subscription.isClosed()) {
                    end.accept(BuildOutcome.failed(DaemonErrors.translate(unwrap(failure), "build the image")));
                }
            } else {
                subscription.attach(build);
            }
        });
        return subscription;
    }

    private static Subscription startClassic(EngineClients clients, BuildSpec spec, Consumer<BuildLine> output,
                                             Consumer<BuildOutcome> end) {
        try {
            return ClassicBuild.start(clients.streams, spec, output, end);
        } catch (IOException unreadable) {
            throw new DaemonException("Berth could not pack the build context " + spec.context() + ": "
                    + unreadable.getMessage(), "Check that every file in the context folder can be read.");
        }
    }

    private CompletableFuture<Subscription> startBuildKit(BuildKitClis.Found found, BuildSpec spec,
                                                          Consumer<BuildLine> output, Consumer<BuildOutcome> end) {
        if (found.executable().isEmpty()) {
            return CompletableFuture.failedFuture(new DaemonException(found.why(), null));
        }
        Path cli = found.executable().get();
        return calls.onConnection("build the image", clients -> {
            try {
                return BuildKitBuild.start(cli, clients.info.endpoint(), spec, output, end);
            } catch (IOException failed) {
                throw new DaemonException("Berth could not start " + cli + ": " + failed.getMessage(), null);
            }
        });
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Handed out at once; the build it cancels starts later, on a gateway thread, or never if closed first. */
    private static final class DeferredSubscription implements Subscription {
        private Subscription build;
        private boolean closed;

        synchronized void attach(Subscription started) {
            if (closed) {
                started.close();
            } else {
                build = started;
            }
        }

        synchronized boolean isClosed() {
            return closed;
        }

        @Override
        public synchronized void close() {
            closed = true;
            if (build != null) {
                build.close();
            }
        }
    }
}
